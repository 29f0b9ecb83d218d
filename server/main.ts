import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { loadConfig } from './config';
import { buildApp } from './app';
import { openConfiguredDatabase } from './infra/open-database';
import { superviseWorkers, workerCount } from './infra/workers';
import { progressPrinter, seedDemo } from '@db/seeds/demo';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** How long a shutdown waits for requests in flight before cutting their connections. */
const SHUTDOWN_GRACE_MS = 15_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const workers = workerCount(config.WORKERS);
  if (workers > 1 && cluster.isPrimary) {
    // Migrate once here, before any worker serves, so none of them answers on an old schema.
    const database = await openConfiguredDatabase(config);
    await database.close();
    console.log(`CCHC: ${workers} tiến trình / workers on port ${config.PORT} (PostgreSQL)`);
    superviseWorkers(workers, (line) => console.log(line));
    return;
  }
  // A worker's primary migrated before forking it.
  const database = await openConfiguredDatabase(config, { migrate: !cluster.isWorker });
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
  });
  let closing = false;
  const shutdown = async () => {
    // A terminal's Ctrl-C reaches the workers and the primary's SIGTERM follows: close once.
    if (closing) return;
    closing = true;
    // Idle keep-alive connections close at once; requests already received finish and are answered (app.ts). A connection
    // still busy after the grace period is cut, so a stuck client cannot hold the process (the primary waits 20 s).
    const force = setTimeout(() => app.server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    force.unref();
    await app.close();
    clearTimeout(force);
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen({ port: config.PORT, host: config.HOST });
  const worker = cluster.isWorker ? `, worker pid ${process.pid}` : '';
  console.log(
    `CCHC: http://localhost:${config.PORT} (${database.kind === 'pglite' ? `PGlite ${config.CCHC_DATA_DIR}` : 'PostgreSQL'}${worker})`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
