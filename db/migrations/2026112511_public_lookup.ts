import { sql, type Kysely } from 'kysely';

// The public dossier lookup (server/modules/lookup) in one round trip: the public columns of a dossier by code and its
// events, as one JSON document, instants as Date#toISOString text. A PL/pgSQL function because PL/pgSQL keeps the
// statement's plan per connection: planning the lookup on every call (joins over a table with many indexes) cost
// PostgreSQL about twice its execution. Nothing about the applicant but the name leaves it (masked by the caller).
// The body is checked for syntax only at creation, so a plain-SQL dump can create it before the tables.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION public_dossier_lookup(p_code text) RETURNS json LANGUAGE plpgsql STABLE AS $fn$
    DECLARE
      iso CONSTANT text := 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';
    BEGIN
      RETURN (
        SELECT json_build_object(
          'code', d.code,
          'status', d.status,
          'applicantName', d.applicant_name,
          'submittedAt', to_char(d.submitted_at AT TIME ZONE 'UTC', iso),
          'receivedAt', to_char(d.received_at AT TIME ZONE 'UTC', iso),
          'dueAt', to_char(d.due_at AT TIME ZONE 'UTC', iso),
          'originalDueAt', to_char(d.original_due_at AT TIME ZONE 'UTC', iso),
          'extendedDueAt', to_char(d.extended_due_at AT TIME ZONE 'UTC', iso),
          'finishedAt', to_char(d.finished_at AT TIME ZONE 'UTC', iso),
          'returnedAt', to_char(d.returned_at AT TIME ZONE 'UTC', iso),
          'timeliness', d.timeliness,
          'returnPlace', d.return_place,
          'procedureName', p.name,
          'receivingUnitName', r.name,
          'receivingUnitAddress', r.address,
          'handlingUnitName', h.name,
          -- [type, from_status, to_status, at, unit name] in order; the unit by key, not a join over all units.
          'events', (
            SELECT coalesce(json_agg(json_build_array(e.type, e.from_status, e.to_status, to_char(e.at AT TIME ZONE 'UTC', iso),
              (SELECT u.name FROM units u WHERE u.id = e.unit_id)) ORDER BY e.at, e.id), '[]'::json)
            FROM dossier_events e WHERE e.dossier_id = d.id))
        FROM dossiers d
        JOIN procedures p ON p.id = d.procedure_id
        JOIN units r ON r.id = d.receiving_unit_id
        JOIN units h ON h.id = d.handling_unit_id
        WHERE d.code = p_code);
    END
    $fn$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP FUNCTION IF EXISTS public_dossier_lookup(text)`.execute(db);
}
