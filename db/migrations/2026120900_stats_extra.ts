import { sql, type Kysely } from 'kysely';

// Issue #14 point 8: the report by receiving point, the online-service figures and the apology letters. Indexes only,
// so that each figure reads an index range instead of the dossiers (docs/ONE-STOP.md "What officers ask for next").
export async function up(db: Kysely<unknown>): Promise<void> {
  // By receiving point: the dossiers of a receiving unit still open at a period's start or finished after it, with what
  // the scan classes them by (index-only; "open" sorts last as infinity).
  await sql`
    CREATE INDEX dossiers_receiving_period_idx ON dossiers (receiving_unit_id, (COALESCE(finished_at, 'infinity'::timestamptz)))
    INCLUDE (received_at, finished_at, original_due_at, timeliness, status, channel, handling_unit_id, procedure_id)
    WHERE received_at IS NOT NULL`.execute(db);
  // Apology letters (form 04), payments confirmed and results returned, by the moment of the action.
  await sql`
    CREATE INDEX dossier_events_service_idx ON dossier_events (type, at) INCLUDE (dossier_id, unit_id)
    WHERE type IN ('issue_apology', 'confirm_payment', 'return_result')`.execute(db);
  // Documents uploaded by a staff member (uploaded_by set: scans, never the applicant's online files) and result files.
  await sql`
    CREATE INDEX dossier_files_counter_scan_idx ON dossier_files (dossier_id) INCLUDE (uploaded_by)
    WHERE kind = 'submitted' AND uploaded_by IS NOT NULL`.execute(db);
  await sql`CREATE INDEX dossier_files_result_idx ON dossier_files (dossier_id) WHERE kind = 'result'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS dossier_files_result_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS dossier_files_counter_scan_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS dossier_events_service_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS dossiers_receiving_period_idx`.execute(db);
}
