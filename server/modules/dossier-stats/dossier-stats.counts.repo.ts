import { sql } from 'kysely';
import { asLocalDate } from '@core/calendar';
import { splitForCounts } from '@core/dossier-stats';
import type { Executor } from '../../infra/database';
import type { CountRow, StatsScope } from './dossier-stats.repo';
import { filters, overdueAt, overduePaused, subtree } from './dossier-stats.repo';

// Period statistics from the daily counts (migrations 2026112509, 2026112612): received, finished and ended are sums
// over days; carried over is what was received minus what was finished before the period; in progress at the end
// follows (carried + received − finished); the overdue part of it is counted from the overdue-span index. Exactly the
// figures of countByGroup (the tests compare both), by child unit or by sector, filtered by sector or procedure or not.

const COLS = [
  'received_online',
  'received_in_person',
  'received_postal',
  'finished_early',
  'finished_on_time',
  'finished_late',
  'ended',
] as const;
const COL_LIST = sql.raw(COLS.join(', '));

// The counts of the subtree's units up to the period's last day, each day read once: whole months from the monthly
// table (a month row stands on its first day), edge days from the daily table, and the deltas not folded yet. The units
// go in as an array so each table is read through its (unit_id, …) key, not scanned whole (a tenth of the time for a unit).
/** CTE `c(unit_id, procedure_id, day, …counts)`: the subtree's counts up to the period's last day (needs CTE `b`). */
export function counted(s: StatsScope) {
  const split = splitForCounts({ from: asLocalDate(s.from), to: asLocalDate(s.to) });
  const inside = split.monthsInside
    ? sql`OR (month >= ${split.monthsInside.from}::date AND month < ${split.monthsInside.to}::date)`
    : sql``;
  const days = split.days.map((r) => sql`(day >= ${r.from}::date AND day < ${r.to}::date)`);
  // The same filters as the dossier scan (both apply when both are given).
  const only = filters(s, false, 'procedure_id');
  return sql`
  c AS (
    SELECT unit_id, procedure_id, month AS day, ${COL_LIST} FROM dossier_monthly_counts
    WHERE unit_id = ANY (ARRAY(SELECT id FROM b)) AND (month < ${split.monthsBefore}::date ${inside}) ${only}
    UNION ALL
    SELECT unit_id, procedure_id, day, ${COL_LIST} FROM dossier_daily_counts
    WHERE unit_id = ANY (ARRAY(SELECT id FROM b)) AND (${days.length ? sql.join(days, sql` OR `) : sql`false`}) ${only}
    UNION ALL
    SELECT unit_id, procedure_id, day, ${COL_LIST} FROM dossier_count_deltas WHERE unit_id = ANY (ARRAY(SELECT id FROM b)) AND day <= ${s.to}::date ${only}
  )`;
}

/** Counts by child unit (bucket) or sector with the ended-without-result count per row. */
export type DailyCountRow = CountRow & { ended: number };

/** Period counts by child unit or sector from the daily counts and the overdue-span index. */
export async function countFromDaily(db: Executor, s: StatsScope, groupBy: 'unit' | 'sector'): Promise<DailyCountRow[]> {
  const inPeriod = (col: string) => sql`COALESCE(sum(${sql.ref(col)}) FILTER (WHERE day >= ${s.from}::date), 0)::int`;
  const bySector = groupBy === 'sector';
  const key = bySector ? sql`p.sector` : sql`b.bucket::text`;
  const sums = await sql<Omit<DailyCountRow, 'inProgressWithinTime' | 'inProgressOverdue'>>`
    WITH RECURSIVE ${subtree(s.rootId)}, ${counted(s)}
    SELECT ${key} AS key,
      COALESCE(sum(received_online + received_in_person + received_postal - finished_early - finished_on_time - finished_late)
        FILTER (WHERE day < ${s.from}::date), 0)::int AS carried_over,
      ${inPeriod('received_online')} AS received_online, ${inPeriod('received_in_person')} AS received_in_person,
      ${inPeriod('received_postal')} AS received_postal, ${inPeriod('finished_early')} AS finished_early,
      ${inPeriod('finished_on_time')} AS finished_on_time, ${inPeriod('finished_late')} AS finished_late, ${inPeriod('ended')} AS ended
    FROM c JOIN b ON b.id = c.unit_id ${bySector ? sql`JOIN procedures p ON p.id = c.procedure_id` : sql``}
    GROUP BY 1`.execute(db);
  // Open at the period end (received before it, not finished before it), clock running, original due before the cut-off;
  // or paused after its due (judged at the request moment).
  const overdue = await sql<{ key: string; n: number }>`
    WITH RECURSIVE ${subtree(s.rootId)}
    SELECT ${key} AS key, count(*)::int AS n
    FROM (
      SELECT d.handling_unit_id, d.procedure_id FROM dossiers d WHERE ${overdueAt(s)}
      UNION ALL
      SELECT d.handling_unit_id, d.procedure_id FROM dossiers d WHERE ${overduePaused(s)}
    ) d JOIN b ON b.id = d.handling_unit_id ${bySector ? sql`JOIN procedures p ON p.id = d.procedure_id` : sql``}
    WHERE true ${filters(s, bySector)}
    GROUP BY 1`.execute(db);
  const late = new Map(overdue.rows.map((r) => [r.key, r.n]));
  return sums.rows
    .map((r) => {
      const open =
        r.carriedOver + r.receivedOnline + r.receivedInPerson + r.receivedPostal - r.finishedEarly - r.finishedOnTime - r.finishedLate;
      const od = late.get(r.key) ?? 0;
      return { ...r, inProgressWithinTime: open - od, inProgressOverdue: od };
    })
    .filter(({ key: _key, ...counts }) => Object.values(counts).some((n) => n !== 0));
}

