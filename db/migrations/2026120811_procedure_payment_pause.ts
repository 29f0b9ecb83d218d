import { sql, type Kysely } from 'kysely';

// Issue #14 point 5: time waiting for the applicant's financial obligations (status 6, awaiting_payment) is not counted
// where the procedure's own law says so, e.g. land registration under the Land Law 2024 and Decree 101/2024/NĐ-CP
// (docs/DOMAIN.md §10.5). A per-procedure setting of the catalogue, off by default (the clock runs, decision 0003 #2).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE procedures ADD COLUMN payment_pauses_clock boolean NOT NULL DEFAULT false`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE procedures DROP COLUMN IF EXISTS payment_pauses_clock`.execute(db);
}
