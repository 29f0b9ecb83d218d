import { sql, type Kysely } from 'kysely';

// What an intake reads about its units and procedure (units, procedures, their documents and steps) changes rarely
// and is read on every intake, so each app process keeps it in memory (server/modules/dossiers/dossiers.intake-cache.ts)
// tagged with this version. Any committed change to those tables bumps it, in the writing transaction, so a process
// sees the new version exactly when it can see the new rows. The trigger is deferred to commit, so the single state row
// is locked last and briefly, and bumps once per transaction however many rows it writes.
const TABLES = ['units', 'procedures', 'procedure_documents', 'procedure_steps'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE catalog_state (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      version bigint NOT NULL DEFAULT 1,
      last_txid bigint
    )`.execute(db);
  await sql`INSERT INTO catalog_state (id, version) VALUES (true, 1)`.execute(db);
  await sql`
    CREATE FUNCTION bump_catalog_version() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE catalog_state SET version = version + 1, last_txid = txid_current() WHERE last_txid IS DISTINCT FROM txid_current();
      RETURN NULL;
    END $$`.execute(db);
  for (const t of TABLES) {
    await sql`
      CREATE CONSTRAINT TRIGGER ${sql.raw(`${t}_catalog_version`)} AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(t)}
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalog_version()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of TABLES) await sql`DROP TRIGGER IF EXISTS ${sql.raw(`${t}_catalog_version`)} ON ${sql.table(t)}`.execute(db);
  await sql`DROP FUNCTION IF EXISTS bump_catalog_version()`.execute(db);
  await sql`DROP TABLE IF EXISTS catalog_state`.execute(db);
}
