import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../infra/database';
import { counted } from './dossier-stats.counts.repo';
import { COUNTED, filters, finishClass, overdueAt, overduePaused, subtree, type StatsScope } from './dossier-stats.repo';

// Read-only SQL of issue #14 point 8 (indexes of migration 2026120900): the dossiers received at each receiving point,
// the online-service counts and the apology letters.

const inSubtree = (col: string) => sql`${sql.ref(col)} = ANY (ARRAY(SELECT id FROM b))`;

/** The period figures of the dossiers received at one receiving point (in progress not yet split by overdue). */
export type ReceivingCountRow = {
  key: string;
  carriedOver: number;
  receivedOnline: number;
  receivedInPerson: number;
  receivedPostal: number;
  finishedEarly: number;
  finishedOnTime: number;
  finishedLate: number;
  inProgress: number;
  receivedForOthers: number;
};

// The scan's figures of dossier `d` (core classifyForPeriod, as the reference scan), summed with a sign per row.
function scanFigures(s: StatsScope, sign: RawBuilder<unknown>) {
  const isNew = sql`d.received_at >= ${s.start}`;
  const fin = sql`d.finished_at < ${s.end}`;
  const f = (e: RawBuilder<unknown>, name: string) => sql`COALESCE(sum(${sign}) FILTER (WHERE ${e}), 0)::int AS ${sql.ref(name)}`;
  return sql`
      ${f(sql`NOT (${isNew})`, 'carried_over')},
      ${f(sql`${isNew} AND d.channel = 'online'`, 'received_online')},
      ${f(sql`${isNew} AND d.channel = 'in_person'`, 'received_in_person')},
      ${f(sql`${isNew} AND d.channel = 'postal'`, 'received_postal')},
      ${f(sql`${fin} AND ${finishClass} = 'early'`, 'finished_early')},
      ${f(sql`${fin} AND ${finishClass} = 'on_time'`, 'finished_on_time')},
      ${f(sql`${fin} AND ${finishClass} = 'late'`, 'finished_late')},
      ${f(sql`NOT (${fin}) OR d.finished_at IS NULL`, 'in_progress')},
      ${f(sql`${isNew} AND d.handling_unit_id <> d.receiving_unit_id AND ${sign} > 0`, 'received_for_others')}`;
}

// Dossier `d` is in the period's figures (the reference scan's inPeriod, in the form of the indexes' key).
const inPeriodOf = (s: StatsScope) => sql`d.received_at IS NOT NULL
  AND COALESCE(d.finished_at, 'infinity'::timestamptz) >= ${s.start} AND d.received_at < ${s.end}
  AND d.status IN (${COUNTED}) ${filters(s, false)}`;

/** The reference: the receiving points' figures scanned from the dossiers themselves (the tests hold the counts to it). */
export async function scanByReceivingPoint(db: Executor, s: StatsScope): Promise<ReceivingCountRow[]> {
  const r = await sql<ReceivingCountRow>`
    WITH RECURSIVE ${subtree(s.rootId)}
    SELECT d.receiving_unit_id::text AS key, ${scanFigures(s, sql`1`)}
    FROM dossiers d WHERE ${inSubtree('d.receiving_unit_id')} AND ${inPeriodOf(s)}
    GROUP BY 1`.execute(db);
  return r.rows;
}

/**
 * The periodic report's figures of the dossiers each unit of the subtree received, wherever they are handled. Most
 * dossiers are handled where they are received, so: the daily counts of each unit as handling unit (migration 2026112612),
 * minus its dossiers received elsewhere, plus the dossiers it received for another unit; both corrections read only the
 * dossiers received and handled at different units (partial indexes of migration 2026120900). The overdue part of "in
 * progress" is counted from the overdue-span index by receiving unit.
 */
