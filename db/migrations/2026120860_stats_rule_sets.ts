import { sql, type Kysely } from 'kysely';

// Issue #14 point 6: the two statistics rule sets (docs/decisions/0007-statistics-rule-sets.md). Decision 766/QĐ-TTg
// indicator 2.1 is the periodic report's counts corrected by the few dossiers the two rule sets class differently:
// more than one supplement request, an appointment moved by an apology, withdrawn or stopped after acceptance. These
// partial indexes find them without reading the other dossiers. A third finds the dossiers whose clock is paused (waiting
// for a supplement or a payment), judged at the request moment in both rule sets.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX dossiers_rules_differ_idx ON dossiers (received_at) INCLUDE (handling_unit_id, procedure_id, finished_at)
    WHERE received_at IS NOT NULL AND (supplement_count > 1 OR extended_due_at IS NOT NULL)
      AND status IN ('received','processing','supplement_requested','awaiting_payment','done','returned')`.execute(db);
  // A withdrawal or stop is the dossier's last write, so updated_at is at or after it: a period start bounds the scan.
  await sql`
    CREATE INDEX dossiers_rules_ended_idx ON dossiers (updated_at) INCLUDE (handling_unit_id, procedure_id, received_at)
    WHERE received_at IS NOT NULL AND status IN ('withdrawn','stopped')`.execute(db);
  await sql`
    CREATE INDEX dossiers_paused_idx ON dossiers (original_due_at) INCLUDE (handling_unit_id, procedure_id, received_at)
    WHERE status IN ('supplement_requested','awaiting_payment') AND received_at IS NOT NULL AND (clock ->> 'status') = 'paused'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS dossiers_paused_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS dossiers_rules_ended_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS dossiers_rules_differ_idx`.execute(db);
}
