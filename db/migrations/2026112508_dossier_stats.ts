import { sql, type Kysely } from 'kysely';

// Period statistics (docs/DOMAIN.md §6) read, per handling unit, the receipt and finish moments, the original due,
// the class, channel and status of every dossier received before the period end. A covering index lets PostgreSQL
// answer the report from the index alone (index-only scan) instead of the wide dossier rows.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX dossiers_stats_idx ON dossiers (handling_unit_id, received_at)
    INCLUDE (finished_at, original_due_at, timeliness, channel, status, procedure_id)
    WHERE received_at IS NOT NULL`.execute(db);
  // Late list: steps that lost the time, by dossier.
  await sql`CREATE INDEX dossier_steps_late_idx ON dossier_steps (dossier_id, position) WHERE timeliness = 'late'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS dossier_steps_late_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS dossiers_stats_idx`.execute(db);
}