export async function countByReceivingPoint(
  db: Executor,
  s: StatsScope,
): Promise<{ rows: ReceivingCountRow[]; overdue: Map<string, number> }> {
  const inPeriod = (col: string) => sql`COALESCE(sum(${sql.ref(col)}) FILTER (WHERE day >= ${s.from}::date), 0)::int`;
  const cross = sql`d.receiving_unit_id <> d.handling_unit_id AND ${inPeriodOf(s)}`;
  const r = await sql<ReceivingCountRow>`
    WITH RECURSIVE ${subtree(s.rootId)}, ${counted(s)},
    handled AS (
      SELECT c.unit_id::text AS key,
        COALESCE(sum(received_online + received_in_person + received_postal - finished_early - finished_on_time - finished_late)
          FILTER (WHERE day < ${s.from}::date), 0)::int AS carried_over,
        ${inPeriod('received_online')} AS received_online, ${inPeriod('received_in_person')} AS received_in_person,
        ${inPeriod('received_postal')} AS received_postal, ${inPeriod('finished_early')} AS finished_early,
        ${inPeriod('finished_on_time')} AS finished_on_time, ${inPeriod('finished_late')} AS finished_late,
        0 AS received_for_others
      FROM c GROUP BY 1
    ),
    moved AS (
      SELECT key, ${scanFigures(s, sql`sign`)}
      FROM (
        SELECT d.handling_unit_id::text AS key, -1 AS sign, d.received_at, d.finished_at, d.original_due_at, d.timeliness, d.channel, d.handling_unit_id, d.receiving_unit_id FROM dossiers d WHERE ${inSubtree('d.handling_unit_id')} AND ${cross}
        UNION ALL
        SELECT d.receiving_unit_id::text AS key, 1 AS sign, d.received_at, d.finished_at, d.original_due_at, d.timeliness, d.channel, d.handling_unit_id, d.receiving_unit_id FROM dossiers d WHERE ${inSubtree('d.receiving_unit_id')} AND ${cross}
      ) d GROUP BY 1
    )
    SELECT key, sum(carried_over)::int AS carried_over, sum(received_online)::int AS received_online,
      sum(received_in_person)::int AS received_in_person, sum(received_postal)::int AS received_postal,
      sum(finished_early)::int AS finished_early, sum(finished_on_time)::int AS finished_on_time,
      sum(finished_late)::int AS finished_late, sum(in_progress)::int AS in_progress, sum(received_for_others)::int AS received_for_others
    FROM (
      SELECT h.*, carried_over + received_online + received_in_person + received_postal - finished_early - finished_on_time
        - finished_late AS in_progress FROM handled h
      UNION ALL
      SELECT key, carried_over, received_online, received_in_person, received_postal, finished_early, finished_on_time,
        finished_late, received_for_others, in_progress FROM moved
    ) x GROUP BY 1
    HAVING sum(carried_over) <> 0 OR sum(received_online + received_in_person + received_postal) <> 0
      OR sum(finished_early + finished_on_time + finished_late) <> 0 OR sum(in_progress) <> 0`.execute(db);
  const overdue = await sql<{ key: string; n: number }>`
    WITH RECURSIVE ${subtree(s.rootId)}
    SELECT d.receiving_unit_id::text AS key, count(*)::int AS n
    FROM (
      SELECT d.id FROM dossiers d WHERE ${overdueAt(s)} ${filters(s, false)}
      UNION ALL
      SELECT d.id FROM dossiers d WHERE ${overduePaused(s)} ${filters(s, false)}
    ) o JOIN dossiers d ON d.id = o.id
    WHERE ${inSubtree('d.receiving_unit_id')}
    GROUP BY 1`.execute(db);
  return { rows: r.rows, overdue: new Map(overdue.rows.map((x) => [x.key, x.n])) };
}

/** The units of a subtree by id (labels of the receiving points). */
export async function subtreeUnits(db: Executor, rootId: string): Promise<Array<{ id: string; name: string }>> {
  const r = await sql<{ id: string; name: string }>`
    WITH RECURSIVE ${subtree(rootId)} SELECT u.id, u.name FROM units u JOIN b ON b.id = u.id`.execute(db);
  return r.rows;
}

/** Received in the period: all, online, for fully-online procedures, and in person or by post. */
export type ReceivedByLevel = {
  received: number;
  receivedOnline: number;
  receivedFullLevel: number;
  receivedOnlineFullLevel: number;
  receivedAtCounter: number;
};

/** Received in the period (accepted, counted statuses) by channel and for procedures offered fully online, from the counts. */
export async function receivedByLevel(db: Executor, s: StatsScope): Promise<ReceivedByLevel> {
  const all = sql`received_online + received_in_person + received_postal`;
  const r = await sql<ReceivedByLevel>`
    WITH RECURSIVE ${subtree(s.rootId)}, ${counted(s)}
    SELECT COALESCE(sum(${all}), 0)::int AS received, COALESCE(sum(received_online), 0)::int AS received_online,
      COALESCE(sum(${all}) FILTER (WHERE p.online_level = 'full'), 0)::int AS received_full_level,
      COALESCE(sum(received_online) FILTER (WHERE p.online_level = 'full'), 0)::int AS received_online_full_level,
      COALESCE(sum(received_in_person + received_postal), 0)::int AS received_at_counter
    FROM c JOIN procedures p ON p.id = c.procedure_id
    WHERE c.day >= ${s.from}::date`.execute(db);
  return r.rows[0] ?? { received: 0, receivedOnline: 0, receivedFullLevel: 0, receivedOnlineFullLevel: 0, receivedAtCounter: 0 };
}

