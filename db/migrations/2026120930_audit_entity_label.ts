import { sql, type Kysely } from 'kysely';

// Issue #15 point 7: the audit log names each object by its code or name (dossier code, unit name, user's full name
// and account, procedure code and name, period…) and is searched by those words. The label is stored on the row when
// it is written, by a trigger, rather than resolved by joins when the log is read: a page then needs no join per
// kind of object, a search filters one folded column (as dossiers.search_text does: no index serves an infix match
// without pg_trgm, which PGlite lacks), and the label stays what the object was called when it changed. A trigger,
// not each caller, so that the writes done in one SQL statement (counter intake) are labelled too, and so that the
// backfill below uses the very same rule.

const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE audit_log ADD COLUMN entity_label text, ADD COLUMN search_text text NOT NULL DEFAULT ''`.execute(db);
  // A 'YYYY-MM-DD' text as the Vietnamese dd/MM/yyyy; anything else unchanged.
  await sql`
    CREATE FUNCTION audit_vn_day(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
      SELECT CASE WHEN s ~ '^\\d{4}-\\d{2}-\\d{2}$' THEN substr(s, 9, 2) || '/' || substr(s, 6, 2) || '/' || substr(s, 1, 4) ELSE s END
    $f$`.execute(db);
  // The object as the log names it: the row as it stands in this transaction, else what the entry recorded (a deleted
  // calendar day or target, a dossier written in the same statement as its entry). Null for a kind it does not know.
  await sql`
    CREATE FUNCTION audit_entity_label(p_type text, p_id text, p_after jsonb, p_before jsonb) RETURNS text
    LANGUAGE plpgsql STABLE AS $f$
    DECLARE
      uid uuid := CASE WHEN p_id ~ ${sql.lit(UUID)} THEN p_id::uuid END;
      a jsonb := CASE WHEN jsonb_typeof(p_after) = 'object' THEN p_after ELSE '{}'::jsonb END;
      b jsonb := CASE WHEN jsonb_typeof(p_before) = 'object' THEN p_before ELSE '{}'::jsonb END;
    BEGIN
      CASE p_type
        WHEN 'dossier' THEN
          RETURN COALESCE((SELECT code FROM dossiers WHERE id = uid), a->>'code', b->>'code');
        WHEN 'user' THEN
          RETURN (SELECT full_name || ' (' || username || ')' FROM users WHERE id = uid);
        WHEN 'unit' THEN
          RETURN COALESCE((SELECT name FROM units WHERE id = uid), a->>'name', b->>'name');
        WHEN 'procedure' THEN
          RETURN COALESCE((SELECT national_code || ' – ' || name FROM procedures WHERE id = uid),
            (a->>'nationalCode') || ' – ' || (a->>'name'), (b->>'nationalCode') || ' – ' || (b->>'name'));
        WHEN 'counter_outcome' THEN
          RETURN COALESCE((SELECT no::text FROM counter_outcomes WHERE id = uid), a->>'no');
        WHEN 'report_lock' THEN
          RETURN COALESCE(
            (SELECT to_char(period_from, 'DD/MM/YYYY') || ' – ' || to_char(period_to, 'DD/MM/YYYY') FROM report_locks WHERE id = uid),
            audit_vn_day(a->>'from') || ' – ' || audit_vn_day(a->>'to'));
        WHEN 'target' THEN
          RETURN COALESCE((SELECT key || ' – ' || to_char(valid_from, 'DD/MM/YYYY') FROM targets WHERE id = uid),
            (a->>'key') || ' – ' || audit_vn_day(a->>'validFrom'), (b->>'key') || ' – ' || audit_vn_day(b->>'validFrom'));
        WHEN 'calendar_day' THEN
          RETURN COALESCE((SELECT to_char(date, 'DD/MM/YYYY') || ' ' || name FROM calendar_days WHERE id = uid),
            audit_vn_day(a->>'date') || ' ' || (a->>'name'), audit_vn_day(b->>'date') || ' ' || (b->>'name'));
        WHEN 'calendar_year', 'calendar_office_hours' THEN
          RETURN audit_vn_day(p_id);
        ELSE
          RETURN NULL;
      END CASE;
    END $f$`.execute(db);
  // What a search of the log reads, folded as foldVietnamese folds the query: the label, the id, who did it.
  await sql`
    CREATE FUNCTION audit_search_text(p_label text, p_id text, p_username text, p_actor uuid) RETURNS text
    LANGUAGE sql STABLE AS $f$
      SELECT cchc_fold(concat_ws(' ', p_label, p_id, p_username, (SELECT full_name FROM users WHERE id = p_actor)))
    $f$`.execute(db);
  await sql`
    CREATE FUNCTION audit_log_label() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      NEW.entity_label := COALESCE(NEW.entity_label, audit_entity_label(NEW.entity_type, NEW.entity_id, NEW.after, NEW.before));
      NEW.search_text := audit_search_text(NEW.entity_label, NEW.entity_id, NEW.actor_username, NEW.actor_id);
      RETURN NEW;
    END $f$`.execute(db);
  await sql`CREATE TRIGGER audit_log_label BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_label()`.execute(db);
  // Existing entries get their label now. The log refuses UPDATE, so its guard steps aside for this one statement,
  // inside the migration's transaction; the guard is back before any other session can write.
  await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change`.execute(db);
  await sql`
    UPDATE audit_log l SET entity_label = s.label, search_text = audit_search_text(s.label, l.entity_id, l.actor_username, l.actor_id)
    FROM (SELECT id, audit_entity_label(entity_type, entity_id, after, before) AS label FROM audit_log) s
    WHERE s.id = l.id`.execute(db);
  await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER IF EXISTS audit_log_label ON audit_log`.execute(db);
  await sql`DROP FUNCTION IF EXISTS audit_log_label()`.execute(db);
  await sql`DROP FUNCTION IF EXISTS audit_search_text(text, text, text, uuid)`.execute(db);
  await sql`DROP FUNCTION IF EXISTS audit_entity_label(text, text, jsonb, jsonb)`.execute(db);
  await sql`DROP FUNCTION IF EXISTS audit_vn_day(text)`.execute(db);
  await sql`ALTER TABLE audit_log DROP COLUMN IF EXISTS search_text, DROP COLUMN IF EXISTS entity_label`.execute(db);
}
