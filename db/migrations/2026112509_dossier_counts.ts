import { sql, type Kysely } from 'kysely';

// Daily counts per handling unit for the period statistics (docs/DOMAIN.md §6), so that a province-year report sums
// tens of thousands of small rows instead of scanning every dossier. The rules are those of core/dossier-stats
// (classifyForPeriod): a dossier counts as received on its Vietnam receipt day when accepted and not ended without
// a result, as finished on its Vietnam finish day with its class, and as "ended" (withdrawn/stopped) on its receipt day.
//
// A trigger on dossiers appends signed deltas in the writer's transaction (append-only, so concurrent intakes never
// wait on a shared counter row); dossier-stats folds them into dossier_daily_counts and dossier_monthly_counts in the
// background. A report reads the counts + pending deltas in one snapshot, so it is exact whether or not the fold has run.
const COUNTS = `received_online integer NOT NULL DEFAULT 0, received_in_person integer NOT NULL DEFAULT 0,
  received_postal integer NOT NULL DEFAULT 0, finished_early integer NOT NULL DEFAULT 0,
  finished_on_time integer NOT NULL DEFAULT 0, finished_late integer NOT NULL DEFAULT 0, ended integer NOT NULL DEFAULT 0`;
const COLS = 'received_online, received_in_person, received_postal, finished_early, finished_on_time, finished_late, ended';
const SUMS = COLS.split(', ')
  .map((c) => `sum(${c})::int`)
  .join(', ');
const COUNTED = "'received','processing','supplement_requested','awaiting_payment','done','returned'";
const ROW = (r: 'NEW' | 'OLD', sign: number) =>
  `dossier_count_rows(${r}.handling_unit_id, ${r}.status, ${r}.channel, ${r}.received_at, ${r}.finished_at, ${r}.original_due_at, ${r}.timeliness, ${sign})`;
const TRACKED = ['status', 'channel', 'handling_unit_id', 'received_at', 'finished_at', 'original_due_at', 'timeliness'];

