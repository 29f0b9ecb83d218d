import { sql } from 'kysely';
import type { Timeliness } from '@core/calendar';
import type { StatsChannel, StatsDossierStatus } from '@core/dossier-stats';
import type { Executor } from '../../infra/database';
import { COUNTED, filters, pausedSince, subtree, type StatsScope } from './dossier-stats.repo';

// The dossiers the two statistics rule sets may class differently (docs/decisions/0007-statistics-rule-sets.md): more
// than one supplement request or an appointment moved by an apology (index dossiers_rules_differ_idx), withdrawn or
// stopped after acceptance (dossiers_rules_ended_idx). Only these are read to turn the periodic counts into Decision 766's.

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

/** The dossiers of the scope whose class may depend on the rule set, keyed by child unit (bucket) or sector; names when asked. */
export async function ruleCandidates(db: Executor, s: StatsScope, groupBy: 'unit' | 'sector', names = false): Promise<CandidateRow[]> {
  const bySector = groupBy === 'sector';
  const r = await sql<CandidateRow>`
    WITH RECURSIVE ${subtree(s.rootId)},
    cand AS (
      SELECT d.id FROM dossiers d JOIN b ON b.id = d.handling_unit_id
      WHERE d.received_at IS NOT NULL AND (d.supplement_count > 1 OR d.extended_due_at IS NOT NULL) AND d.status IN (${COUNTED})
        AND d.received_at < ${s.end} AND (d.finished_at IS NULL OR d.finished_at >= ${s.start}) ${filters(s, false)}
      UNION
      SELECT d.id FROM dossiers d JOIN b ON b.id = d.handling_unit_id
      WHERE d.received_at IS NOT NULL AND d.status IN ('withdrawn','stopped') AND d.updated_at >= ${s.start} AND d.received_at < ${s.end}
        ${filters(s, false)}
    )
    SELECT d.id, d.code, ${bySector ? sql`p.sector` : sql`b.bucket::text`} AS key, d.status, d.channel, d.received_at, d.finished_at,
      d.original_due_at, CASE WHEN d.extended_due_at IS NOT NULL THEN d.due_at ELSE d.original_due_at END AS due_at, d.timeliness,
      d.supplement_count,
      COALESCE((d.clock -> 'extension' ->> 'late') = 'true', false) AS extension_late,
      CASE WHEN d.status IN ('supplement_requested','awaiting_payment') AND (d.clock ->> 'status') = 'paused' THEN ${pausedSince} END AS paused_since,
      CASE WHEN d.status IN ('withdrawn','stopped') THEN
        (SELECT max(e.at) FROM dossier_events e WHERE e.dossier_id = d.id AND e.to_status = d.status) END AS ended_at
      ${names ? sql`, p.name AS procedure_name, hu.name AS handling_unit_name` : sql``}
    FROM cand JOIN dossiers d ON d.id = cand.id JOIN b ON b.id = d.handling_unit_id
    ${bySector || names ? sql`JOIN procedures p ON p.id = d.procedure_id` : sql``}
    ${names ? sql`JOIN units hu ON hu.id = d.handling_unit_id` : sql``}
    ORDER BY d.received_at, d.code`.execute(db);
  return r.rows;
}
