import { sql, type RawBuilder } from 'kysely';
import { COUNTED_STATUSES, type StatsCounts } from '@core/dossier-stats';
import type { Executor } from '../../infra/database';

// Read-only SQL over the dossier tables (written by the dossiers module): scopes, filters and the late list.

/** Where a report looks: the subtree root, the period as instants, the cut-off for "overdue", the filters. */
export type StatsScope = {
  rootId: string;
  /** The period's first and last Vietnam days (YYYY-MM-DD). */
  from: string;
  to: string;
  start: Date;
  end: Date;
  /** min(period end, now): open dossiers are overdue when their original due is before it. */
  cutoff: Date;
  sector: string | null;
  procedureId: string | null;
};

/** One GROUP BY row: counts keyed by bucket (child unit id) or sector. */
export type CountRow = StatsCounts & { key: string };

/** The statuses whose dossiers count in the timeliness figures, as an SQL list. */
export const COUNTED = sql.raw(COUNTED_STATUSES.map((s) => `'${s}'`).join(','));

/** Units of the subtree as CTE `b(id, bucket)`: the root itself, or the child of the root it descends from. */
export const subtree = (rootId: string) => sql`
  b(id, bucket) AS (
    SELECT ${rootId}::uuid, ${rootId}::uuid
    UNION ALL
    SELECT u.id, CASE WHEN u.parent_id = ${rootId}::uuid THEN u.id ELSE b.bucket END FROM units u JOIN b ON u.parent_id = b.id
  )`;

// Finish class: the stored one, else finish vs the original due on Vietnam days (core finishedTimeliness).
const VN = (col: string) => sql.raw(`((${col} AT TIME ZONE 'UTC') + interval '7 hours')::date`);
/** The finish class of dossier `d`: the stored one, else computed (core finishedTimeliness). */
export const finishClass = sql`COALESCE(d.timeliness, CASE WHEN d.original_due_at IS NULL THEN 'on_time' WHEN ${VN('d.finished_at')} < ${VN('d.original_due_at')} THEN 'early' WHEN d.finished_at <= d.original_due_at THEN 'on_time' ELSE 'late' END)`;

/** The sector and procedure filters on a procedure column (dossiers `d` by default), with procedures `p` joined or not. */
export function filters(s: StatsScope, procedureJoined: boolean, column = 'd.procedure_id'): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  const procedure = sql.ref(column);
  if (s.procedureId) parts.push(sql`AND ${procedure} = ${s.procedureId}::uuid`);
  if (s.sector)
    parts.push(
      procedureJoined ? sql`AND p.sector = ${s.sector}` : sql`AND ${procedure} IN (SELECT id FROM procedures WHERE sector = ${s.sector})`,
    );
  return sql.join(parts, sql` `);
}

/**
 * Open at the period end and overdue at the cut-off, with the clock running: the expression and predicate of the GiST
 * index dossiers_overdue_span_idx (receipt ≤ original due is a CHECK, so "received before the end" follows).
 */
export const overdueAt = (s: Pick<StatsScope, 'end' | 'cutoff'>) => sql`
  tstzrange(d.original_due_at, d.finished_at, '(]') @> ${s.cutoff}::timestamptz AND (d.finished_at IS NULL OR d.finished_at >= ${s.end})
  AND d.received_at IS NOT NULL AND d.original_due_at IS NOT NULL AND (d.finished_at IS NULL OR d.finished_at > d.original_due_at)
  AND d.status IN ('received','processing','awaiting_payment','done','returned')
  AND NOT (d.status = 'awaiting_payment' AND (d.clock ->> 'status') IS NOT DISTINCT FROM 'paused')`;

/** The start of a dossier's open pause (waiting for a supplement or a payment), from its legal clock. */
export const pausedSince = sql`(d.clock -> 'pauses' -> -1 ->> 'from')::timestamptz`;

/**
 * Open at the period end with the clock paused (waiting for a supplement or a payment) and the original due before the
 * request moment (and the cut-off): overdue when the supplement was asked for, it stays overdue (both rule sets; core
 * classifyForPeriod). The predicate of the partial index dossiers_paused_idx (migration 2026120860).
 */
export const overduePaused = (s: Pick<StatsScope, 'end' | 'cutoff'>) => sql`
  d.status IN ('supplement_requested','awaiting_payment') AND d.received_at IS NOT NULL AND (d.clock ->> 'status') = 'paused'
  AND d.received_at < ${s.end} AND d.original_due_at < LEAST(${s.cutoff}::timestamptz, ${pausedSince})`;

/** A late dossier with the first step that lost the time (late step, or an open step past its due). */
export type LateRow = {
  id: string;
  code: string;
  procedureName: string;
  sector: string;
  handlingUnitId: string;
  handlingUnitName: string;
  receivedAt: Date;
  originalDueAt: Date | null;
  dueAt: Date | null;
  finishedAt: Date | null;
  stepPosition: number | null;
  stepName: string | null;
  stepUnitId: string | null;
  stepUnitName: string | null;
  handlerId: string | null;
  handlerName: string | null;
  stepDueAt: Date | null;
  stepFinishedAt: Date | null;
  total: number;
};

