import { preparedQuery, type Executor } from '../../infra/database';

/** One event as the lookup function returns it: [type, fromStatus, toStatus, at (ISO), unit name]. */
export type PublicEventRow = [type: string, fromStatus: string | null, toStatus: string, at: string, unitName: string | null];

/** The columns the public page may show (instants as ISO text); the applicant's name and ID are masked by the caller. */
export type PublicDossierRow = {
  code: string;
  status: string;
  applicantName: string;
  applicantIdNumber: string | null;
  submittedAt: string;
  receivedAt: string | null;
  dueAt: string | null;
  originalDueAt: string | null;
  extendedDueAt: string | null;
  finishedAt: string | null;
  returnedAt: string | null;
  timeliness: 'early' | 'on_time' | 'late' | null;
  procedureName: string;
  receivingUnitName: string;
  receivingUnitAddress: string | null;
  handlingUnitName: string;
  events: PublicEventRow[];
  /** The open supplement request's note, data, moment and requesting unit (status supplement_requested only). */
  supplement: { note: string | null; data: unknown; at?: string; unitName?: string | null } | null;
  /** The open pause of the legal clock (its kind and start, a Vietnam-time ISO moment), while the clock is paused. */
  pause?: { kind: string | null; from: string | null } | null;
  /** The latest apology event (form 04): its moment, note and data (migration 2026120910). */
  apology?: { at: string; note: string | null; data: unknown } | null;
};

// One round trip to a PL/pgSQL function (migration 2026120875) whose inner plan PostgreSQL keeps per connection;
// the call itself is a prepared statement too (infra/database preparedQuery).
const lookupQuery = preparedQuery<{ dossier: PublicDossierRow | null }>('SELECT public_dossier_lookup_by_key($1) AS dossier');

/** A dossier's public columns and events by lookup key, or null when no dossier has that key. */
export async function findPublicDossier(db: Executor, key: string): Promise<PublicDossierRow | null> {
  return (await lookupQuery(db, [key]))[0]?.dossier ?? null;
}
