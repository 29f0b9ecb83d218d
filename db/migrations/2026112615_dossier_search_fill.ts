import { sql, type Kysely } from 'kysely';

// The dossiers whose search text is still to be filled (written before 2026112614): the after-start fill walks them by id,
// and once it is done the index is empty, so the check at each start costs nothing.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS dossiers_search_unfilled_idx ON dossiers (id) WHERE search_text = ''`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS dossiers_search_unfilled_idx`.execute(db);
}
