import { tallyCounterOutcomes, type CounterOutcomeCounts } from '@core/dossier';
import type { Executor } from '../../infra/database';
import { countOutcomes, insertOutcome, type OutcomeValues } from './counter-outcomes.repo';

// The counter log's public face for other modules: the statistics count it (a section of its own, outside the
// timeliness figures), and the dossiers module logs an online submission it sends back for completion (form 02).

/** What the statistics ask: the receiving units, a period [from, to), and the report's procedure or sector filter. */
export type CounterOutcomeCountQuery = {
  unitIds: readonly string[];
  from: Date;
  to: Date;
  procedureId?: string | null;
  sector?: string | null;
};

/** Counter outcomes ("đã hướng dẫn", "từ chối tại quầy") of the receiving units over a period; no dossier is counted. */
export async function counterOutcomeCounts(db: Executor, q: CounterOutcomeCountQuery): Promise<CounterOutcomeCounts> {
  if (!q.unitIds.length) return { guided: 0, refused: 0 };
  const rows = await countOutcomes(db, { unitIds: q.unitIds, start: q.from, end: q.to, procedureId: q.procedureId, sector: q.sector });
  return tallyCounterOutcomes(rows);
}

/** A counter outcome another module writes inside its own transaction (with its own audit row). */
export type LoggedOutcome = OutcomeValues;

/** Logs a counter outcome inside the caller's transaction; its id and running number. */
export async function logCounterOutcome(trx: Executor, v: LoggedOutcome): Promise<{ id: string; no: number }> {
  return insertOutcome(trx, v);
}