// Late dossiers of a period, as ids: finished late in it (stored class, or computed when none was stored), or open at
// its end with the clock running and the original due before the cut-off, or paused after the due. Each branch has its own index.
const lateIds = (s: StatsScope) => sql`
  late AS (
    SELECT d.id, d.original_due_at, d.code FROM dossiers d JOIN b ON b.id = d.handling_unit_id
    WHERE d.finished_at >= ${s.start} AND d.finished_at < ${s.end}
      AND d.timeliness = 'late' AND d.received_at IS NOT NULL AND d.status IN (${COUNTED}) ${filters(s, false)}
    UNION ALL
    SELECT d.id, d.original_due_at, d.code FROM dossiers d JOIN b ON b.id = d.handling_unit_id
    WHERE d.finished_at >= ${s.start} AND d.finished_at < ${s.end}
      AND d.timeliness IS NULL AND d.finished_at IS NOT NULL AND d.received_at IS NOT NULL AND d.status IN (${COUNTED})
      AND ${finishClass} = 'late' ${filters(s, false)}
    UNION ALL
    SELECT d.id, d.original_due_at, d.code FROM dossiers d JOIN b ON b.id = d.handling_unit_id
    WHERE ${overdueAt(s)} ${filters(s, false)}
    UNION ALL
    SELECT d.id, d.original_due_at, d.code FROM dossiers d JOIN b ON b.id = d.handling_unit_id
    WHERE ${overduePaused(s)} ${filters(s, false)}
  )`;

/** Late dossiers of the period (finished late in it, or open and overdue at its end), oldest due first. */
export async function listLate(db: Executor, s: StatsScope, limit: number, offset: number): Promise<LateRow[]> {
  const r = await sql<LateRow>`
    WITH RECURSIVE ${subtree(s.rootId)}, ${lateIds(s)},
    page AS (
      SELECT id, count(*) OVER ()::int AS total FROM late ORDER BY original_due_at, code LIMIT ${limit} OFFSET ${offset}
    )
    SELECT d.id, d.code, p.name AS procedure_name, p.sector, d.handling_unit_id, hu.name AS handling_unit_name,
      d.received_at, d.original_due_at, d.due_at, CASE WHEN d.finished_at < ${s.end} THEN d.finished_at END AS finished_at,
      st.position AS step_position, st.name AS step_name, st.unit_id AS step_unit_id, su.name AS step_unit_name,
      st.handler_id, hh.full_name AS handler_name, st.due_at AS step_due_at, st.finished_at AS step_finished_at, page.total
    FROM page
    JOIN dossiers d ON d.id = page.id
    JOIN procedures p ON p.id = d.procedure_id
    JOIN units hu ON hu.id = d.handling_unit_id
    LEFT JOIN LATERAL (
      SELECT s.position, s.name, s.unit_id, s.handler_id, s.due_at, s.finished_at FROM dossier_steps s
      WHERE s.dossier_id = d.id AND (s.timeliness = 'late' OR (s.due_at IS NOT NULL AND s.due_at < ${s.cutoff} AND (s.finished_at IS NULL OR s.finished_at > s.due_at)))
      ORDER BY s.position LIMIT 1
    ) st ON true
    LEFT JOIN units su ON su.id = st.unit_id
    LEFT JOIN users hh ON hh.id = st.handler_id
    ORDER BY d.original_due_at, d.code`.execute(db);
  return r.rows;
}

/** Total late dossiers when the requested page is past the end (count(*) OVER () gives nothing then). */
export async function countLate(db: Executor, s: StatsScope): Promise<number> {
  const r = await sql<{ n: number }>`WITH RECURSIVE ${subtree(s.rootId)}, ${lateIds(s)} SELECT count(*)::int AS n FROM late`.execute(db);
  return r.rows[0]?.n ?? 0;
}

/**
 * Dossiers with a second (or later) supplement request made in the period by an agency of the subtree, by that agency's
 * child unit (bucket) or by sector (issue #4 point 5; index dossier_events_repeated_supplement_idx). Unfiltered and by
 * unit, only the index is read; a sector or procedure needs the dossier.
 */
export async function countRepeatedSupplements(db: Executor, s: StatsScope, groupBy: 'unit' | 'sector'): Promise<Map<string, number>> {
  const bySector = groupBy === 'sector';
  const needDossier = bySector || s.sector !== null || s.procedureId !== null;
  // The flagged events (a few thousand a year, index-only) with their dossier's procedure, computed once: joined to a
  // sector's procedures directly, the planner repeated the dossier lookups once per procedure of the sector.
  const r = await sql<{ key: string; n: number }>`
    WITH RECURSIVE ${subtree(s.rootId)},
    d AS MATERIALIZED (
      SELECT ev.dossier_id, ev.unit_id ${needDossier ? sql`, dd.procedure_id` : sql``}
      FROM dossier_events ev ${needDossier ? sql`JOIN dossiers dd ON dd.id = ev.dossier_id` : sql``}
      WHERE ev.type = 'request_supplement' AND (ev.data ->> 'repeated') = 'true' AND ev.at >= ${s.start} AND ev.at < ${s.end}
    )
    SELECT ${bySector ? sql`p.sector` : sql`b.bucket::text`} AS key, count(DISTINCT d.dossier_id)::int AS n
    FROM d
    JOIN b ON b.id = d.unit_id
    ${needDossier ? sql`JOIN procedures p ON p.id = d.procedure_id WHERE true ${filters(s, true)}` : sql``}
    GROUP BY 1`.execute(db);
  return new Map(r.rows.map((x) => [x.key, x.n]));
}

/** The direct children of a unit (breakdown rows), with the unit itself. */
export async function unitAndChildren(
  db: Executor,
  rootId: string,
): Promise<Array<{ id: string; code: string; name: string; parentId: string | null; validTo: string | null }>> {
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'parentId', 'validTo'])
    .where((eb) => eb.or([eb('id', '=', rootId), eb('parentId', '=', rootId)]))
    .execute();
}

/** Distinct sectors of the catalogue. */
export async function listSectors(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('procedures').select('sector').distinct().orderBy('sector').execute();
  return rows.map((r) => r.sector);
}
