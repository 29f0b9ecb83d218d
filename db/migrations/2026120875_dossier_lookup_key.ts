import { sql, type Kysely } from 'kysely';
import { up as createCodeLookup } from './2026112511_public_lookup';

// Issue #16 point 8: the public lookup is by a key nobody can guess, not by the dossier code (sequential per unit and
// day, so guessable). Each dossier gets a lookup key of 12 characters of Crockford base32, 60 random bits: the app draws
// it from node:crypto at intake and online submission (core/dossier/lookup-key.ts); this default draws it for rows written
// otherwise (existing rows below, test factories), from gen_random_uuid(), whose version-4 bits come from the server's
// strong random source. Bytes 0–5 and 9–14 of a version-4 UUID are random; each byte modulo 32 is one uniform character.
// The lookup function now takes the key; a code or a wrong key finds nothing. It returns no free text typed by staff but
// the text of the latest supplement request (what the applicant must bring, the text form 02 prints for them).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION new_dossier_lookup_key() RETURNS text LANGUAGE sql VOLATILE AS $fn$
      SELECT string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', get_byte(b, i) % 32 + 1, 1), '' ORDER BY i)
      FROM (SELECT uuid_send(gen_random_uuid()) AS b) r, unnest(ARRAY[0, 1, 2, 3, 4, 5, 9, 10, 11, 12, 13, 14]) AS i
    $fn$`.execute(db);
  await sql`ALTER TABLE dossiers ADD COLUMN lookup_key text`.execute(db);
  await sql`UPDATE dossiers SET lookup_key = new_dossier_lookup_key()`.execute(db);
  await sql`
    ALTER TABLE dossiers
      ALTER COLUMN lookup_key SET DEFAULT new_dossier_lookup_key(),
      ALTER COLUMN lookup_key SET NOT NULL,
      ADD CONSTRAINT dossiers_lookup_key_check CHECK (lookup_key ~ '^[0-9A-HJKMNP-TV-Z]{12}$'),
      ADD CONSTRAINT dossiers_lookup_key_key UNIQUE (lookup_key)`.execute(db);
  await sql`DROP FUNCTION IF EXISTS public_dossier_lookup(text)`.execute(db);
  await sql`
    CREATE FUNCTION public_dossier_lookup_by_key(p_key text) RETURNS json LANGUAGE plpgsql STABLE AS $fn$
    DECLARE
      iso CONSTANT text := 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';
    BEGIN
      RETURN (
        SELECT json_build_object(
          'code', d.code,
          'status', d.status,
          'applicantName', d.applicant_name,
          'applicantIdNumber', d.applicant_id_number,
          'submittedAt', to_char(d.submitted_at AT TIME ZONE 'UTC', iso),
          'receivedAt', to_char(d.received_at AT TIME ZONE 'UTC', iso),
          'dueAt', to_char(d.due_at AT TIME ZONE 'UTC', iso),
          'originalDueAt', to_char(d.original_due_at AT TIME ZONE 'UTC', iso),
          'extendedDueAt', to_char(d.extended_due_at AT TIME ZONE 'UTC', iso),
          'finishedAt', to_char(d.finished_at AT TIME ZONE 'UTC', iso),
          'returnedAt', to_char(d.returned_at AT TIME ZONE 'UTC', iso),
          'timeliness', d.timeliness,
          'procedureName', p.name,
          'receivingUnitName', r.name,
          'receivingUnitAddress', r.address,
          'handlingUnitName', h.name,
          'events', (
            SELECT coalesce(json_agg(json_build_array(e.type, e.from_status, e.to_status, to_char(e.at AT TIME ZONE 'UTC', iso),
              (SELECT u.name FROM units u WHERE u.id = e.unit_id)) ORDER BY e.at, e.id), '[]'::json)
            FROM dossier_events e WHERE e.dossier_id = d.id),
          -- The latest supplement request while one is open: its note and data (the items to bring), nothing else.
          'supplement', CASE WHEN d.status = 'supplement_requested' THEN (
            SELECT json_build_object('note', e.note, 'data', e.data) FROM dossier_events e
            WHERE e.dossier_id = d.id AND e.to_status = 'supplement_requested' ORDER BY e.at DESC, e.id DESC LIMIT 1) END)
        FROM dossiers d
        JOIN procedures p ON p.id = d.procedure_id
        JOIN units r ON r.id = d.receiving_unit_id
        JOIN units h ON h.id = d.handling_unit_id
        WHERE d.lookup_key = p_key);
    END
    $fn$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP FUNCTION IF EXISTS public_dossier_lookup_by_key(text)`.execute(db);
  await sql`ALTER TABLE dossiers DROP COLUMN IF EXISTS lookup_key`.execute(db);
  await sql`DROP FUNCTION IF EXISTS new_dossier_lookup_key()`.execute(db);
  await createCodeLookup(db);
}
