import { sql, type Kysely } from 'kysely';

// The Decision 766 counts read every candidate's class facts (dossier-stats.rules.repo.ts): the two partial indexes of
// migration 2026120860 now carry them all, so a province-year reads the index alone, not one heap page per dossier
// (1,000,000-dossier bench: the candidates' heap visits took most of the report's time). The indexes stay small: about
// 2% of dossiers differ between the rule sets.
const FACTS = 'id, code, status, channel, original_due_at, due_at, extended_due_at, timeliness, supplement_count, clock';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS dossiers_rules_differ_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS dossiers_rules_ended_idx`.execute(db);
  await sql`
    CREATE INDEX dossiers_rules_differ_cover_idx ON dossiers (received_at)
    INCLUDE (handling_unit_id, procedure_id, finished_at, ${sql.raw(FACTS)})
    WHERE received_at IS NOT NULL AND (supplement_count > 1 OR extended_due_at IS NOT NULL)
      AND status IN ('received','processing','supplement_requested','awaiting_payment','done','returned')`.execute(db);
  await sql`
    CREATE INDEX dossiers_rules_ended_cover_idx ON dossiers (updated_at)
    INCLUDE (handling_unit_id, procedure_id, received_at, finished_at, ${sql.raw(FACTS)})
    WHERE received_at IS NOT NULL AND status IN ('withdrawn','stopped')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS dossiers_rules_ended_cover_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS dossiers_rules_differ_cover_idx`.execute(db);
  await sql`
    CREATE INDEX dossiers_rules_differ_idx ON dossiers (received_at) INCLUDE (handling_unit_id, procedure_id, finished_at)
    WHERE received_at IS NOT NULL AND (supplement_count > 1 OR extended_due_at IS NOT NULL)
      AND status IN ('received','processing','supplement_requested','awaiting_payment','done','returned')`.execute(db);
  await sql`
    CREATE INDEX dossiers_rules_ended_idx ON dossiers (updated_at) INCLUDE (handling_unit_id, procedure_id, received_at)
    WHERE received_at IS NOT NULL AND status IN ('withdrawn','stopped')`.execute(db);
}
