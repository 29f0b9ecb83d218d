import { sql, type Kysely } from 'kysely';

// Issue #14 point 4: procedures resolved within the day of receipt (docs/DOMAIN.md §3.9). A fourth duration unit
// 'same_day' and its cutoff hour 'HH:MM' (Decree 23/2015/NĐ-CP Art. 7: a request received after 15:00 is resolved the
// next working day). The cutoff is set exactly for same-day procedures (the catalogue fills the rule's default, 15:00).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE procedures DROP CONSTRAINT IF EXISTS procedures_duration_unit_check`.execute(db);
  await sql`
    ALTER TABLE procedures
      ADD CONSTRAINT procedures_duration_unit_check
        CHECK (duration_unit IN ('working_day','working_hour','calendar_day','same_day')),
      ADD COLUMN same_day_cutoff text,
      ADD CONSTRAINT procedures_same_day_cutoff_check
        CHECK ((duration_unit = 'same_day') = (same_day_cutoff IS NOT NULL)
               AND (same_day_cutoff IS NULL OR same_day_cutoff ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`UPDATE procedures SET duration_unit = 'working_hour', duration_value = 8 WHERE duration_unit = 'same_day'`.execute(db);
  await sql`
    ALTER TABLE procedures
      DROP CONSTRAINT IF EXISTS procedures_same_day_cutoff_check,
      DROP COLUMN IF EXISTS same_day_cutoff,
      DROP CONSTRAINT IF EXISTS procedures_duration_unit_check`.execute(db);
  await sql`
    ALTER TABLE procedures ADD CONSTRAINT procedures_duration_unit_check
      CHECK (duration_unit IN ('working_day','working_hour','calendar_day'))`.execute(db);
}
