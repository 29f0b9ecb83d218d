import type { Config } from '../config';
import { openPglite, openPostgres, type Database } from './database';
import { migrateToLatest } from './migrate';

/** Opens the configured database (server when DATABASE_URL is set, else embedded) and migrates it (unless told not to: a worker whose primary already did). */
export async function openConfiguredDatabase(config: Config, opts: { migrate?: boolean } = {}): Promise<Database & { created: boolean }> {
  const database = config.DATABASE_URL
    ? openPostgres(config.DATABASE_URL, config.DATABASE_POOL_SIZE)
    : await openPglite({ dataDir: config.CCHC_DATA_DIR });
  if (opts.migrate === false) return { ...database, created: false };
  try {
    const before = await database.db
      .selectFrom('information_schema.tables' as never)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('table_name' as never, '=', 'units' as never)
      .executeTakeFirstOrThrow();
    await migrateToLatest(database.db);
    return { ...database, created: Number(before.n) === 0 };
  } catch (e) {
    await database.close();
    throw e;
  }
}
