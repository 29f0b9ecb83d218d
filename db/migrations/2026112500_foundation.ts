import { sql, type Kysely } from 'kysely';

// Foundation: organisation units, accounts, role grants, sessions, audit log.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS unaccent`.execute(db);

  await sql`
    CREATE TABLE units (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL,
      name text NOT NULL,
      name_en text,
      short_name text,
      kind text NOT NULL CHECK (kind IN ('province','department','commune','ward','special_zone','one_stop_centre','district')),
      parent_id uuid REFERENCES units(id),
      valid_from date NOT NULL,
      valid_to date,
      legal_ref text,
      address text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (valid_to IS NULL OR valid_to >= valid_from),
      CHECK (parent_id IS NULL OR parent_id <> id)
    )`.execute(db);
  await sql`CREATE INDEX units_parent_idx ON units(parent_id)`.execute(db);
  await sql`CREATE INDEX units_code_idx ON units(code)`.execute(db);

  // One row per predecessor→successor link of a merger or split (Resolution 202/2025/QH15 and provincial resolutions).
  await sql`
    CREATE TABLE unit_successions (
      predecessor_id uuid NOT NULL REFERENCES units(id),
      successor_id uuid NOT NULL REFERENCES units(id),
      effective_on date NOT NULL,
      legal_ref text,
      note text,
      PRIMARY KEY (predecessor_id, successor_id),
      CHECK (predecessor_id <> successor_id)
    )`.execute(db);
  await sql`CREATE INDEX unit_successions_successor_idx ON unit_successions(successor_id)`.execute(db);

  await sql`
    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      username text NOT NULL,
      full_name text NOT NULL,
      email text,
      phone text,
      title text,
      unit_id uuid NOT NULL REFERENCES units(id),
      password_hash text NOT NULL,
      is_active boolean NOT NULL DEFAULT true,
      failed_logins integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      last_login_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX users_username_key ON users(lower(username))`.execute(db);
  await sql`CREATE INDEX users_unit_idx ON users(unit_id)`.execute(db);

  await sql`
    CREATE TABLE role_grants (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      role text NOT NULL CHECK (role IN ('system_admin','secretariat','appraisal_member','unit_head','unit_officer','one_stop_clerk','specialist','leader')),
      unit_id uuid NOT NULL REFERENCES units(id),
      granted_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX role_grants_unique ON role_grants(user_id, role, unit_id)`.execute(db);

  await sql`
    CREATE TABLE sessions (
      id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX sessions_user_idx ON sessions(user_id)`.execute(db);
  await sql`CREATE INDEX sessions_expires_idx ON sessions(expires_at)`.execute(db);

  await sql`
    CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor_id uuid REFERENCES users(id),
      actor_username text,
      action text NOT NULL,
      entity_type text NOT NULL,
      entity_id text NOT NULL,
      unit_id uuid REFERENCES units(id),
      before jsonb,
      after jsonb,
      request_id text
    )`.execute(db);
  await sql`CREATE INDEX audit_log_entity_idx ON audit_log(entity_type, entity_id)`.execute(db);
  await sql`CREATE INDEX audit_log_actor_idx ON audit_log(actor_id, at)`.execute(db);
  await sql`CREATE INDEX audit_log_at_idx ON audit_log(at)`.execute(db);
  // Append-only: the table refuses UPDATE and DELETE.
  await sql`
    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only';
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['audit_log', 'sessions', 'role_grants', 'users', 'unit_successions', 'units']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(t)} CASCADE`.execute(db);
  }
  await sql`DROP FUNCTION IF EXISTS audit_log_append_only()`.execute(db);
}