/** Received and finished per Vietnam month of the period, from the daily counts. */
export async function monthlyTrendFromDaily(
  db: Executor,
  s: StatsScope,
): Promise<Array<{ month: string; received: number; finishedEarly: number; finishedOnTime: number; finishedLate: number }>> {
  const r = await sql<{ month: string; received: number; finishedEarly: number; finishedOnTime: number; finishedLate: number }>`
    WITH RECURSIVE ${subtree(s.rootId)}, ${counted(s)}
    SELECT to_char(day, 'YYYY-MM') AS month, sum(received_online + received_in_person + received_postal)::int AS received,
      sum(finished_early)::int AS finished_early, sum(finished_on_time)::int AS finished_on_time, sum(finished_late)::int AS finished_late
    FROM c WHERE day >= ${s.from}::date
    GROUP BY 1
    HAVING sum(received_online + received_in_person + received_postal) <> 0 OR sum(finished_early) <> 0 OR sum(finished_on_time) <> 0 OR sum(finished_late) <> 0
    ORDER BY 1`.execute(db);
  return r.rows;
}

// One folder at a time (others skip): two folds upserting the same days in different orders could deadlock.
const FOLD_LOCK = 26_112_509;

/** Moves pending deltas into the daily and monthly counts, in batches; returns how many deltas were folded. */
export async function foldCountDeltas(db: Executor, batch = 50_000): Promise<number> {
  let total = 0;
  for (;;) {
    const moved = await db.transaction().execute(async (trx) => {
      const lock = await sql<{ ok: boolean }>`SELECT pg_try_advisory_xact_lock(${FOLD_LOCK}) AS ok`.execute(trx);
      if (!lock.rows[0]?.ok) return 0;
      const sums = sql.raw(COLS.map((c) => `sum(${c})::int`).join(', '));
      const set = (table: string) => sql.raw(COLS.map((c) => `${c} = ${table}.${c} + EXCLUDED.${c}`).join(', '));
      const r = await sql<{ n: number }>`
        WITH moved AS (
          DELETE FROM dossier_count_deltas WHERE id IN (SELECT id FROM dossier_count_deltas ORDER BY id LIMIT ${batch})
          RETURNING unit_id, procedure_id, day, ${COL_LIST}
        ), daily AS (
          INSERT INTO dossier_daily_counts (unit_id, procedure_id, day, ${COL_LIST})
          SELECT unit_id, procedure_id, day, ${sums} FROM moved GROUP BY unit_id, procedure_id, day
          ON CONFLICT (unit_id, day, procedure_id) DO UPDATE SET ${set('dossier_daily_counts')}
          RETURNING 1
        ), monthly AS (
          INSERT INTO dossier_monthly_counts (unit_id, procedure_id, month, ${COL_LIST})
          SELECT unit_id, procedure_id, date_trunc('month', day)::date, ${sums} FROM moved GROUP BY 1, 2, 3
          ON CONFLICT (unit_id, month, procedure_id) DO UPDATE SET ${set('dossier_monthly_counts')}
          RETURNING 1
        )
        SELECT (SELECT count(*) FROM moved)::int AS n, (SELECT count(*) FROM daily)::int AS d, (SELECT count(*) FROM monthly)::int AS m`.execute(
        trx,
      );
      return r.rows[0]?.n ?? 0;
    });
    total += moved;
    if (moved < batch) return total;
  }
}
