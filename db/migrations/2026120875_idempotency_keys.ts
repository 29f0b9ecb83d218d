import { sql, type Kysely } from 'kysely';

// Issue #16 point 7: a client that retries an intake or an online submission after a dropped connection sends the same
// Idempotency-Key and gets the dossier of its first try, not a second one. The key is stored with the dossier in the one
// intake statement (server/modules/dossiers/dossiers.intake.repo.ts), so a dossier saved is a key saved, whatever process
// or worker answers the retry. scope: the route and the actor ('intake:<user id>', 'submit'); request_hash: SHA-256 of the
// request body, so the same key with another body is refused. Rows live 24 hours (expires_at), then are swept.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE idempotency_keys (
      scope text NOT NULL,
      key text NOT NULL,
      request_hash text NOT NULL,
      dossier_id uuid NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      PRIMARY KEY (scope, key))`.execute(db);
  await sql`CREATE INDEX idempotency_keys_expires_at_idx ON idempotency_keys (expires_at)`.execute(db);
  await sql`CREATE INDEX idempotency_keys_dossier_id_idx ON idempotency_keys (dossier_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS idempotency_keys`.execute(db);
}
