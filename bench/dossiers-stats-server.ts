// Server side of the dossiers-stats bench (bench/dossiers-stats.ts forks this file with --serve): generates the
// province-year on the target, prepares it as autovacuum would, then serves the app (or forks cluster workers, each
// run with --worker) until the bench tells it to stop.
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { once } from 'node:events';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { openPglite, openPostgres, type Database } from '../server/infra/database';
import { migrateToLatest } from '../server/infra/migrate';
import { seedDemo } from '../db/seeds/demo';
import { seedDaklakProcedures } from '../db/seeds/procedures-daklak';
import { seedDemoDossiers } from '../db/seeds/dossiers-demo';
import { foldCountDeltas } from '../server/modules/dossier-stats/dossier-stats.counts.repo';
import type { BenchTarget } from './login-read';
import { serveRateLimits, SHARED_RATE_LIMITS_ENV } from '../server/infra/shared-rate-limit';

/** This file, which the bench forks. */
export const SERVER_SCRIPT = fileURLToPath(import.meta.url);
/** The generated year. */
export const BENCH_YEAR = 2025;

/** What the server reports once it listens: where, how many processes, and what it generated. */
export type Ready = {
  port: number;
  workers: number;
  provinceId: string;
  sector: string;
  unitId: string;
  unitName: string;
  unitDossiers: number;
  codes: string[];
  procedureId: string;
  documentIds: string[];
  generateSeconds: number;
  foldSeconds: number;
  dossiers: number;
  events: number;
  steps: number;
};

/** What the measurements need to know about the generated data. */
type LoadFacts = Omit<Ready, 'port' | 'workers' | 'generateSeconds' | 'foldSeconds'>;

type Db = Database['db'];

// Child side: build the province-year, then serve the app until told to stop.
async function serve(): Promise<void> {
  const target = JSON.parse(process.env.BENCH_TARGET ?? '{}') as BenchTarget;
  const count = Number(process.env.BENCH_DOSSIERS);
  const database = target.engine === 'postgres' ? openPostgres(target.url, 20) : await openPglite({ dataDir: target.dataDir });
  const db = database.db;
  const reused = process.env.BENCH_DATABASE_NAME !== undefined && (await hasDossiers(db));
  const units = reused ? await migrateOnly(db) : await seedProvince(db);
  const generateSeconds = reused ? 0 : await generateDossiers(db, count);
  const foldSeconds = await foldAndAnalyse(db);
  const facts = await describeLoad(db, units);
  const workers = workerCount(target);
  const app = workers > 1 ? null : await listen(db, database.kind);
  const forked = workers > 1 ? await forkWorkers(workers) : null;
  const port = forked?.port ?? (app?.server.address() as AddressInfo).port;
  const ready: Ready = { port, workers, generateSeconds, foldSeconds, ...facts };
  process.send?.(ready);
  await stopRequested();
  for (const w of Object.values(cluster.workers ?? {})) w?.kill();
  await app?.close();
  await database.close();
  process.exit(0);
}

/** Migrates, seeds the demo province and its catalogue; returns the current units. */
async function seedProvince(db: Db): Promise<Array<{ id: string; code: string }>> {
  await migrateToLatest(db);
  await seedDemo(db);
  const units = await db.selectFrom('units').select(['id', 'code']).where('validTo', 'is', null).execute();
  await db.transaction().execute((trx) => seedDaklakProcedures(trx, Object.fromEntries(units.map((u) => [u.code, u.id]))));
  return units;
}

