import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asLocalDate, DEFAULT_SESSIONS } from '@core/calendar';
import { periodBounds, tally, type StatsDossier } from '@core/dossier-stats';
import { ENGINES, buildStatsOrg, buildUnit, buildUser, createTestApp, type TestApp } from '@tests/harness';
import { seedDemoDossiers } from '@db/seeds/dossiers-demo';

const REF = new Date('2026-06-01T10:00:00+07:00');
const COUNT = 2_000;

describe.each(ENGINES)('demo dossiers on %s', (engine) => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof buildStatsOrg>>;
  let ids: string[];
  let ms = 0;

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.clock.now = REF;
    const db = t.database.db;
    org = await buildStatsOrg(db);
    const centre = await buildUnit(db, { kind: 'one_stop_centre', parentId: org.province.id, name: 'Trung tâm PVHCC thử' });
    await buildUnit(db, { kind: 'ward', parentId: org.province.id, name: 'Phường D' });
    await buildUser(db, { unitId: centre.id, roles: ['one_stop_clerk'] });
    // Routes: A alone; B then its sub-unit B1 (inter-agency); the commune procedure at the receiving commune.
    await db
      .insertInto('procedureSteps')
      .values([
        { procedureId: org.procA.id, position: 1, unitId: org.deptA.id, name: 'Thẩm định', timeShare: 1 },
        { procedureId: org.procB.id, position: 1, unitId: org.deptB.id, name: 'Tiếp nhận, kiểm tra', timeShare: 0.3 },
        { procedureId: org.procB.id, position: 2, unitId: org.deptB1.id, name: 'Cập nhật biến động', timeShare: 0.7 },
        { procedureId: org.procC.id, position: 1, unitId: org.commune.id, name: 'Công chức tư pháp - hộ tịch xử lý', timeShare: 1 },
      ])
      .execute();
    const progress: number[] = [];
    const started = performance.now();
    const n = await seedDemoDossiers(db, {
      count: COUNT,
      referenceDate: REF,
      procedureIds: [org.procA.id, org.procB.id, org.procC.id],
      batchSize: 500,
      onProgress: (d) => progress.push(d),
    });
    ms = performance.now() - started;
    expect(n).toBe(COUNT);
    expect(progress).toEqual([500, 1000, 1500, 2000]);
    ids = (
      await db.selectFrom('dossiers').select('id').where('procedureId', 'in', [org.procA.id, org.procB.id, org.procC.id]).execute()
    ).map((r) => r.id);
  });
  afterAll(async () => t.close());

  it(`inserts ${COUNT} dossiers quickly`, () => {
    expect(ids).toHaveLength(COUNT);
    console.log(`seedDemoDossiers ${COUNT} on ${engine}: ${Math.round(ms)} ms`);
  });

  it('gives every dossier events whose last to_status is its status', async () => {
    const r = await sql<{ bad: number; without: number }>`
      SELECT count(*) FILTER (WHERE last.to_status IS DISTINCT FROM d.status)::int AS bad, count(*) FILTER (WHERE last.to_status IS NULL)::int AS without
      FROM dossiers d LEFT JOIN LATERAL (SELECT to_status FROM dossier_events e WHERE e.dossier_id = d.id ORDER BY e.at DESC, e.id DESC LIMIT 1) last ON true
      WHERE d.id = ANY(${ids}::uuid[])`.execute(t.database.db);
    expect(r.rows[0]).toEqual({ bad: 0, without: 0 });
    const chain = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM (
        SELECT e.from_status, lag(e.to_status) OVER (PARTITION BY e.dossier_id ORDER BY e.at, e.id) AS prev FROM dossier_events e WHERE e.dossier_id = ANY(${ids}::uuid[])
      ) x WHERE x.prev IS NOT NULL AND x.from_status IS DISTINCT FROM x.prev`.execute(t.database.db);
    expect(chain.rows[0]?.n).toBe(0);
  });

  it('gives finished dossiers a class, steps and consistent dues', async () => {
    const r = await sql<{
      finishedNoClass: number;
      openWithClass: number;
      noSteps: number;
      dueBeforeReceipt: number;
      stepsUnclassed: number;
    }>`
      SELECT
        count(*) FILTER (WHERE d.status IN ('done','returned') AND (d.timeliness IS NULL OR d.finished_at IS NULL))::int AS finished_no_class,
        count(*) FILTER (WHERE d.status NOT IN ('done','returned') AND d.timeliness IS NOT NULL)::int AS open_with_class,
        count(*) FILTER (WHERE d.received_at IS NOT NULL AND d.status NOT IN ('withdrawn') AND NOT EXISTS (SELECT 1 FROM dossier_steps s WHERE s.dossier_id = d.id))::int AS no_steps,
        count(*) FILTER (WHERE d.original_due_at < d.received_at)::int AS due_before_receipt,
        count(*) FILTER (WHERE d.status IN ('done','returned') AND EXISTS (SELECT 1 FROM dossier_steps s WHERE s.dossier_id = d.id AND s.timeliness IS NULL))::int AS steps_unclassed
      FROM dossiers d WHERE d.id = ANY(${ids}::uuid[])`.execute(t.database.db);
    expect(r.rows[0]).toEqual({ finishedNoClass: 0, openWithClass: 0, noSteps: 0, dueBeforeReceipt: 0, stepsUnclassed: 0 });
  });

  it('finishes dossiers within office hours (the default sessions), never before opening', async () => {
    const r = await sql<{ minute: number }>`
      SELECT (extract(hour FROM finished_at AT TIME ZONE 'Asia/Ho_Chi_Minh') * 60 + extract(minute FROM finished_at AT TIME ZONE 'Asia/Ho_Chi_Minh'))::int AS minute
      FROM dossiers WHERE id = ANY(${ids}::uuid[]) AND finished_at IS NOT NULL`.execute(t.database.db);
    expect(r.rows.length).toBeGreaterThan(100);
    const sessions = DEFAULT_SESSIONS.map((s) => [s.start, s.end].map((c) => Number(c.slice(0, 2)) * 60 + Number(c.slice(3))));
    const outside = r.rows.filter(({ minute }) => !sessions.some(([a, b]) => minute >= a! && minute <= b!));
    expect(outside).toEqual([]);
  });

  it('issues unique codes in the default format, consistent with the code sequences', async () => {
    const rows = await t.database.db.selectFrom('dossiers').select(['code', 'receivingUnitId']).where('id', 'in', ids).execute();
    expect(new Set(rows.map((x) => x.code)).size).toBe(COUNT);
    for (const x of rows) expect(x.code).toMatch(/^T[0-9a-f]{8}-\d{6}-\d{4}$/);
    const seq = await sql<{ bad: number }>`
      SELECT count(*)::int AS bad FROM (
        SELECT d.receiving_unit_id, substr(d.code, length(d.code) - 10, 6) AS yymmdd, max(right(d.code, 4)::int) AS top FROM dossiers d WHERE d.id = ANY(${ids}::uuid[]) GROUP BY 1, 2
      ) c LEFT JOIN dossier_code_sequences s ON s.unit_id = c.receiving_unit_id AND to_char(s.day, 'YYMMDD') = c.yymmdd
      WHERE s.last_value IS DISTINCT FROM c.top`.execute(t.database.db);
    expect(seq.rows[0]?.bad).toBe(0);
  });

  it('has a realistic mix', async () => {
    const r = await sql<{
      online: number;
      postal: number;
      supplement: number;
      late: number;
      open: number;
      extended: number;
      commune: number;
    }>`
      SELECT count(*) FILTER (WHERE channel = 'online')::int AS online, count(*) FILTER (WHERE channel = 'postal')::int AS postal,
        count(*) FILTER (WHERE supplement_count > 0)::int AS supplement, count(*) FILTER (WHERE timeliness = 'late')::int AS late,
        count(*) FILTER (WHERE status IN ('received','processing','supplement_requested'))::int AS open,
        count(*) FILTER (WHERE extended_due_at IS NOT NULL)::int AS extended,
        count(*) FILTER (WHERE handling_unit_id = receiving_unit_id)::int AS commune
      FROM dossiers WHERE id = ANY(${ids}::uuid[])`.execute(t.database.db);
    const m = r.rows[0]!;
    expect(m.online / COUNT).toBeGreaterThan(0.38);
    expect(m.online / COUNT).toBeLessThan(0.52);
    expect(m.postal).toBeGreaterThan(40);
    expect(m.supplement / COUNT).toBeGreaterThan(0.04);
    expect(m.late / COUNT).toBeGreaterThan(0.02);
    expect(m.late / COUNT).toBeLessThan(0.12);
    expect(m.open).toBeGreaterThan(5);
    expect(m.extended).toBeGreaterThan(3);
    expect(m.commune).toBeGreaterThan(300);
    // About one supplemented dossier in ten is asked a second time, with the reason recorded and the request flagged.
    const again = await sql<{ twice: number; flagged: number; unexplained: number }>`
      SELECT (SELECT count(*) FROM dossiers WHERE id = ANY(${ids}::uuid[]) AND supplement_count >= 2)::int AS twice,
        count(*) FILTER (WHERE (data ->> 'repeated') = 'true')::int AS flagged,
        count(*) FILTER (WHERE (data ->> 'repeated') = 'true' AND COALESCE(data ->> 'reason', '') = '')::int AS unexplained
      FROM dossier_events WHERE type = 'request_supplement' AND dossier_id = ANY(${ids}::uuid[])`.execute(t.database.db);
    // (A second request planned after the reference moment is on the clock's count but has not happened yet.)
    expect(again.rows[0]?.flagged).toBeGreaterThan(0);
    expect(again.rows[0]?.flagged).toBeLessThanOrEqual(again.rows[0]?.twice ?? 0);
    expect(again.rows[0]?.unexplained).toBe(0);
  });

  it.each([
    ['the year', '2025-06-01', '2026-05-31'],
    ['a quarter', '2026-01-01', '2026-03-31'],
    ['the current month (open period)', '2026-06-01', '2026-06-30'],
  ])('answers the same figures in SQL as the core rules: %s', async (_name, from, to) => {
    const s = await t.as('leader', { unit: org.province });
    const res = await s.get(`/api/dossier-stats?unitId=${org.province.id}&from=${from}&to=${to}`);
    expect(res.statusCode).toBe(200);
    const rows = await t.database.db
      .selectFrom('dossiers')
      .select(['status', 'channel', 'receivedAt', 'finishedAt', 'originalDueAt', 'timeliness'])
      .where('id', 'in', ids)
      .execute();
    const list: StatsDossier[] = rows.map((d) => ({
      status: d.status,
      channel: d.channel,
      receivedAt: d.receivedAt?.getTime() ?? null,
      finishedAt: d.finishedAt?.getTime() ?? null,
      originalDueAt: d.originalDueAt?.getTime() ?? null,
      timeliness: d.timeliness,
    }));
    const expected = tally(list, periodBounds({ from: asLocalDate(from), to: asLocalDate(to) }), REF.getTime());
    expect(res.json().total).toMatchObject(expected);
    expect(res.json().total.toHandle).toBeGreaterThan(0);
    // The flagged second supplement requests made in the period, each dossier once.
    const b = periodBounds({ from: asLocalDate(from), to: asLocalDate(to) });
    const flagged = await sql<{ n: number }>`
      SELECT count(DISTINCT dossier_id)::int AS n FROM dossier_events
      WHERE type = 'request_supplement' AND (data ->> 'repeated') = 'true' AND at >= ${new Date(b.start)} AND at < ${new Date(b.end)} AND dossier_id = ANY(${ids}::uuid[])`.execute(
      t.database.db,
    );
    expect(res.json().total.repeatedSupplements).toBe(flagged.rows[0]?.n);
  });
});
