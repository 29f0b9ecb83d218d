import { sql, type Kysely } from 'kysely';

// Scans made at the one-stop counter (issue #15 point 4): a file of kind 'scan' is a paper document of the checklist
// digitised by the staff who received it, so it always names its procedure document and its uploader. "Digitised at
// the counter" is then derivable from data (docs/ONE-STOP.md, "Scans at intake"); the partial index answers it
// without reading the other files.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE dossier_files DROP CONSTRAINT dossier_files_kind_check`.execute(db);
  await sql`
    ALTER TABLE dossier_files
      ADD CONSTRAINT dossier_files_kind_check CHECK (kind IN ('submitted','result','form','scan')),
      ADD CONSTRAINT dossier_files_scan_check
        CHECK (kind <> 'scan' OR (procedure_document_id IS NOT NULL AND uploaded_by IS NOT NULL))`.execute(db);
  await sql`CREATE INDEX dossier_files_scan_idx ON dossier_files(dossier_id) WHERE kind = 'scan'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS dossier_files_scan_idx`.execute(db);
  await sql`DELETE FROM dossier_files WHERE kind = 'scan'`.execute(db);
  await sql`
    ALTER TABLE dossier_files
      DROP CONSTRAINT IF EXISTS dossier_files_scan_check,
      DROP CONSTRAINT dossier_files_kind_check,
      ADD CONSTRAINT dossier_files_kind_check CHECK (kind IN ('submitted','result','form'))`.execute(db);
}
