import { sql, type Kysely } from 'kysely';

// Issue #14 point 2: the counter log. What a one-stop counter did with a request that did not become a dossier: guided
// to complete it (form 02, the missing and wrong documents) or refused (form 03, the reason), under Decree
// 118/2025/NĐ-CP and Circular 03/2025/TT-VPCP Annex I (before 1/7/2025 Decree 61/2018 and Circular 01/2018). Scoped to
// the receiving unit, written with its audit row, counted apart from the timeliness figures (docs/ONE-STOP.md).
// An online submission sent back for completion is logged too, with its dossier (channel 'online').
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE counter_outcomes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      no bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      kind text NOT NULL CHECK (kind IN ('guided', 'refused')),
      unit_id uuid NOT NULL REFERENCES units(id),
      procedure_id uuid REFERENCES procedures(id),
      dossier_id uuid REFERENCES dossiers(id) ON DELETE CASCADE,
      channel text NOT NULL CHECK (channel IN ('in_person', 'online', 'postal')),
      applicant_type text NOT NULL DEFAULT 'citizen' CHECK (applicant_type IN ('citizen', 'organisation')),
      applicant_name text NOT NULL CHECK (length(btrim(applicant_name)) > 0),
      applicant_id_number text,
      applicant_phone text,
      applicant_address text,
      missing jsonb NOT NULL DEFAULT '[]'::jsonb,
      wrong jsonb NOT NULL DEFAULT '[]'::jsonb,
      reason text,
      officer_id uuid NOT NULL REFERENCES users(id),
      at timestamptz NOT NULL,
      CHECK (kind <> 'refused' OR length(btrim(coalesce(reason, ''))) > 0),
      CHECK (kind <> 'guided' OR jsonb_array_length(missing) + jsonb_array_length(wrong) > 0),
      CHECK ((dossier_id IS NULL) = (channel <> 'online'))
    )`.execute(db);
  // The log page and the statistics read a unit subtree over a period.
  await sql`CREATE INDEX counter_outcomes_unit_at_idx ON counter_outcomes (unit_id, at)`.execute(db);
  await sql`CREATE INDEX counter_outcomes_dossier_idx ON counter_outcomes (dossier_id) WHERE dossier_id IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS counter_outcomes`.execute(db);
}
