import { sql, type Kysely } from 'kysely';
import { down as downCounts, up as upCounts } from './2026112509_dossier_counts';

// The daily and monthly dossier counts (migration 2026112509) gain the procedure, so that a report filtered by sector
// or procedure, or broken down by sector, also sums count rows instead of scanning the dossiers (issue #4 point 7:
// "for any period and for a unit subtree, a sector or a procedure"). The sector is read through the procedure, so a
// procedure that changes sector moves its history with it, as the scan did. Same rules as before (docs/DOMAIN.md §6).
const COLS = 'received_online, received_in_person, received_postal, finished_early, finished_on_time, finished_late, ended';
const SUMS = COLS.split(', ')
  .map((c) => `sum(${c})::int`)
  .join(', ');
const COUNTED = "'received','processing','supplement_requested','awaiting_payment','done','returned'";
const ROW = (r: 'NEW' | 'OLD', sign: number) =>
  `dossier_count_rows(${r}.handling_unit_id, ${r}.procedure_id, ${r}.status, ${r}.channel, ${r}.received_at, ${r}.finished_at, ${r}.original_due_at, ${r}.timeliness, ${sign})`;
const TRACKED = ['status', 'channel', 'handling_unit_id', 'procedure_id', 'received_at', 'finished_at', 'original_due_at', 'timeliness'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER dossiers_counts_update ON dossiers`.execute(db);
  await sql`DROP TRIGGER dossiers_counts_insert_delete ON dossiers`.execute(db);
  await sql`DROP FUNCTION dossier_counts_track()`.execute(db);
  await sql`DROP FUNCTION dossier_count_rows(uuid, text, text, timestamptz, timestamptz, timestamptz, text, integer)`.execute(db);
  // The counts are rebuilt from the dossiers below; the tables keep their names and gain the procedure in their key.
  await sql`TRUNCATE dossier_daily_counts, dossier_monthly_counts, dossier_count_deltas`.execute(db);
  for (const [table, period] of [
    ['dossier_daily_counts', 'day'],
    ['dossier_monthly_counts', 'month'],
  ] as const) {
    await sql.raw(`ALTER TABLE ${table} ADD COLUMN procedure_id uuid NOT NULL REFERENCES procedures(id) ON DELETE CASCADE`).execute(db);
    await sql.raw(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey, ADD PRIMARY KEY (unit_id, ${period}, procedure_id)`).execute(db);
  }
  await sql`ALTER TABLE dossier_count_deltas ADD COLUMN procedure_id uuid NOT NULL`.execute(db);

  // What one version of a dossier row adds to the counts (sign -1 takes it away): at most two rows.
  await sql
    .raw(
      `
    CREATE FUNCTION dossier_count_rows(unit uuid, procedure uuid, status text, channel text, received timestamptz,
      finished timestamptz, due timestamptz, stored text, sign integer)
    RETURNS TABLE (unit_id uuid, procedure_id uuid, day date, received_online integer, received_in_person integer,
      received_postal integer, finished_early integer, finished_on_time integer, finished_late integer, ended integer)
    LANGUAGE sql IMMUTABLE AS $$
      SELECT unit, procedure, vn_day(received),
        sign * (k.c AND channel = 'online')::int, sign * (k.c AND channel = 'in_person')::int, sign * (k.c AND channel = 'postal')::int,
        0, 0, 0, sign * (NOT k.c)::int
      FROM (SELECT status IN (${COUNTED}) AS c) k
      WHERE received IS NOT NULL AND (k.c OR status IN ('withdrawn','stopped'))
      UNION ALL
      SELECT unit, procedure, vn_day(finished), 0, 0, 0, sign * (k.f = 'early')::int, sign * (k.f = 'on_time')::int, sign * (k.f = 'late')::int, 0
      FROM (SELECT dossier_finish_class(stored, finished, due) AS f) k
      WHERE received IS NOT NULL AND finished IS NOT NULL AND status IN (${COUNTED})
    $$`,
    )
    .execute(db);
  await sql
    .raw(
      `
    CREATE FUNCTION dossier_counts_track() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        INSERT INTO dossier_count_deltas (unit_id, procedure_id, day, ${COLS}) SELECT * FROM ${ROW('NEW', 1)};
      ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO dossier_count_deltas (unit_id, procedure_id, day, ${COLS}) SELECT * FROM ${ROW('OLD', -1)};
      ELSE
        INSERT INTO dossier_count_deltas (unit_id, procedure_id, day, ${COLS})
        SELECT unit_id, procedure_id, day, ${SUMS} FROM (
          SELECT * FROM ${ROW('NEW', 1)} UNION ALL SELECT * FROM ${ROW('OLD', -1)}
        ) x GROUP BY unit_id, procedure_id, day
        HAVING (sum(received_online) <> 0 OR sum(received_in_person) <> 0 OR sum(received_postal) <> 0 OR sum(finished_early) <> 0
          OR sum(finished_on_time) <> 0 OR sum(finished_late) <> 0 OR sum(ended) <> 0);
      END IF;
      RETURN NULL;
    END $$`,
    )
    .execute(db);
  await sql`CREATE TRIGGER dossiers_counts_insert_delete AFTER INSERT OR DELETE ON dossiers FOR EACH ROW EXECUTE FUNCTION dossier_counts_track()`.execute(
    db,
  );
  const changed = TRACKED.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(' OR ');
  await sql
    .raw(
      `CREATE TRIGGER dossiers_counts_update AFTER UPDATE OF ${TRACKED.join(', ')} ON dossiers FOR EACH ROW
      WHEN (${changed}) EXECUTE FUNCTION dossier_counts_track()`,
    )
    .execute(db);

  await sql
    .raw(
      `
    INSERT INTO dossier_daily_counts (unit_id, procedure_id, day, ${COLS})
    SELECT r.unit_id, r.procedure_id, r.day, ${SUMS} FROM dossiers d,
      LATERAL dossier_count_rows(d.handling_unit_id, d.procedure_id, d.status, d.channel, d.received_at, d.finished_at, d.original_due_at, d.timeliness, 1) r
    GROUP BY 1, 2, 3`,
    )
    .execute(db);
  await sql
    .raw(
      `
    INSERT INTO dossier_monthly_counts (unit_id, procedure_id, month, ${COLS})
    SELECT unit_id, procedure_id, date_trunc('month', day)::date, ${SUMS} FROM dossier_daily_counts GROUP BY 1, 2, 3`,
    )
    .execute(db);

  // The overdue-span index also carries the procedure, so the overdue count of a filtered report stays index-only.
  await sql`DROP INDEX dossiers_overdue_span_idx`.execute(db);
  await sql`
    CREATE INDEX dossiers_overdue_span_idx ON dossiers USING gist (tstzrange(original_due_at, finished_at, '(]')) INCLUDE (handling_unit_id, procedure_id)
    WHERE received_at IS NOT NULL AND original_due_at IS NOT NULL AND (finished_at IS NULL OR finished_at > original_due_at)
      AND status IN ('received','processing','awaiting_payment','done','returned')`.execute(db);
}

// Back to the counts by unit only: migration 2026112509 undone and done again (it rebuilds its counts from the dossiers).
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER IF EXISTS dossiers_counts_update ON dossiers`.execute(db);
  await sql`DROP TRIGGER IF EXISTS dossiers_counts_insert_delete ON dossiers`.execute(db);
  await sql`DROP FUNCTION IF EXISTS dossier_counts_track()`.execute(db);
  await sql`DROP FUNCTION IF EXISTS dossier_count_rows(uuid, uuid, text, text, timestamptz, timestamptz, timestamptz, text, integer)`.execute(
    db,
  );
  await downCounts(db);
  await upCounts(db);
}
