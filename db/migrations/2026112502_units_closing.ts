import { sql, type Kysely } from 'kysely';

// Units: the legal basis and note of a closure (a unit may close without successors, so they cannot live on
// unit_successions alone), and a lookup index for the "one open unit per code" rule.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE units ADD COLUMN closing_legal_ref text, ADD COLUMN closing_note text`.execute(db);
  await sql`CREATE INDEX units_lower_code_idx ON units(lower(code))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS units_lower_code_idx`.execute(db);
  await sql`ALTER TABLE units DROP COLUMN IF EXISTS closing_legal_ref, DROP COLUMN IF EXISTS closing_note`.execute(db);
}
