import { sql, type Kysely } from 'kysely';

// One-stop shop (NĐ 61/2018, NĐ 107/2021, NĐ 118/2025): procedure catalogue, dossiers, events, hand-over steps, documents.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE procedures (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      national_code text NOT NULL,
      name text NOT NULL,
      sector text NOT NULL,
      level text NOT NULL CHECK (level IN ('province','commune')),
      handling_unit_id uuid NOT NULL REFERENCES units(id),
      duration_value numeric(8, 2) NOT NULL CHECK (duration_value >= 0),
      duration_unit text NOT NULL CHECK (duration_unit IN ('working_day','working_hour','calendar_day')),
      fee_text text,
      fee_amount numeric(14, 0),
      online_level text NOT NULL DEFAULT 'partial' CHECK (online_level IN ('none','partial','full')),
      is_inter_agency boolean NOT NULL DEFAULT false,
      result_text text,
      legal_basis text,
      valid_from date NOT NULL,
      valid_to date,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (valid_to IS NULL OR valid_to >= valid_from)
    )`.execute(db);
  await sql`CREATE INDEX procedures_code_idx ON procedures(national_code)`.execute(db);
  await sql`CREATE INDEX procedures_unit_idx ON procedures(handling_unit_id)`.execute(db);

  await sql`
    CREATE TABLE procedure_documents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      procedure_id uuid NOT NULL REFERENCES procedures(id) ON DELETE CASCADE,
      position integer NOT NULL,
      name text NOT NULL,
      form text NOT NULL CHECK (form IN ('original','copy','certified_copy','original_or_copy')),
      quantity integer NOT NULL DEFAULT 1 CHECK (quantity > 0),
      is_required boolean NOT NULL DEFAULT true,
      UNIQUE (procedure_id, position)
    )`.execute(db);

  // The default route: steps at units, each with its share of the legal time (shares sum to 1).
  await sql`
    CREATE TABLE procedure_steps (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      procedure_id uuid NOT NULL REFERENCES procedures(id) ON DELETE CASCADE,
      position integer NOT NULL,
      unit_id uuid NOT NULL REFERENCES units(id),
      name text NOT NULL,
      time_share numeric(5, 4) NOT NULL CHECK (time_share > 0 AND time_share <= 1),
      UNIQUE (procedure_id, position)
    )`.execute(db);

  // Per receiving unit and day, for unique dossier codes under concurrency (UPSERT ... RETURNING).
  await sql`
    CREATE TABLE dossier_code_sequences (
      unit_id uuid NOT NULL REFERENCES units(id),
      day date NOT NULL,
      last_value integer NOT NULL,
      PRIMARY KEY (unit_id, day)
    )`.execute(db);

  await sql`
    CREATE TABLE dossiers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE,
      national_code text,
      procedure_id uuid NOT NULL REFERENCES procedures(id),
      receiving_unit_id uuid NOT NULL REFERENCES units(id),
      handling_unit_id uuid NOT NULL REFERENCES units(id),
      current_unit_id uuid NOT NULL REFERENCES units(id),
      current_handler_id uuid REFERENCES users(id),
      channel text NOT NULL CHECK (channel IN ('in_person','online','postal')),
      status text NOT NULL CHECK (status IN ('submitted','received','not_received','processing','supplement_requested','awaiting_payment','withdrawn','stopped','done','returned')),
      applicant_type text NOT NULL DEFAULT 'citizen' CHECK (applicant_type IN ('citizen','organisation')),
      applicant_name text NOT NULL,
      applicant_id_number text,
      applicant_phone text,
      applicant_email text,
      applicant_address text,
      subject text,
      submitted_at timestamptz NOT NULL,
      received_at timestamptz,
      due_at timestamptz,
      original_due_at timestamptz,
      extended_due_at timestamptz,
      finished_at timestamptz,
      returned_at timestamptz,
      timeliness text CHECK (timeliness IN ('early','on_time','late')),
      supplement_count integer NOT NULL DEFAULT 0,
      clock jsonb,
      return_place text,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX dossiers_received_idx ON dossiers(receiving_unit_id, received_at)`.execute(db);
  await sql`CREATE INDEX dossiers_handling_idx ON dossiers(handling_unit_id, received_at)`.execute(db);
  await sql`CREATE INDEX dossiers_inbox_idx ON dossiers(current_unit_id, status, due_at)`.execute(db);
  await sql`CREATE INDEX dossiers_procedure_idx ON dossiers(procedure_id, received_at)`.execute(db);
  await sql`CREATE INDEX dossiers_finished_idx ON dossiers(finished_at)`.execute(db);

  // Every transition, as it happened; the dossier row is a projection of these.
  await sql`
    CREATE TABLE dossier_events (
      id bigserial PRIMARY KEY,
      dossier_id uuid NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
      type text NOT NULL,
      from_status text,
      to_status text NOT NULL,
      at timestamptz NOT NULL,
      actor_id uuid REFERENCES users(id),
      unit_id uuid REFERENCES units(id),
      note text,
      data jsonb
    )`.execute(db);
  await sql`CREATE INDEX dossier_events_dossier_idx ON dossier_events(dossier_id, id)`.execute(db);

  // Rows of the processing-control slip (form 06): one per hand-over between units.
  await sql`
    CREATE TABLE dossier_steps (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      dossier_id uuid NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
      position integer NOT NULL,
      unit_id uuid NOT NULL REFERENCES units(id),
      name text NOT NULL,
      handler_id uuid REFERENCES users(id),
      started_at timestamptz,
      due_at timestamptz,
      finished_at timestamptz,
      timeliness text CHECK (timeliness IN ('early','on_time','late')),
      note text,
      UNIQUE (dossier_id, position)
    )`.execute(db);
  await sql`CREATE INDEX dossier_steps_unit_idx ON dossier_steps(unit_id, finished_at)`.execute(db);

  // Submitted documents and issued forms (01 receipt … 07 register) with their files.
  await sql`
    CREATE TABLE dossier_files (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      dossier_id uuid NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('submitted','result','form')),
      form_code text,
      procedure_document_id uuid REFERENCES procedure_documents(id),
      file_name text NOT NULL,
      mime_type text NOT NULL,
      size_bytes integer NOT NULL,
      content bytea NOT NULL,
      uploaded_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX dossier_files_dossier_idx ON dossier_files(dossier_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'dossier_files',
    'dossier_steps',
    'dossier_events',
    'dossiers',
    'dossier_code_sequences',
    'procedure_steps',
    'procedure_documents',
    'procedures',
  ]) {
    await sql`DROP TABLE IF EXISTS ${sql.table(t)} CASCADE`.execute(db);
  }
}
