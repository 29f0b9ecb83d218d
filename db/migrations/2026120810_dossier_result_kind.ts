import { sql, type Kysely } from 'kysely';

// Issue #14 point 3: a dossier found ineligible during handling ends with a written refusal to resolve it (form 03),
// which is its result (docs/DOMAIN.md §10.7). It finishes like any result (status done, then returned; finished_at and
// timeliness set, so every count of results counts it early / on time / late unchanged); result_kind says which result
// it was: 'granted' (finish) or 'refused' (refuse_after_review, the reason in the event's note). Null until finished
// and for dossiers finished before this migration (read as 'granted').
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE dossiers ADD COLUMN result_kind text CHECK (result_kind IN ('granted', 'refused'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE dossiers DROP COLUMN IF EXISTS result_kind`.execute(db);
}