export async function up(db: Kysely<unknown>): Promise<void> {
  // Carried over = received − finished before the period holds only if nothing finishes before it was received.
  await sql`ALTER TABLE dossiers ADD CONSTRAINT dossiers_finished_after_received CHECK (finished_at >= received_at)`.execute(db);
  await sql
    .raw(
      `CREATE TABLE dossier_daily_counts (unit_id uuid NOT NULL REFERENCES units(id), day date NOT NULL, ${COUNTS}, PRIMARY KEY (unit_id, day))`,
    )
    .execute(db);
  // The same counts per calendar month (month = its first day), so a year reads twelve rows per unit, not 365.
  await sql
    .raw(
      `CREATE TABLE dossier_monthly_counts (unit_id uuid NOT NULL REFERENCES units(id), month date NOT NULL, ${COUNTS}, PRIMARY KEY (unit_id, month))`,
    )
    .execute(db);
  await sql
    .raw(`CREATE TABLE dossier_count_deltas (id bigserial PRIMARY KEY, unit_id uuid NOT NULL, day date NOT NULL, ${COUNTS})`)
    .execute(db);
  await sql`CREATE INDEX dossier_count_deltas_unit_idx ON dossier_count_deltas (unit_id, day)`.execute(db);

  // The Vietnam calendar day (UTC+7, no daylight saving) of an instant.
  await sql`CREATE FUNCTION vn_day(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE AS $$ SELECT ((t AT TIME ZONE 'UTC') + interval '7 hours')::date $$`.execute(
    db,
  );
  // Finish class as core finishedTimeliness: the stored class, else finish vs the original due on Vietnam days.
  await sql`
    CREATE FUNCTION dossier_finish_class(stored text, finished timestamptz, due timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT COALESCE(stored, CASE WHEN due IS NULL THEN 'on_time' WHEN vn_day(finished) < vn_day(due) THEN 'early'
        WHEN finished <= due THEN 'on_time' ELSE 'late' END)
    $$`.execute(db);
  // What one version of a dossier row adds to the daily counts (sign -1 takes it away): at most two rows. Columns are
  // passed one by one (not the row type) so a plain-SQL dump can create the function before the table.
  await sql
    .raw(
      `
    CREATE FUNCTION dossier_count_rows(unit uuid, status text, channel text, received timestamptz, finished timestamptz,
      due timestamptz, stored text, sign integer)
    RETURNS TABLE (unit_id uuid, day date, received_online integer, received_in_person integer, received_postal integer,
      finished_early integer, finished_on_time integer, finished_late integer, ended integer)
    LANGUAGE sql IMMUTABLE AS $$
      SELECT unit, vn_day(received),
        sign * (k.c AND channel = 'online')::int, sign * (k.c AND channel = 'in_person')::int, sign * (k.c AND channel = 'postal')::int,
        0, 0, 0, sign * (NOT k.c)::int
      FROM (SELECT status IN (${COUNTED}) AS c) k
      WHERE received IS NOT NULL AND (k.c OR status IN ('withdrawn','stopped'))
      UNION ALL
      SELECT unit, vn_day(finished), 0, 0, 0, sign * (k.f = 'early')::int, sign * (k.f = 'on_time')::int, sign * (k.f = 'late')::int, 0
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
        INSERT INTO dossier_count_deltas (unit_id, day, ${COLS}) SELECT * FROM ${ROW('NEW', 1)};
      ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO dossier_count_deltas (unit_id, day, ${COLS}) SELECT * FROM ${ROW('OLD', -1)};
      ELSE
        INSERT INTO dossier_count_deltas (unit_id, day, ${COLS})
        SELECT unit_id, day, ${SUMS} FROM (
          SELECT * FROM ${ROW('NEW', 1)} UNION ALL SELECT * FROM ${ROW('OLD', -1)}
        ) x GROUP BY unit_id, day
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
  // A flat OR (not a row comparison) so the stored definition reads back identically after a dump and restore.
  const changed = TRACKED.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(' OR ');
  await sql
    .raw(
      `CREATE TRIGGER dossiers_counts_update AFTER UPDATE OF ${TRACKED.join(', ')} ON dossiers FOR EACH ROW
      WHEN (${changed}) EXECUTE FUNCTION dossier_counts_track()`,
    )
    .execute(db);

  // Dossiers already there (an upgraded installation) are counted once, straight into the daily table.
  await sql
    .raw(
      `
    INSERT INTO dossier_daily_counts (unit_id, day, ${COLS})
    SELECT r.unit_id, r.day, ${SUMS} FROM dossiers d,
      LATERAL dossier_count_rows(d.handling_unit_id, d.status, d.channel, d.received_at, d.finished_at, d.original_due_at, d.timeliness, 1) r
    GROUP BY 1, 2`,
    )
    .execute(db);
  await sql
    .raw(
      `
    INSERT INTO dossier_monthly_counts (unit_id, month, ${COLS})
    SELECT unit_id, date_trunc('month', day)::date, ${SUMS} FROM dossier_daily_counts GROUP BY 1, 2`,
    )
    .execute(db);

  // Overdue at a cut-off c (open at the period end e ≥ c, original due before c): with receipt ≤ due, that is
  // c in (due, finished] and not finished before e. Only dossiers whose clock runs (accepted, not waiting for a
  // supplement) and that ever passed their due are indexed: a small share of all dossiers.
  await sql`ALTER TABLE dossiers ADD CONSTRAINT dossiers_due_after_received CHECK (original_due_at >= received_at)`.execute(db);
  await sql`
    CREATE INDEX dossiers_overdue_span_idx ON dossiers USING gist (tstzrange(original_due_at, finished_at, '(]')) INCLUDE (handling_unit_id)
    WHERE received_at IS NOT NULL AND original_due_at IS NOT NULL AND (finished_at IS NULL OR finished_at > original_due_at)
      AND status IN ('received','processing','awaiting_payment','done','returned')`.execute(db);
  // The late list: dossiers finished late with a stored class (what the page shows is in the index, so the list is
  // sorted and counted without reading the rows), and the few finished without one.
  await sql
    .raw(
      `CREATE INDEX dossiers_finished_late_idx ON dossiers (finished_at) INCLUDE (handling_unit_id, procedure_id, original_due_at, code, id)
    WHERE timeliness = 'late' AND received_at IS NOT NULL AND status IN (${COUNTED})`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE INDEX dossiers_finished_unclassed_idx ON dossiers (finished_at)
    WHERE timeliness IS NULL AND finished_at IS NOT NULL AND received_at IS NOT NULL AND status IN (${COUNTED})`,
    )
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS dossiers_finished_unclassed_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS dossiers_finished_late_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS dossiers_overdue_span_idx`.execute(db);
  await sql`ALTER TABLE dossiers DROP CONSTRAINT IF EXISTS dossiers_due_after_received`.execute(db);
  await sql`DROP TRIGGER IF EXISTS dossiers_counts_update ON dossiers`.execute(db);
  await sql`DROP TRIGGER IF EXISTS dossiers_counts_insert_delete ON dossiers`.execute(db);
  await sql`DROP FUNCTION IF EXISTS dossier_counts_track()`.execute(db);
  await sql`DROP FUNCTION IF EXISTS dossier_count_rows(uuid, text, text, timestamptz, timestamptz, timestamptz, text, integer)`.execute(db);
  await sql`DROP FUNCTION IF EXISTS dossier_finish_class(text, timestamptz, timestamptz)`.execute(db);
  await sql`DROP FUNCTION IF EXISTS vn_day(timestamptz)`.execute(db);
  await sql`DROP TABLE IF EXISTS dossier_count_deltas`.execute(db);
  await sql`DROP TABLE IF EXISTS dossier_monthly_counts`.execute(db);
  await sql`DROP TABLE IF EXISTS dossier_daily_counts`.execute(db);
  await sql`ALTER TABLE dossiers DROP CONSTRAINT IF EXISTS dossiers_finished_after_received`.execute(db);
}
