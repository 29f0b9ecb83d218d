import { sql, type RawBuilder } from 'kysely';
import type { Timeliness } from '@core/calendar';
import type { StatsChannel, StatsDossierStatus } from '@core/dossier-stats';
import type { Executor } from '../../infra/database';
import { COUNTED, filters, pausedSince, subtree, type StatsScope } from './dossier-stats.repo';

// The dossiers the two statistics rule sets may class differently (docs/decisions/0007-statistics-rule-sets.md): more
// than one supplement request or an appointment moved by an apology (covering index dossiers_rules_differ_cover_idx), withdrawn or
// stopped after acceptance (dossiers_rules_ended_cover_idx,
// migration 2026120951). Only these are read to turn the periodic counts into Decision 766's.

/** A dossier that may differ, with what core classifyForPeriod reads of it and its breakdown key (dueAt: the apology's date, else the original due). */
export type CandidateRow = {
  id: string;
  code: string;
  key: string;
  status: StatsDossierStatus;
  channel: StatsChannel;
  receivedAt: Date;
  finishedAt: Date | null;
  originalDueAt: Date | null;
  dueAt: Date | null;
  timeliness: Timeliness | null;
  supplementCount: number;
  extensionLate: boolean;
  pausedSince: Date | null;
  endedAt: Date | null;
  procedureName?: string;
  handlingUnitName?: string;
};

/** What the counts read of a candidate: core's inputs with moments as epoch ms, and its breakdown key. */
export type CandidateFacts = {
  key: string;
  status: StatsDossierStatus;
  channel: StatsChannel;
  receivedAt: number;
  finishedAt: number | null;
  originalDueAt: number | null;
  dueAt: number | null;
  timeliness: Timeliness | null;
  supplementCount: number;
  extensionLate: boolean;
  pausedSince: number | null;
  endedAt: number | null;
};

type Shape = { groupBy: 'unit' | 'sector'; names: boolean; epoch: boolean };

// Each branch reads its rows from its covering partial index alone; the branches' statuses are disjoint, so UNION ALL.
// Measured on 1,000,000 dossiers (bench/README.md): re-reading each candidate by id after a UNION, the withdrawal time
// from the events' heap, JIT, and 23,000 dates parsed by the driver cost seconds; moments as epoch numbers do not.
function candidateSql(s: StatsScope, shape: Shape): RawBuilder<unknown> {
  const bySector = shape.groupBy === 'sector';
  // floor: whole milliseconds, as the driver truncates a timestamp to a Date.
  const at = (e: RawBuilder<unknown>) => (shape.epoch ? sql`floor(extract(epoch FROM ${e}) * 1000)::float8` : e);
  const endedAt = sql`(SELECT max(e.at) FROM dossier_events e WHERE e.dossier_id = d.id AND e.to_status = d.status AND e.to_status IN ('withdrawn','stopped'))`;
  const paused = sql`CASE WHEN d.status IN ('supplement_requested','awaiting_payment') AND (d.clock ->> 'status') = 'paused' THEN ${pausedSince} END`;
  const none = shape.epoch ? sql`NULL::float8` : sql`NULL::timestamptz`;
  const columns = (
    ended: boolean,
  ) => sql`${shape.names ? sql`d.id, d.code,` : sql``} ${bySector ? sql`p.sector` : sql`b.bucket::text`} AS key,
      d.status, d.channel, ${at(sql`d.received_at`)} AS received_at, ${at(sql`d.finished_at`)} AS finished_at,
      ${at(sql`d.original_due_at`)} AS original_due_at,
      ${at(sql`CASE WHEN d.extended_due_at IS NOT NULL THEN d.due_at ELSE d.original_due_at END`)} AS due_at, d.timeliness, d.supplement_count,
      COALESCE((d.clock -> 'extension' ->> 'late') = 'true', false) AS extension_late,
      ${ended ? none : at(paused)} AS paused_since, ${ended ? at(endedAt) : none} AS ended_at
      ${shape.names ? sql`, p.name AS procedure_name, hu.name AS handling_unit_name` : sql``}`;
  const joins = sql`JOIN b ON b.id = d.handling_unit_id
    ${bySector || shape.names ? sql`JOIN procedures p ON p.id = d.procedure_id` : sql``}
    ${shape.names ? sql`JOIN units hu ON hu.id = d.handling_unit_id` : sql``}`;
  return sql`
    WITH RECURSIVE ${subtree(s.rootId)}
    SELECT * FROM (
      SELECT ${columns(false)} FROM dossiers d ${joins}
      WHERE d.received_at IS NOT NULL AND (d.supplement_count > 1 OR d.extended_due_at IS NOT NULL) AND d.status IN (${COUNTED})
        AND d.received_at < ${s.end} AND (d.finished_at IS NULL OR d.finished_at >= ${s.start}) ${filters(s, false)}
      UNION ALL
      SELECT ${columns(true)} FROM dossiers d ${joins}
      WHERE d.received_at IS NOT NULL AND d.status IN ('withdrawn','stopped') AND d.updated_at >= ${s.start} AND d.received_at < ${s.end}
        ${filters(s, false)}
    ) c
    ${shape.names ? sql`ORDER BY c.received_at, c.code` : sql``}`;
}

/** The dossiers of the scope whose class may depend on the rule set, with their names, oldest receipt first (the differences list). */
export async function ruleCandidates(db: Executor, s: StatsScope, groupBy: 'unit' | 'sector'): Promise<CandidateRow[]> {
  const r = await sql<CandidateRow>`${candidateSql(s, { groupBy, names: true, epoch: false })}`.execute(db);
  return r.rows;
}

/** The same dossiers as counting facts only (the Decision 766 counts read thousands: no names, no order, epoch moments). */
export async function ruleCandidateFacts(db: Executor, s: StatsScope, groupBy: 'unit' | 'sector'): Promise<CandidateFacts[]> {
  const r = await sql<CandidateFacts>`${candidateSql(s, { groupBy, names: false, epoch: true })}`.execute(db);
  return r.rows;
}
