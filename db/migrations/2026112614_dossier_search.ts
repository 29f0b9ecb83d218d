import { sql, type Kysely } from 'kysely';

// Inbox search ignores case and Vietnamese diacritics. No index serves an infix match (pg_trgm is not loaded on
// PGlite), so the search filters the rows the unit filter keeps; folding them once at write time (a trigger, as intake
// writes a dossier in one statement) makes that filter a plain LIKE instead of unaccent() on every row of every search.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE dossiers ADD COLUMN search_text text NOT NULL DEFAULT ''`.execute(db);
  // Same folding as foldVietnamese (contracts/units.ts): no diacritics (unaccent maps đ to d), lower case, single spaces.
  await sql`
    CREATE FUNCTION dossier_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.search_text := lower(regexp_replace(unaccent(concat_ws(' ', NEW.code, NEW.national_code, NEW.applicant_name, NEW.subject)), '\\s+', ' ', 'g'));
      RETURN NEW;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER dossiers_search_text BEFORE INSERT OR UPDATE OF code, national_code, applicant_name, subject ON dossiers
    FOR EACH ROW EXECUTE FUNCTION dossier_search_text()`.execute(db);
  // Existing rows are filled after start in short batches (server/modules/dossiers/dossiers.search-text.ts): one UPDATE
  // here would hold the table locked for about a minute per million dossiers while the migration's transaction runs.
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER IF EXISTS dossiers_search_text ON dossiers`.execute(db);
  await sql`DROP FUNCTION IF EXISTS dossier_search_text()`.execute(db);
  await sql`ALTER TABLE dossiers DROP COLUMN IF EXISTS search_text`.execute(db);
}
