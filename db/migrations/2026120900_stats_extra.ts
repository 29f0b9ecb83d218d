import { sql, type Kysely } from 'kysely';

// Issue #14 point 8: the report by receiving point, the online-service figures and the apology letters, each reading an
// index range instead of the dossiers (docs/ONE-STOP.md "What officers ask for next").
export async function up(db: Kysely<unknown>): Promise<void> {
  // By receiving point: the daily counts by handling unit corrected by the dossiers received and handled at different
  // units, read by either unit (open at a period's start or finished after it; "open" sorts last as infinity).
  for (const [name, unit, other] of [
    ['dossiers_cross_receiving_idx', 'receiving_unit_id', 'handling_unit_id'],
    ['dossiers_cross_handling_idx', 'handling_unit_id', 'receiving_unit_id'],
  ] as const)
    await sql
      .raw(
        `CREATE INDEX ${name} ON dossiers (${unit}, (COALESCE(finished_at, 'infinity'::timestamptz)))
        INCLUDE (received_at, finished_at, original_due_at, timeliness, status, channel, ${other}, procedure_id)
        WHERE received_at IS NOT NULL AND receiving_unit_id <> handling_unit_id`,
      )
      .execute(db);
  // Apology letters (form 04) and payments confirmed, by the moment of the action.
  await sql`
    CREATE INDEX dossier_events_service_idx ON dossier_events (type, at) INCLUDE (dossier_id, unit_id)
    WHERE type IN ('issue_apology', 'confirm_payment')`.execute(db);

  // Two facts of a dossier's files kept on the dossier, so that a report counts them from an index of the dossiers:
  // its result was issued electronically (a result file is stored), and it was digitised at the counter (a file of kind
  // 'scan', migration 2026120920: a checklist document scanned by the staff who received it). Set by a trigger on
  // dossier_files whichever path stores the file (files are never deleted); not part of the Kysely types (like
  // search_text): only the statistics read them, in raw SQL.
  await sql`
    ALTER TABLE dossiers ADD COLUMN result_electronic boolean NOT NULL DEFAULT false,
      ADD COLUMN scanned_at_reception boolean NOT NULL DEFAULT false`.execute(db);
  await sql`
    CREATE FUNCTION dossier_files_mark() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.kind = 'result' THEN
        UPDATE dossiers SET result_electronic = true WHERE id = NEW.dossier_id AND NOT result_electronic;
      ELSE
        UPDATE dossiers SET scanned_at_reception = true WHERE id = NEW.dossier_id AND NOT scanned_at_reception;
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER dossier_files_mark AFTER INSERT ON dossier_files FOR EACH ROW
    WHEN (NEW.kind IN ('result', 'scan')) EXECUTE FUNCTION dossier_files_mark()`.execute(db);
  await sql`UPDATE dossiers d SET result_electronic = true WHERE EXISTS (SELECT 1 FROM dossier_files f WHERE f.dossier_id = d.id AND f.kind = 'result')`.execute(
    db,
  );
  await sql`UPDATE dossiers d SET scanned_at_reception = true WHERE EXISTS (SELECT 1 FROM dossier_files f WHERE f.dossier_id = d.id AND f.kind = 'scan')`.execute(
    db,
  );
  await sql`
    CREATE INDEX dossiers_returned_idx ON dossiers (handling_unit_id, returned_at) INCLUDE (procedure_id, result_electronic)
    WHERE returned_at IS NOT NULL`.execute(db);
  await sql`
    CREATE INDEX dossiers_scanned_idx ON dossiers (handling_unit_id, received_at) INCLUDE (procedure_id, channel, status)
    WHERE scanned_at_reception`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS dossiers_scanned_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS dossiers_returned_idx`.execute(db);
  await sql`DROP TRIGGER IF EXISTS dossier_files_mark ON dossier_files`.execute(db);
  await sql`DROP FUNCTION IF EXISTS dossier_files_mark()`.execute(db);
  await sql`ALTER TABLE dossiers DROP COLUMN IF EXISTS scanned_at_reception, DROP COLUMN IF EXISTS result_electronic`.execute(db);
  await sql`DROP INDEX IF EXISTS dossier_events_service_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS dossiers_cross_handling_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS dossiers_cross_receiving_idx`.execute(db);
}
