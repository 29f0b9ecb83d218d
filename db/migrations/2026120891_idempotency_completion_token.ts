import { sql, type Kysely } from 'kysely';

// An online submission's answer carries the applicant's secret to complete it if it is sent back (migration
// 2026120851, only its hash on the dossier). A retry with the same Idempotency-Key (migration 2026120875) must get the
// same answer, so the key's row keeps the secret for the key's 24 hours; counter intakes have none (NULL).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE idempotency_keys ADD COLUMN completion_token text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE idempotency_keys DROP COLUMN IF EXISTS completion_token`.execute(db);
}
