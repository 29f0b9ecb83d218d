import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodBounds, statsRulesOn, sumCounts, tally, type StatsDossier } from '@core/dossier-stats';
import { asLocalDate } from '@core/calendar';
import type { DossierChannel, DossierStatusValue } from '@db/types-one-stop';
import { ENGINES, buildStatsDossier, buildStatsOrg, createTestApp, type TestApp } from '@tests/harness';
import { countFromDaily, foldCountDeltas, monthlyTrendFromDaily } from './dossier-stats.counts.repo';
import { countLate, type StatsScope } from './dossier-stats.repo';
import { countByGroup, countEndedWithoutResult, monthlyTrend } from './dossier-stats.scan.repo';
import { ruleCandidateFacts } from './dossier-stats.rules.repo';
import { correctCounts } from './dossier-stats.rules';

// The daily counts maintained by the trigger must give exactly the figures of the full scan, whatever the writers do
// (insert, status changes, finish, move to another unit or procedure, delete) and whether or not the deltas have been folded.

const STATUSES: DossierStatusValue[] = [
  'submitted',
  'received',
  'processing',
  'supplement_requested',
  'awaiting_payment',
  'withdrawn',
  'stopped',
  'done',
  'returned',
  'not_received',
];
const CHANNELS: DossierChannel[] = ['online', 'in_person', 'postal'];
const PERIODS: Array<[string, string]> = [
  ['2026-01-01', '2026-03-31'],
  ['2026-02-01', '2026-02-28'],
  ['2025-12-15', '2026-06-30'],
  ['2026-03-15', '2026-03-15'],
  ['2026-01-15', '2026-03-10'],
];

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1_664_525) + 1_013_904_223) >>> 0;
    return x / 2 ** 32;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
