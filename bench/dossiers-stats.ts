// Bench: a province-year of dossiers (default 1,000,000 on PostgreSQL, 200,000 on PGlite; BENCH_DOSSIERS overrides)
// generated with the demo generator, then through the real app over HTTP on 127.0.0.1: the statistics report for the
// whole province and for the busiest unit (sequential requests, p50/p95), the public lookup by code at 200 connections
// and intake (POST /api/dossiers) at 50 connections, both driven by wrk when it is on PATH, else autocannon (wrk.ts).
import { fork, type ChildProcess } from 'node:child_process';
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
import { DEMO_PASSWORD, seedDemo } from '../db/seeds/demo';
import { seedDaklakProcedures } from '../db/seeds/procedures-daklak';
import { seedDemoDossiers } from '../db/seeds/dossiers-demo';
import { foldCountDeltas } from '../server/modules/dossier-stats/dossier-stats.counts.repo';
import type { BenchTarget } from './login-read';
import { drive, findWrk, flatFigures, type LoadFigures, type LoadSpec } from './wrk';
import { canPin, localPostmaster, withPinned } from './cpu-pin';
import { serveRateLimits, SHARED_RATE_LIMITS_ENV } from '../server/infra/shared-rate-limit';

const SELF = fileURLToPath(import.meta.url);
const YEAR = 2025;
const RUNS = 30;
// 200 citizens each pausing 200 ms on average between an answer and the next lookup: about 1,000 lookups a second,
// far above a province's peak. Shorter pauses after it find the load up to which p95 stays under LOOKUP_P95_MS.
const THINK_MS = [200, 100, 50, 25];
const LOOKUP_P95_MS = 20;
const WARM_SECONDS = 5;
// Intake runs far more code per request than a lookup: in side runs on 1,000,000 dossiers its rate was still climbing
// 15 s into the load (V8's optimising compiler took ~17% of Node's CPU 14–22 s in) and then held (2026-11-26).
const INTAKE_WARM_SECONDS = 20;

