import { preparedQuery, type Executor } from '../../infra/database';

/** One event as the lookup function returns it: [type, fromStatus, toStatus, at (ISO), unit name]. */
export type PublicEventRow = [type: string, fromStatus: string | null, toStatus: string, at: string, unitName: string | null];

/** The columns the public page may show (instants as ISO text); nothing about the applicant but the name (masked later). */
export type PublicDossierRow = {
  code: string;
  status: string;
  applicantName: string;
  submittedAt: string;
  receivedAt: string | null;
  dueAt: string | null;
  originalDueAt: string | null;
  extendedDueAt: string | null;
  finishedAt: string | null;
  returnedAt: string | null;
  timeliness: 'early' | 'on_time' | 'late' | null;
  returnPlace: string | null;
  procedureName: string;
  receivingUnitName: string;
  receivingUnitAddress: string | null;
  handlingUnitName: string;
  events: PublicEventRow[];
};

// One round trip to a PL/pgSQL function (migration 2026112511) whose inner plan PostgreSQL keeps per connection;
// the call itself is a prepared statement too (infra/database preparedQuery).
const lookupQuery = preparedQuery<{ dossier: PublicDossierRow | null }>('SELECT public_dossier_lookup($1) AS dossier');

/** A dossier's public columns and events by code, or null when no dossier has that code. */
export async function findPublicDossier(db: Executor, code: string): Promise<PublicDossierRow | null> {
  return (await lookupQuery(db, [code]))[0]?.dossier ?? null;
}
