import { sql, type Kysely } from 'kysely';

// Issue #15 point 6: the public lookup says the clock is paused (and since when) instead of showing a past appointment,
// says where the supplement is to be brought, and after an apology (form 04) shows the new date with the letter's reason.
// The lookup function now also returns: the open supplement request's moment and requesting unit; the open pause of the
// legal clock (dossiers.clock, its last pause while the clock is paused); the latest apology event's moment, note and
// data (the reason written on form 04, addressed to the applicant). Still no other free text typed by staff.
const BODY = (withPauseAndApology: boolean) => sql`
    CREATE OR REPLACE FUNCTION public_dossier_lookup_by_key(p_key text) RETURNS json LANGUAGE plpgsql STABLE AS $fn$
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
          ${
            withPauseAndApology
              ? sql`-- The latest supplement request while one is open: the items to bring, when, and which unit asked.
          'supplement', CASE WHEN d.status = 'supplement_requested' THEN (
            SELECT json_build_object('note', e.note, 'data', e.data, 'at', to_char(e.at AT TIME ZONE 'UTC', iso),
              'unitName', (SELECT u.name FROM units u WHERE u.id = e.unit_id)) FROM dossier_events e
            WHERE e.dossier_id = d.id AND e.to_status = 'supplement_requested' ORDER BY e.at DESC, e.id DESC LIMIT 1) END,
          -- The open pause of the legal clock: its kind and start (no other part of the clock).
          'pause', CASE WHEN d.clock ->> 'status' = 'paused' THEN json_build_object(
            'kind', d.clock -> 'pauses' -> -1 ->> 'kind', 'from', d.clock -> 'pauses' -> -1 ->> 'from') END,
          -- The latest apology with a new date (form 04): its moment, and the reason the letter gives the applicant.
          'apology', (
            SELECT json_build_object('at', to_char(e.at AT TIME ZONE 'UTC', iso), 'note', e.note, 'data', e.data)
            FROM dossier_events e WHERE e.dossier_id = d.id AND e.type ~* '(apolog|extension|extend)'
            ORDER BY e.at DESC, e.id DESC LIMIT 1))`
              : sql`-- The latest supplement request while one is open: its note and data (the items to bring), nothing else.
          'supplement', CASE WHEN d.status = 'supplement_requested' THEN (
            SELECT json_build_object('note', e.note, 'data', e.data) FROM dossier_events e
            WHERE e.dossier_id = d.id AND e.to_status = 'supplement_requested' ORDER BY e.at DESC, e.id DESC LIMIT 1) END)`
          }
        FROM dossiers d
        JOIN procedures p ON p.id = d.procedure_id
        JOIN units r ON r.id = d.receiving_unit_id
        JOIN units h ON h.id = d.handling_unit_id
        WHERE d.lookup_key = p_key);
    END
    $fn$`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await BODY(true).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await BODY(false).execute(db);
}