const eventsIn = (type: string, s: StatsScope) => sql`e.type = ${type} AND e.at >= ${s.start} AND e.at < ${s.end}`;

/** Payments confirmed in the period by recorded method; online submissions of fully-online procedures paid at a counter. */
export async function paymentCounts(
  db: Executor,
  s: StatsScope,
): Promise<{ online: number; counter: number; unrecorded: number; onlineFullPaidAtCounter: number }> {
  // One pass over the period's confirmations (dossier_events_service_idx), each with its dossier.
  const r = await sql<{ online: number; counter: number; unrecorded: number; onlineFullPaidAtCounter: number }>`
    WITH RECURSIVE ${subtree(s.rootId)}
    SELECT count(*) FILTER (WHERE e.method = 'online')::int AS online, count(*) FILTER (WHERE e.method = 'counter')::int AS counter,
      count(*) FILTER (WHERE e.method IS NULL)::int AS unrecorded,
      count(DISTINCT d.id) FILTER (WHERE e.method = 'counter' AND d.channel = 'online' AND p.online_level = 'full'
        AND d.received_at >= ${s.start} AND d.received_at < ${s.end} AND d.status IN (${COUNTED}))::int AS online_full_paid_at_counter
    FROM (SELECT e.dossier_id, e.data ->> 'paymentMethod' AS method FROM dossier_events e WHERE ${eventsIn('confirm_payment', s)}) e
      JOIN dossiers d ON d.id = e.dossier_id JOIN b ON b.id = d.handling_unit_id ${filters(s, false)}
      JOIN procedures p ON p.id = d.procedure_id`.execute(db);
  return r.rows[0] ?? { online: 0, counter: 0, unrecorded: 0, onlineFullPaidAtCounter: 0 };
}

// NĐ 45/2020/NĐ-CP (electronic results; recalled): a result is electronic when its file is stored with the dossier.
/** Results returned in the period, and of them issued electronically (`result_electronic`, migration 2026120900). */
export async function returnedCounts(db: Executor, s: StatsScope): Promise<{ returned: number; electronic: number }> {
  const r = await sql<{ returned: number; electronic: number }>`
    WITH RECURSIVE ${subtree(s.rootId)}
    SELECT count(*)::int AS returned, count(*) FILTER (WHERE d.result_electronic)::int AS electronic
    FROM dossiers d
    WHERE ${inSubtree('d.handling_unit_id')} AND d.returned_at >= ${s.start} AND d.returned_at < ${s.end} ${filters(s, false)}`.execute(db);
  return r.rows[0] ?? { returned: 0, electronic: 0 };
}

// NĐ 107/2021/NĐ-CP and NĐ 45/2020/NĐ-CP (digitising dossiers at reception; recalled, not read here).
/**
 * Received in person or by post in the period (counted statuses) and digitised at the counter: with a scan (a file of
 * kind 'scan', docs/ONE-STOP.md "Scans at intake"), read from the flag `scanned_at_reception` (migration 2026120900).
 */
export async function counterDigitised(db: Executor, s: StatsScope): Promise<number> {
  const r = await sql<{ n: number }>`
    WITH RECURSIVE ${subtree(s.rootId)}
    SELECT count(*)::int AS n FROM dossiers d
    WHERE d.scanned_at_reception AND ${inSubtree('d.handling_unit_id')} AND d.received_at >= ${s.start} AND d.received_at < ${s.end}
      AND d.channel IN ('in_person', 'postal') AND d.status IN (${COUNTED}) ${filters(s, false)}`.execute(db);
  return r.rows[0]?.n ?? 0;
}

/** An apology letter (issue_apology event) of the period. */
export type ApologyRow = {
  dossierId: string;
  code: string;
  bucket: string;
  unitName: string;
  at: Date;
  newDueAt: string | null;
  late: boolean;
  reason: string | null;
};

/** The apology letters (form 04) recorded in the period by a unit of the subtree (the unit that issued them). */
export async function apologies(db: Executor, s: StatsScope): Promise<ApologyRow[]> {
  const r = await sql<ApologyRow>`
    WITH RECURSIVE ${subtree(s.rootId)}
    SELECT e.dossier_id, d.code, b.bucket::text AS bucket, u.name AS unit_name, e.at, e.data ->> 'newDueAt' AS new_due_at,
      COALESCE((e.data ->> 'late')::boolean, false) AS late, NULLIF(btrim(e.note), '') AS reason
    FROM dossier_events e JOIN b ON b.id = e.unit_id JOIN units u ON u.id = e.unit_id
      JOIN dossiers d ON d.id = e.dossier_id
    WHERE ${eventsIn('issue_apology', s)} ${filters(s, false)}
    ORDER BY e.at DESC, e.id DESC`.execute(db);
  return r.rows;
}
