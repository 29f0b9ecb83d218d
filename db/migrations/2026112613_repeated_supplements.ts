import { sql, type Kysely } from 'kysely';

// Issue #4 point 5: one written supplement request per agency (docs/DOMAIN.md §3.3); a second one needs a recorded reason
// and is flagged in the statistics, at the agency that made it (the event's unit). The dossiers action stores it as a
// request_supplement event with data.repeated; this partial index holds only those events with their dossier and unit,
// so the statistics count them without reading the event history or the dossiers.
export async function up(db: Kysely<unknown>): Promise<void> {
  // The count deltas are appended by every dossier write and deleted by the fold every few seconds: vacuum the table
  // after a fixed number of dead rows (not a share of its size), so a report's scan of it never walks dead pages.
  await sql`ALTER TABLE dossier_count_deltas SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000, autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 5000)`.execute(
    db,
  );
  await sql`
    CREATE INDEX dossier_events_repeated_supplement_idx ON dossier_events (at) INCLUDE (dossier_id, unit_id)
    WHERE type = 'request_supplement' AND (data ->> 'repeated') = 'true'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS dossier_events_repeated_supplement_idx`.execute(db);
  await sql`ALTER TABLE dossier_count_deltas RESET (autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold, autovacuum_analyze_scale_factor, autovacuum_analyze_threshold)`.execute(
    db,
  );
}
