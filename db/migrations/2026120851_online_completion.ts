import { sql, type Kysely } from 'kysely';

// Issue #14 point 2: an online submission sent back for completion before acceptance (form 02). completion_requested_at
// is set while the one-stop unit waits for the applicant (acceptance is refused meanwhile) and cleared when the applicant
// completes it on the submission's own page; public_token_hash is the SHA-256 of the secret the submission page gave the
// applicant to do so (null for counter dossiers and for online ones submitted before this migration).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE dossiers ADD COLUMN completion_requested_at timestamptz`.execute(db);
  await sql`ALTER TABLE dossiers ADD COLUMN public_token_hash text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE dossiers DROP COLUMN IF EXISTS public_token_hash`.execute(db);
  await sql`ALTER TABLE dossiers DROP COLUMN IF EXISTS completion_requested_at`.execute(db);
}
