import { sql, type Kysely } from 'kysely';

// Issue #14 point 7: the secretariat locks ("chốt số liệu") a period's one-stop statistics for a unit subtree. The lock
// keeps the reports as published (both statistics rule sets, by child unit and by sector) and each counted dossier's
// class under the periodic report, so later changes to those dossiers are listed as adjustments instead of silently
// rewriting the published figures. Published figures never change: only the note may be edited, nothing deleted.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE report_locks (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES units(id),
      period_from date NOT NULL,
      period_to date NOT NULL CHECK (period_to >= period_from),
      locked_at timestamptz NOT NULL,
      locked_by uuid REFERENCES users(id),
      reports jsonb NOT NULL,
      note text,
      UNIQUE (unit_id, period_from, period_to)
    )`.execute(db);
  await sql`CREATE INDEX report_locks_next_idx ON report_locks (unit_id, period_to)`.execute(db);
  await sql`
    CREATE TABLE report_lock_items (
      lock_id uuid NOT NULL REFERENCES report_locks(id),
      dossier_id uuid NOT NULL,
      class text NOT NULL CHECK (class IN ('early','on_time','late','within','overdue')),
      PRIMARY KEY (lock_id, dossier_id)
    )`.execute(db);
  await sql`
    CREATE FUNCTION report_locks_published() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'report_locks' AND NEW.reports = OLD.reports AND NEW.unit_id = OLD.unit_id
        AND NEW.period_from = OLD.period_from AND NEW.period_to = OLD.period_to AND NEW.locked_at = OLD.locked_at
        AND NEW.locked_by IS NOT DISTINCT FROM OLD.locked_by THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'a locked report is published: its figures do not change';
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER report_locks_published BEFORE UPDATE OR DELETE ON report_locks
    FOR EACH ROW EXECUTE FUNCTION report_locks_published()`.execute(db);
  await sql`
    CREATE TRIGGER report_lock_items_published BEFORE UPDATE OR DELETE ON report_lock_items
    FOR EACH ROW EXECUTE FUNCTION report_locks_published()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS report_lock_items`.execute(db);
  await sql`DROP TABLE IF EXISTS report_locks`.execute(db);
  await sql`DROP FUNCTION IF EXISTS report_locks_published()`.execute(db);
}
