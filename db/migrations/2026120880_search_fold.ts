import { sql, type Kysely } from 'kysely';

// One search rule for the whole app (issue 15 point 2): cchc_fold(text) folds in SQL exactly as foldVietnamese
// (core/shared/text.ts) does in TypeScript: NFD, combining marks dropped, đ → d, lower case, single spaces, trimmed.
// Built from normalize() and translate() so that it runs on PGlite, which loads no unaccent rules of its own, and on
// PostgreSQL 15+ alike; server/infra/search-fold.test.ts checks both folds on a table of strings.

const ch = (cp: number) => String.fromCodePoint(cp);
const range = (from: number, to: number) => `${ch(from)}-${ch(to)}`;
// The combining-mark blocks (what \p{M} drops from Latin and Vietnamese text).
const MARKS = `[${range(0x300, 0x36f)}${range(0x1ab0, 0x1aff)}${range(0x1dc0, 0x1dff)}${range(0x20d0, 0x20ff)}${range(0xfe20, 0xfe2f)}]`;
// The spaces JavaScript's \s matches beyond ASCII (PostgreSQL's \s, under a C or C.UTF-8 ctype, does not).
const SPACES = [0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a]
  .concat([0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff])
  .map(ch)
  .join('');

export async function up(db: Kysely<unknown>): Promise<void> {
  const from = `đĐ${SPACES}`;
  const to = `dd${' '.repeat(SPACES.length)}`;
  await sql`
    CREATE FUNCTION cchc_fold(s text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fold$
      SELECT btrim(regexp_replace(lower(translate(regexp_replace(normalize(s, NFD), ${sql.lit(MARKS)}, '', 'g'), ${sql.lit(from)}, ${sql.lit(to)})), '\\s+', ' ', 'g'))
    $fold$`.execute(db);
  // The dossiers' search text (migration 2026112614) now folds by the same rule. Rows filled before keep their text:
  // unaccent and cchc_fold agree on Vietnamese letters, so a search finds them alike.
  await sql`
    CREATE OR REPLACE FUNCTION dossier_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.search_text := cchc_fold(concat_ws(' ', NEW.code, NEW.national_code, NEW.applicant_name, NEW.subject));
      RETURN NEW;
    END $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION dossier_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.search_text := lower(regexp_replace(unaccent(concat_ws(' ', NEW.code, NEW.national_code, NEW.applicant_name, NEW.subject)), '\\s+', ' ', 'g'));
      RETURN NEW;
    END $$`.execute(db);
  await sql`DROP FUNCTION IF EXISTS cchc_fold(text)`.execute(db);
}