// A local Vietnam moment between 1 Dec 2025 and 30 Apr 2026 (days 0–150), hour 0–23 so day edges are exercised.
const moment = (day: number, hour: number) => {
  const d = new Date(Date.UTC(2025, 11, 1 + day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(hour)}:00`;
};

const R766 = statsRulesOn('decision-766', asLocalDate('2026-03-31'));

// Every dossier of the test as core reads it, straight from the rows (independent of the statistics SQL).
async function readForTally(db: TestApp['database']['db'], ids: readonly string[]): Promise<StatsDossier[]> {
  const r = await sql<{
    status: DossierStatusValue;
    channel: DossierChannel;
    receivedAt: Date | null;
    finishedAt: Date | null;
    originalDueAt: Date | null;
    dueAt: Date | null;
    extendedDueAt: Date | null;
    timeliness: 'early' | 'on_time' | 'late' | null;
    supplementCount: number;
    clock: { status?: string; pauses?: Array<{ from: string }>; extension?: { late?: boolean } | null } | null;
    endedAt: Date | null;
  }>`SELECT d.status, d.channel, d.received_at, d.finished_at, d.original_due_at, d.due_at, d.extended_due_at, d.timeliness, d.supplement_count, d.clock,
       (SELECT max(e.at) FROM dossier_events e WHERE e.dossier_id = d.id AND e.to_status = d.status) AS ended_at
     FROM dossiers d WHERE d.id = ANY(${[...ids]})`.execute(db);
  return r.rows.map((d) => {
    const waiting = (d.status === 'supplement_requested' || d.status === 'awaiting_payment') && d.clock?.status === 'paused';
    const from = d.clock?.pauses?.at(-1)?.from;
    return {
      status: d.status,
      channel: d.channel,
      receivedAt: d.receivedAt?.getTime() ?? null,
      finishedAt: d.finishedAt?.getTime() ?? null,
      originalDueAt: d.originalDueAt?.getTime() ?? null,
      timeliness: d.timeliness,
      // The appointment: the apology's new date when one was set (extended_due_at), else the original due.
      dueAt: (d.extendedDueAt ? d.dueAt : d.originalDueAt)?.getTime() ?? null,
      extensionLate: d.clock?.extension?.late === true,
      supplementRequests: d.supplementCount,
      pausedSince: waiting && from ? Date.parse(from) : null,
      endedAt: d.status === 'withdrawn' || d.status === 'stopped' ? (d.endedAt?.getTime() ?? null) : null,
    };
  });
}

describe.each(ENGINES)('daily dossier counts on %s', (engine) => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof buildStatsOrg>>;
  const ids: string[] = [];
  const r = rng(2026);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

  beforeAll(async () => {
    t = await createTestApp(engine);
    org = await buildStatsOrg(t.database.db);
    const units = [org.deptA, org.deptB, org.deptB1, org.commune];
    for (let i = 0; i < 160; i++) {
      const received = Math.floor(r() * 130);
      const finishes = r() < 0.6;
      const status = finishes ? pick(['done', 'returned', 'stopped', 'withdrawn'] as const) : pick(STATUSES);
      const row = await buildStatsDossier(t.database.db, {
        procedureId: pick([org.procA, org.procB, org.procC]).id,
        handlingUnitId: pick(units).id,
        channel: pick(CHANNELS),
        status,
        receivedAt: status === 'submitted' || status === 'not_received' ? null : moment(received, Math.floor(r() * 24)),
        // Same day: a later hour than the receipt (a dossier never finishes before it was received).
        finishedAt: finishes ? moment(received + Math.floor(r() * 30), 23) : null,
        originalDueAt: r() < 0.9 ? moment(received + 5 + Math.floor(r() * 15), 8 + Math.floor(r() * 9)) : null,
        timeliness: finishes && r() < 0.5 ? pick(['early', 'on_time', 'late'] as const) : null,
        // What only some rule sets read (docs/decisions/0007): supplement requests, an apology's new date, a paused
        // clock, the moment of a withdrawal or stop.
        supplementCount: r() < 0.15 ? 2 : r() < 0.2 ? 1 : 0,
        ...(r() < 0.2 ? { extendedDueAt: moment(received + 22 + Math.floor(r() * 10), 16), extensionLate: r() < 0.3 } : {}),
        ...((status === 'supplement_requested' || status === 'awaiting_payment') && r() < 0.7
          ? { pausedSince: moment(received + Math.floor(r() * 25), 10) }
          : {}),
        ...((status === 'withdrawn' || status === 'stopped') && status !== undefined
          ? { endedAt: moment(received + Math.floor(r() * 40), 23) }
          : {}),
      });
      ids.push(row.id);
    }
  });
  afterAll(async () => t.close());

  // Unfiltered, by sector and by procedure, for the province and for department B, over every period.
  const scopes = (): StatsScope[] =>
    [org.province.id, org.deptB.id].flatMap((rootId) =>
      PERIODS.flatMap(([from, to]) => {
        const b = periodBounds({ from: asLocalDate(from), to: asLocalDate(to) });
        const base = {
          rootId,
          from,
          to,
          start: new Date(b.start),
          end: new Date(b.end),
          cutoff: new Date(Math.min(b.end, Date.parse('2026-03-20T00:00:00+07:00'))),
          sector: null,
          procedureId: null,
        };
        return [base, { ...base, sector: org.procB.sector }, { ...base, procedureId: org.procC.id }];
      }),
    );
  const sortByKey = <T extends { key: string }>(rows: T[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));
  // The count rows without "ended"; a row that only had ended dossiers has no timeliness figures, so no scan row.
  const timeliness = (rows: Awaited<ReturnType<typeof countFromDaily>>) =>
    sortByKey(rows.map(({ ended: _e, ...c }) => c).filter(({ key: _k, ...c }) => Object.values(c).some((n) => n !== 0)));

  async function expectSameAsScan(): Promise<void> {
    const db = t.database.db;
    for (const s of scopes()) {
      const label = `${s.rootId === org.province.id ? 'province' : 'B'} ${s.from}…${s.to} sector=${s.sector ?? '-'} procedure=${s.procedureId ? 'C' : '-'}`;
      const [daily, scan, ended, bySector, scanBySector] = await Promise.all([
        countFromDaily(db, s, 'unit'),
        countByGroup(db, s, 'unit'),
        countEndedWithoutResult(db, s),
        countFromDaily(db, s, 'sector'),
        countByGroup(db, s, 'sector'),
      ]);
      expect(timeliness(daily), label).toEqual(sortByKey(scan));
      expect(timeliness(bySector), `${label} by sector`).toEqual(sortByKey(scanBySector));
      expect(daily.reduce((n, x) => n + x.ended, 0)).toBe(ended);
      expect(bySector.reduce((n, x) => n + x.ended, 0)).toBe(ended);
      // The late list holds exactly the late finished and the overdue in progress.
      expect(await countLate(db, s)).toBe(daily.reduce((n, x) => n + x.finishedLate + x.inProgressOverdue, 0));
      expect(await monthlyTrendFromDaily(db, s), label).toEqual(await monthlyTrend(db, s));
      if (s.rootId !== org.province.id || s.sector !== null || s.procedureId !== null) continue;
      // And both equal the core's reference tally over the same dossiers.
      const list = await readForTally(db, ids);
      const b = { start: s.start.getTime(), end: s.end.getTime() };
      expect(sumCounts(daily.map(({ ended: _e, key: _k, ...c }) => c))).toEqual(tally(list, b, s.cutoff.getTime()));
      // Decision 766: the daily counts corrected by the candidate dossiers equal the core's tally under its rules.
      const byKey = new Map(daily.map(({ ended: _e, key, ...c }) => [key, { ...c }]));
      correctCounts(byKey, await ruleCandidateFacts(db, s, 'unit'), s, s.cutoff, R766);
      expect(sumCounts(byKey.values()), `${label} decision 766`).toEqual(tally(list, b, s.cutoff.getTime(), R766));
    }
  }

  it('matches the full scan straight after the inserts (deltas not folded)', async () => {
    await expectSameAsScan();
  });

  it('matches it after folding, and a second fold finds nothing', async () => {
    expect(await foldCountDeltas(t.database.db)).toBeGreaterThan(0);
    await expectSameAsScan();
    // On the shared PostgreSQL other tests may append deltas meanwhile; none of them are this organisation's.
    const left = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM dossier_count_deltas WHERE unit_id IN (${sql.join([org.deptA.id, org.deptB.id, org.deptB1.id, org.commune.id])})`.execute(
      t.database.db,
    );
    expect(left.rows[0]?.n).toBe(0);
  });

  it('follows status changes, finishing, reclassing, moving to another unit or procedure and deletion', async () => {
    const db = t.database.db;
    for (const [i, id] of ids.entries()) {
      const k = i % 6;
      if (k === 0)
        await db
          .updateTable('dossiers')
          .set({ status: pick(STATUSES) })
          .where('id', '=', id)
          .execute();
      if (k === 1)
        await db
          .updateTable('dossiers')
          .set({
            status: 'done',
            finishedAt: sql`greatest(received_at, '2026-03-10T10:00:00+07:00'::timestamptz)` as never,
            timeliness: null,
          })
          .where('id', '=', id)
          .execute();
      if (k === 2)
        await db
          .updateTable('dossiers')
          .set({ handlingUnitId: pick([org.deptA, org.commune]).id })
          .where('id', '=', id)
          .execute();
      if (k === 3)
        await db
          .updateTable('dossiers')
          .set({
            timeliness: pick(['early', 'on_time', 'late', null] as const),
            originalDueAt: sql`greatest(received_at, '2026-02-02T08:00:00+07:00'::timestamptz)` as never,
          })
          .where('id', '=', id)
          .execute();
      if (k === 4 && i % 12 === 4) await db.deleteFrom('dossiers').where('id', '=', id).execute();
      // Corrected to another procedure: its counts move to the other procedure (and sector).
      if (k === 4 && i % 12 === 10)
        await db
          .updateTable('dossiers')
          .set({ procedureId: pick([org.procA, org.procB, org.procC]).id })
          .where('id', '=', id)
          .execute();
      // An update that touches no counted column writes no delta.
      if (k === 5) await db.updateTable('dossiers').set({ subject: 'cập nhật' }).where('id', '=', id).execute();
    }
    await expectSameAsScan();
    await foldCountDeltas(db, 7);
    await expectSameAsScan();
  });

  it('writes no delta for an update that changes nothing counted', async () => {
    const db = t.database.db;
    const before = await sql<{ n: number }>`SELECT count(*)::int AS n FROM dossier_count_deltas WHERE unit_id = ${org.deptA.id}`.execute(
      db,
    );
    await db
      .updateTable('dossiers')
      .set({ subject: 'không đổi', status: sql`status` as never })
      .where('handlingUnitId', '=', org.deptA.id)
      .execute();
    const after = await sql<{ n: number }>`SELECT count(*)::int AS n FROM dossier_count_deltas WHERE unit_id = ${org.deptA.id}`.execute(db);
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });
});