type Ready = {
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

/** The bench's flat output (bench/results/dossiers-stats-<engine>.json). */
export type DossiersStatsResult = Record<string, string | number> & { name: 'dossiers-stats'; engine: string };

// Child side: build the province-year, then serve the app until told to stop.
async function serve(): Promise<void> {
  const target = JSON.parse(process.env.BENCH_TARGET ?? '{}') as BenchTarget;
  const count = Number(process.env.BENCH_DOSSIERS);
  const database = target.engine === 'postgres' ? openPostgres(target.url, 20) : await openPglite({ dataDir: target.dataDir });
  const db = database.db;
  await migrateToLatest(db);
  await seedDemo(db);
  const units = await db.selectFrom('units').select(['id', 'code']).where('validTo', 'is', null).execute();
  await db.transaction().execute((trx) => seedDaklakProcedures(trx, Object.fromEntries(units.map((u) => [u.code, u.id]))));
  const started = performance.now();
  let shown = 0;
  await seedDemoDossiers(db, {
    count,
    year: YEAR,
    referenceDate: new Date(`${YEAR + 1}-01-01T00:00:00+07:00`),
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
  const generateSeconds = Math.round((performance.now() - started) / 100) / 10;
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
  const province = units.find((u) => u.code === '66');
  const busiest = await sql<{ id: string; name: string; n: number }>`
    SELECT d.handling_unit_id AS id, u.name, count(*)::int AS n FROM dossiers d JOIN units u ON u.id = d.handling_unit_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1`.execute(
    db,
  );
  const codes = await sql<{ code: string }>`SELECT code FROM dossiers TABLESAMPLE SYSTEM (1) LIMIT 2000`.execute(db);
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
  // On PostgreSQL one app process per core by default, as WORKERS=auto runs the app (server/infra/workers.ts);
  // BENCH_WORKERS=n overrides. PGlite lives in one process.
  const workers = target.engine === 'postgres' ? Number(process.env.BENCH_WORKERS || availableParallelism()) : 1;
  if (!Number.isInteger(workers) || workers < 1)
    throw new Error(`BENCH_WORKERS must be a whole number ≥ 1, got ${process.env.BENCH_WORKERS}`);
  const app = workers > 1 ? null : await listen(db, database.kind);
  const forked = workers > 1 ? await forkWorkers(workers) : null;
  const b = busiest.rows[0];
  const ready: Ready = {
    port: forked?.port ?? (app?.server.address() as AddressInfo).port,
    workers,
    provinceId: province?.id ?? '',
    sector: proc.sector,
    unitId: b?.id ?? '',
    unitName: b?.name ?? '',
    unitDossiers: b?.n ?? 0,
    codes: codes.rows.map((r) => r.code),
    procedureId: proc.id,
    documentIds: docs.map((d) => d.id),
    generateSeconds,
    foldSeconds,
    dossiers: sizes.rows[0]?.d ?? 0,
    events: sizes.rows[0]?.e ?? 0,
    steps: sizes.rows[0]?.s ?? 0,
  };
  process.send?.(ready);
  // 'single': keep only the first worker, as WORKERS=auto runs on a one-core machine (for the one-core figures).
  const stop = new Promise<void>((resolve) => {
    process.on('message', (m) => {
      if (m !== 'single') return resolve();
      const [, ...rest] = Object.values(cluster.workers ?? {});
      void Promise.all(rest.map((w) => w && (w.kill(), once(w, 'exit')))).then(() => process.send?.('single-ok'));
    });
    process.once('disconnect', () => resolve());
  });
  await stop;
  for (const w of Object.values(cluster.workers ?? {})) w?.kill();
  await app?.close();
  await database.close();
  process.exit(0);
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
  cluster.setupPrimary({ exec: SELF, args: ['--worker'], execArgv: ['--import', 'tsx'] });
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

async function login(url: string, username: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `192.0.2.${Math.floor(Math.random() * 200)}` },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`bench login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0) * 10) / 10;
};

async function timeGets(url: string, headers: Record<string, string>, runs: number): Promise<{ p50: number; p95: number; max: number }> {
  for (let i = 0; i < 3; i++) await fetch(url, { headers }).then((r) => r.arrayBuffer());
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    ms.push(performance.now() - t);
  }
  return { p50: pct(ms, 50), p95: pct(ms, 95), max: pct(ms, 100) };
}

/** The paced lookups: the first pace in full, the others' rate and p95, and the highest rate whose p95 met the target. */
export function pacedFigures(runs: ReadonlyArray<{ thinkMs: number; figures: LoadFigures }>): Record<string, number> {
  const [first, ...rest] = runs;
  if (!first) return {};
  // autocannon (the fallback) gives no p95: its p97.5 stands in, stricter, and the field says so.
  const tail = (f: LoadFigures): [string, number] => (f.p95 !== null ? ['P95', f.p95] : ['P97_5', f.p97_5 ?? f.p99]);
  const within = runs.filter((r) => r.figures.non2xx + r.figures.errors === 0 && tail(r.figures)[1] < LOOKUP_P95_MS);
  return {
    lookupPacedThinkMs: first.thinkMs,
    ...flatFigures('lookupPaced', first.figures),
    ...Object.fromEntries(
      rest.flatMap((r) => [
        [`lookupThink${r.thinkMs}ReqPerSec`, r.figures.requestsPerSecond],
        [`lookupThink${r.thinkMs}${tail(r.figures)[0]}`, tail(r.figures)[1]],
      ]),
    ),
    [`lookupReqPerSecWithinP95_${LOOKUP_P95_MS}ms`]: Math.max(0, ...within.map((r) => r.figures.requestsPerSecond)),
  };
}

/** Generates the province-year on the target, then measures the report, the lookup and intake. */
export async function benchDossiersStats(target: BenchTarget, opts: { dossiers: number; seconds: number }): Promise<DossiersStatsResult> {
  const child: ChildProcess = fork(SELF, ['--serve'], {
    execArgv: ['--import', 'tsx', '--max-old-space-size=6144'],
    env: { ...process.env, BENCH_TARGET: JSON.stringify(target), BENCH_DOSSIERS: String(opts.dossiers) },
  });
  const [ready] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`bench server exited early (${String(code)})`);
    }),
  ])) as [Ready];
  const url = `http://127.0.0.1:${ready.port}`;
  try {
    const leader = await login(url, 'lanhdao.tinh');
    const period = `from=${YEAR}-01-01&to=${YEAR}-12-31`;
    const province = await timeGets(`${url}/api/dossier-stats?unitId=${ready.provinceId}&${period}`, leader, RUNS);
    const bySector = await timeGets(`${url}/api/dossier-stats?unitId=${ready.provinceId}&${period}&groupBy=sector`, leader, RUNS);
    const oneSector = await timeGets(
      `${url}/api/dossier-stats?unitId=${ready.provinceId}&${period}&sector=${encodeURIComponent(ready.sector)}`,
      leader,
      RUNS,
    );
    const unit = await timeGets(`${url}/api/dossier-stats?unitId=${ready.unitId}&${period}`, leader, RUNS);
    const late = await timeGets(`${url}/api/dossier-stats/late?unitId=${ready.provinceId}&${period}&limit=50`, leader, 10);

    // A random sampled code and its own X-Forwarded-For address per request (trustProxy: the 30/min limit stays per address).
    const lookupPaths = ready.codes.map((c) => `/api/lookup/dossiers/${encodeURIComponent(c)}`);
    // A short unmeasured run first: a server that has just started is still compiling its hot paths (V8's optimising
    // compiler took a sixth of the CPU in the first seconds of intake), which no long-running server pays.
    await drive({ url, connections: 200, seconds: WARM_SECONDS, method: 'GET', paths: lookupPaths, ownForwardedFor: true });
    const lookup = await drive({ url, connections: 200, seconds: opts.seconds, method: 'GET', paths: lookupPaths, ownForwardedFor: true });
    // The floor under any answer that touches the database: one `SELECT 1` per request, same 200 clients that never
    // pause. Its p95 bounds what the lookup can reach read that way (docs/decisions/0004).
    const health = await drive({ url, connections: 200, seconds: opts.seconds, method: 'GET', paths: ['/api/health'] });
    // The same 200 clients at a human pace (a pause between an answer and the next lookup): the latency a citizen sees
    // when the server is not saturated, as opposed to the queueing of 200 clients that never pause.
    const paced: Array<{ thinkMs: number; figures: LoadFigures }> = [];
    for (const thinkMs of THINK_MS)
      paced.push({
        thinkMs,
        figures: await drive({
          url,
          connections: 200,
          seconds: opts.seconds,
          method: 'GET',
          paths: lookupPaths,
          ownForwardedFor: true,
          thinkMs,
        }),
      });

    const clerk = await login(url, 'motcua.tinh');
    const body = JSON.stringify({
      procedureId: ready.procedureId,
      channel: 'in_person',
      documentIds: ready.documentIds,
      applicant: { name: 'Nguyễn Văn Đo Tải', idNumber: '066200012345', phone: '0912345678' },
    });
    const probe = await fetch(`${url}/api/dossiers`, { method: 'POST', headers: { ...clerk, 'content-type': 'application/json' }, body });
    let intake: LoadFigures | null = null;
    let intakeNote = `probe ${probe.status}`;
    const intakeSpec: Omit<LoadSpec, 'seconds'> = {
      url,
      connections: 50,
      method: 'POST',
      paths: ['/api/dossiers'],
      headers: { ...clerk, 'content-type': 'application/json' },
      body,
    };
    if (probe.status === 201) {
      await drive({ ...intakeSpec, seconds: INTAKE_WARM_SECONDS });
      intake = await drive({ ...intakeSpec, seconds: opts.seconds });
    } else intakeNote = `intake probe answered ${probe.status}: ${(await probe.text()).slice(0, 200)}`;

    // The same loads with one app process, the database and wrk all on one core: how the figures scale with cores.
    let oneCore: Record<string, number> = {};
    const postmaster = target.engine === 'postgres' ? await localPostmaster(target.url) : null;
    if (process.env.BENCH_SCALING !== '0' && intake && findWrk() && canPin() && (target.engine === 'pglite' || postmaster)) {
      if (ready.workers > 1) {
        child.send('single');
        await once(child, 'message');
      }
      // The bench's server process with its cluster workers, and the postmaster with its backends.
      const roots = [child.pid ?? 0, ...(postmaster ? [postmaster] : [])];
      await withPinned(roots, '0', async () => {
        const lookup1 = await drive({
          url,
          connections: 200,
          seconds: opts.seconds,
          method: 'GET',
          paths: lookupPaths,
          ownForwardedFor: true,
          cpus: '0',
        });
        const intake1 = await drive({ ...intakeSpec, seconds: opts.seconds, cpus: '0' });
        const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
        oneCore = {
          lookupOneCoreReqPerSec: lookup1.requestsPerSecond,
          lookupOneCoreP95: lookup1.p95 ?? lookup1.p99,
          intakeOneCorePerSec: intake1.requestsPerSecond,
          intakeOneCoreP95: intake1.p95 ?? intake1.p99,
          lookupScaling: ratio(lookup.requestsPerSecond, lookup1.requestsPerSecond),
          intakeScaling: ratio(intake.requestsPerSecond, intake1.requestsPerSecond),
        };
      });
    }

    return {
      name: 'dossiers-stats',
      engine: target.engine,
      dossiers: ready.dossiers,
      events: ready.events,
      steps: ready.steps,
      appProcesses: ready.workers,
      generateSeconds: ready.generateSeconds,
      foldSeconds: ready.foldSeconds,
      provinceYearP50: province.p50,
      provinceYearP95: province.p95,
      provinceBySectorP95: bySector.p95,
      provinceOneSectorP95: oneSector.p95,
      unitYearP50: unit.p50,
      unitYearP95: unit.p95,
      unitDossiers: ready.unitDossiers,
      lateListP95: late.p95,
      loadGenerator: lookup.generator,
      ...flatFigures('lookup', lookup),
      ...flatFigures('health', health),
      ...pacedFigures(paced),
      ...(intake ? flatFigures('intake', intake, 'PerSec') : { intakePerSec: 'not measured', intakeNon2xx: intakeNote }),
      ...oneCore,
    };
  } finally {
    child.send('stop');
    await once(child, 'exit');
  }
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
