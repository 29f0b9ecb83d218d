import { readFileSync } from 'node:fs';
import { loadConfig } from './config';
import { buildApp } from './app';
import { openConfiguredDatabase } from './infra/open-database';
import { progressPrinter, seedDemo } from '@db/seeds/demo';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  // Demo data only on the embedded default's first start; a server database is never seeded implicitly.
  if (database.kind === 'pglite' && database.created) {
    console.log('Khởi tạo dữ liệu mẫu / seeding demo data…');
    const started = Date.now();
    await seedDemo(database.db, { onProgress: progressPrinter() });
    console.log(`Dữ liệu mẫu sẵn sàng / demo data ready (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  const app = await buildApp({
    deps: { db: database.db, dbKind: database.kind, config, now: () => new Date(), version: pkg.version },
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL },
    trustProxy: config.TRUST_PROXY === 'true',
  });
  const shutdown = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen({ port: config.PORT, host: config.HOST });
  console.log(`CCHC: http://localhost:${config.PORT} (${database.kind === 'pglite' ? `PGlite ${config.CCHC_DATA_DIR}` : 'PostgreSQL'})`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