/** Whether the database already holds a generated year (BENCH_DATABASE_NAME). */
async function hasDossiers(db: Db): Promise<boolean> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM (SELECT 1 FROM dossiers LIMIT 1) x`.execute(db).catch(() => null);
  return (r?.rows[0]?.n ?? 0) > 0;
}

/** Brings a reused database to the latest migrations; returns the current units. */
async function migrateOnly(db: Db): Promise<Array<{ id: string; code: string }>> {
  await migrateToLatest(db);
  return db.selectFrom('units').select(['id', 'code']).where('validTo', 'is', null).execute();
}

/** Generates the year's dossiers, printing progress every tenth; returns the seconds it took. */
async function generateDossiers(db: Db, count: number): Promise<number> {
  const started = performance.now();
  let shown = 0;
  await seedDemoDossiers(db, {
    count,
    year: BENCH_YEAR,
    referenceDate: new Date(`${BENCH_YEAR + 1}-01-01T00:00:00+07:00`),
    batchSize: 2_000,
    onProgress: (done, total) => {
      if (done - shown >= total / 10 || done === total) {
        shown = done;
        console.log(
          `    ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} dossiers (${Math.round((performance.now() - started) / 1000)} s)`,
        );
      }
    },
  });
  return Math.round((performance.now() - started) / 100) / 10;
}

/** Folds the count deltas and vacuums as autovacuum would after the load; returns the seconds the fold took. */
async function foldAndAnalyse(db: Db): Promise<number> {
  // The app folds the trigger's count deltas every few seconds; here the whole load is folded before measuring.
  const folding = performance.now();
  await foldCountDeltas(db);
  const foldSeconds = Math.round((performance.now() - folding) / 100) / 10;
  await sql`VACUUM ANALYZE dossier_daily_counts`.execute(db);
  await sql`VACUUM ANALYZE dossier_monthly_counts`.execute(db);
  // The fold deleted every delta: as autovacuum does (threshold set by migration 2026112613), before a report scans it.
  await sql`VACUUM ANALYZE dossier_count_deltas`.execute(db);
  // As autovacuum would after a bulk load: statistics for the planner and the visibility map for index-only scans.
  await sql`VACUUM ANALYZE dossiers`.execute(db);
  await sql`VACUUM ANALYZE dossier_steps`.execute(db);
  await sql`ANALYZE dossier_events`.execute(db);
  return foldSeconds;
}

/** The province, the busiest handling unit, 2,000 sampled lookup keys, a province procedure with its documents, the table sizes. */
async function describeLoad(db: Db, units: Array<{ id: string; code: string }>): Promise<LoadFacts> {
  const province = units.find((u) => u.code === '66');
  const busiest = await sql<{ id: string; name: string; n: number }>`
    SELECT d.handling_unit_id AS id, u.name, count(*)::int AS n FROM dossiers d JOIN units u ON u.id = d.handling_unit_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1`.execute(
    db,
  );
  // The public lookup takes the receipt's lookup key (migration 2026120875), so the bench samples keys.
  const codes = await sql<{ code: string }>`SELECT lookup_key AS code FROM dossiers TABLESAMPLE SYSTEM (1) LIMIT 2000`.execute(db);
  const proc = await db
    .selectFrom('procedures')
    .select(['id', 'sector'])
    .where('level', '=', 'province')
    .orderBy('nationalCode')
    .executeTakeFirstOrThrow();
  const docs = await db.selectFrom('procedureDocuments').select('id').where('procedureId', '=', proc.id).execute();
  const sizes = await sql<{
    d: number;
    e: number;
    s: number;
  }>`SELECT (SELECT count(*) FROM dossiers)::int AS d, (SELECT count(*) FROM dossier_events)::int AS e, (SELECT count(*) FROM dossier_steps)::int AS s`.execute(
    db,
  );
  const b = busiest.rows[0];
  return {
    provinceId: province?.id ?? '',
    sector: proc.sector,
    unitId: b?.id ?? '',
    unitName: b?.name ?? '',
    unitDossiers: b?.n ?? 0,
    codes: codes.rows.map((r) => r.code),
    procedureId: proc.id,
    documentIds: docs.map((d) => d.id),
    dossiers: sizes.rows[0]?.d ?? 0,
    events: sizes.rows[0]?.e ?? 0,
    steps: sizes.rows[0]?.s ?? 0,
  };
}

/** How many app processes serve the bench. */
function workerCount(target: BenchTarget): number {
  // On PostgreSQL one app process per core by default, as WORKERS=auto runs the app (server/infra/workers.ts);
  // BENCH_WORKERS=n overrides. PGlite lives in one process.
  const workers = target.engine === 'postgres' ? Number(process.env.BENCH_WORKERS || availableParallelism()) : 1;
  if (!Number.isInteger(workers) || workers < 1)
    throw new Error(`BENCH_WORKERS must be a whole number ≥ 1, got ${process.env.BENCH_WORKERS}`);
  return workers;
}

/** Resolves when the bench says stop (or goes away); on 'single' keeps only the first worker and answers 'single-ok'. */
function stopRequested(): Promise<void> {
  // 'single': keep only the first worker, as WORKERS=auto runs on a one-core machine (for the one-core figures).
  return new Promise<void>((resolve) => {
    process.on('message', (m) => {
      if (m !== 'single') return resolve();
      const [, ...rest] = Object.values(cluster.workers ?? {});
      void Promise.all(rest.map((w) => w && (w.kill(), once(w, 'exit')))).then(() => process.send?.('single-ok'));
    });
    process.once('disconnect', () => resolve());
  });
}

// trustProxy: each lookup carries its own X-Forwarded-For, so the per-address lookup limit does not cap the bench.
async function listen(db: Database['db'], kind: Database['kind']) {
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const app = await buildApp({
    deps: { db, dbKind: kind, config, now: () => new Date(), version: 'bench' },
    webDist: null,
    trustProxy: true,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return app;
}

// Cluster workers that listen on port 0 all get the same port from the primary (node:cluster).
async function forkWorkers(n: number): Promise<{ port: number }> {
  cluster.setupPrimary({ exec: SERVER_SCRIPT, args: ['--worker'], execArgv: ['--import', 'tsx'] });
  // As in production (server/infra/workers.ts): the primary keeps the rate-limit counters of all workers.
  serveRateLimits();
  const started = await Promise.all(
    Array.from({ length: n }, async () => {
      const w = cluster.fork({ [SHARED_RATE_LIMITS_ENV]: '1' });
      const [msg] = (await Promise.race([
        once(w, 'message'),
        once(w, 'exit').then(([code]) => {
          throw new Error(`bench worker exited at start (${String(code)})`);
        }),
      ])) as [{ port: number }];
      return { port: msg.port };
    }),
  );
  return { port: started[0]?.port ?? 0 };
}

// Worker side: the app on the generated database until the primary stops it.
async function work(): Promise<void> {
  const target = JSON.parse(process.env.BENCH_TARGET ?? '{}') as BenchTarget;
  if (target.engine !== 'postgres') throw new Error('workers need PostgreSQL');
  const database = openPostgres(target.url, 10);
  const app = await listen(database.db, database.kind);
  process.send?.({ port: (app.server.address() as AddressInfo).port });
  await once(process, 'disconnect');
  await app.close();
  await database.close();
  process.exit(0);
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly && process.argv.includes('--worker')) {
  work().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
if (invokedDirectly && process.argv.includes('--serve')) {
  serve().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
