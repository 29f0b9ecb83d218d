import { sql, type Kysely } from 'kysely';
import type { DB } from '@db/types';

/** Every row of every table in `public`, as sorted JSON text per table (time stamps in UTC on every engine). */
export async function tableSnapshot(db: Kysely<DB>): Promise<Record<string, string[]>> {
  return db.transaction().execute(async (trx) => {
    await sql`SET LOCAL TimeZone = 'UTC'`.execute(trx);
    const tables = await sql<{ name: string }>`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`.execute(trx);
    const out: Record<string, string[]> = {};
    for (const { name } of tables.rows) {
      const rows = await sql<{ j: string }>`SELECT to_jsonb(t)::text AS j FROM ${sql.table(name)} t ORDER BY 1`.execute(trx);
      out[name] = rows.rows.map((r) => r.j);
    }
    return out;
  });
}
