import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../infra/database';
import { COUNTED, filters, finishClass, pausedSince, subtree, type CountRow, type StatsScope } from './dossier-stats.repo';

// The reference scan: the period statistics straight from the dossier rows, one FILTER clause per figure, implementing
// core/dossier-stats classifyForPeriod row for row. The reports read the daily counts (dossier-stats.counts.ts); the
// tests hold the counts to this scan, and the scan to the core's tally, on the same data.

// Dossiers in the period's figures: accepted, received before the end, not finished before the start.
/** Dossier `d` is in the period's figures (periodic report). */
export const inPeriod = (s: StatsScope) => sql`
  d.received_at IS NOT NULL AND d.received_at < ${s.end} AND (d.finished_at IS NULL OR d.finished_at >= ${s.start})
  AND d.status IN (${COUNTED})`;

// Overdue at the cut-off, or at the request moment while the clock is paused; waiting for a supplement with no clock
// recorded counts within time (core classifyForPeriod).
/** Overdue at the cut-off (open dossier `d`), or at the request moment while its clock is paused. */
export const overdue = (s: Pick<StatsScope, 'cutoff'>) => sql`COALESCE(CASE
  WHEN d.status IN ('supplement_requested','awaiting_payment') AND (d.clock ->> 'status') = 'paused' THEN d.original_due_at < LEAST(${s.cutoff}::timestamptz, ${pausedSince})
  WHEN d.status = 'supplement_requested' THEN false
  ELSE d.original_due_at < ${s.cutoff} END, false)`;

const n = (e: RawBuilder<unknown>, name: string) => sql`count(*) FILTER (WHERE ${e})::int AS ${sql.ref(name)}`;

/** Period counts grouped by child unit (bucket) or by sector, in one scan of the covering index. */
export async function countByGroup(db: Executor, s: StatsScope, groupBy: 'unit' | 'sector'): Promise<CountRow[]> {
  const fin = sql`d.finished_at < ${s.end}`;
  const open = sql`(d.finished_at IS NULL OR d.finished_at >= ${s.end})`;
  const isNew = sql`d.received_at >= ${s.start}`;
  const key = groupBy === 'unit' ? sql`b.bucket::text` : sql`p.sector`;
  const join = groupBy === 'sector' ? sql`JOIN procedures p ON p.id = d.procedure_id` : sql``;
  const r = await sql<CountRow>`
    WITH RECURSIVE ${subtree(s.rootId)}
    SELECT ${key} AS key,
      ${n(sql`NOT (${isNew})`, 'carried_over')},
      ${n(sql`${isNew} AND d.channel = 'online'`, 'received_online')},
      ${n(sql`${isNew} AND d.channel = 'in_person'`, 'received_in_person')},
      ${n(sql`${isNew} AND d.channel = 'postal'`, 'received_postal')},
      ${n(sql`${fin} AND ${finishClass} = 'early'`, 'finished_early')},
      ${n(sql`${fin} AND ${finishClass} = 'on_time'`, 'finished_on_time')},
      ${n(sql`${fin} AND ${finishClass} = 'late'`, 'finished_late')},
      ${n(sql`${open} AND NOT ${overdue(s)}`, 'in_progress_within_time')},
      ${n(sql`${open} AND ${overdue(s)}`, 'in_progress_overdue')}
    FROM dossiers d JOIN b ON b.id = d.handling_unit_id ${join}
    WHERE ${inPeriod(s)} ${filters(s, groupBy === 'sector')}
    GROUP BY 1`.execute(db);
  return r.rows;
}

/** Received in the period but withdrawn or stopped (outside the timeliness figures). */
export async function countEndedWithoutResult(db: Executor, s: StatsScope): Promise<number> {
  const r = await sql<{ n: number }>`
    WITH RECURSIVE ${subtree(s.rootId)}
    SELECT count(*)::int AS n FROM dossiers d JOIN b ON b.id = d.handling_unit_id
    WHERE d.received_at >= ${s.start} AND d.received_at < ${s.end} AND d.status IN ('withdrawn', 'stopped') ${filters(s, false)}`.execute(
    db,
  );
  return r.rows[0]?.n ?? 0;
}

/** Received and finished per Vietnam month of the period. */
export async function monthlyTrend(
  db: Executor,
  s: StatsScope,
): Promise<Array<{ month: string; received: number; finishedEarly: number; finishedOnTime: number; finishedLate: number }>> {
  const month = (col: string) => sql.raw(`to_char((${col} AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM')`);
  const r = await sql<{ month: string; received: number; finishedEarly: number; finishedOnTime: number; finishedLate: number }>`
    WITH RECURSIVE ${subtree(s.rootId)},
    scoped AS (
      SELECT d.received_at, d.finished_at, ${finishClass} AS cls FROM dossiers d JOIN b ON b.id = d.handling_unit_id
      WHERE ${inPeriod(s)} ${filters(s, false)}
    ),
    rec AS (SELECT ${month('received_at')} AS month, count(*)::int AS n FROM scoped WHERE received_at >= ${s.start} GROUP BY 1),
    fin AS (
      SELECT ${month('finished_at')} AS month,
        count(*) FILTER (WHERE cls = 'early')::int AS e, count(*) FILTER (WHERE cls = 'on_time')::int AS o, count(*) FILTER (WHERE cls = 'late')::int AS l
      FROM scoped WHERE finished_at < ${s.end} GROUP BY 1
    )
    SELECT COALESCE(rec.month, fin.month) AS month, COALESCE(rec.n, 0) AS received,
      COALESCE(fin.e, 0) AS finished_early, COALESCE(fin.o, 0) AS finished_on_time, COALESCE(fin.l, 0) AS finished_late
    FROM rec FULL JOIN fin ON fin.month = rec.month ORDER BY 1`.execute(db);
  return r.rows;
}
