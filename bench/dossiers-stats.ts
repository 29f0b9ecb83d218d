// Bench: a province-year of dossiers (default 1,000,000 on PostgreSQL, 200,000 on PGlite; BENCH_DOSSIERS overrides)
// generated with the demo generator, then through the real app over HTTP on 127.0.0.1: the statistics report for the
// whole province and for the busiest unit (sequential requests, p50/p95), the public lookup by code at 200 connections
// and intake (POST /api/dossiers) at 50 connections, both driven by wrk when it is on PATH, else autocannon (wrk.ts).
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { openPglite, openPostgres } from '../server/infra/database';
import { migrateToLatest } from '../server/infra/migrate';
import { DEMO_PASSWORD, seedDemo } from '../db/seeds/demo';
import { seedDaklakProcedures } from '../db/seeds/procedures-daklak';
import { seedDemoDossiers } from '../db/seeds/dossiers-demo';
import { foldCountDeltas } from '../server/modules/dossier-stats/dossier-stats.counts';
import type { BenchTarget } from './login-read';
import { drive, flatFigures, type LoadFigures } from './wrk';

const SELF = fileURLToPath(import.meta.url);
const YEAR = 2025;
const RUNS = 30;
const PACED_LOOKUPS = 1_000;
const WARM_SECONDS = 5;

type Ready = { port: number; provinceId: string; sector: string; unitId: string; unitName: string; unitDossiers: number; codes: string[]; procedureId: string; documentIds: string[]; generateSeconds: number; foldSeconds: number; dossiers: number; events: number; steps: number };

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
        console.log(`    ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} dossiers (${Math.round((performance.now() - started) / 1000)} s)`);
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
    SELECT d.handling_unit_id AS id, u.name, count(*)::int AS n FROM dossiers d JOIN units u ON u.id = d.handling_unit_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1`.execute(db);
  const codes = await sql<{ code: string }>`SELECT code FROM dossiers TABLESAMPLE SYSTEM (1) LIMIT 2000`.execute(db);
  const proc = await db.selectFrom('procedures').select(['id', 'sector']).where('level', '=', 'province').orderBy('nationalCode').executeTakeFirstOrThrow();
  const docs = await db.selectFrom('procedureDocuments').select('id').where('procedureId', '=', proc.id).execute();
  const sizes = await sql<{ d: number; e: number; s: number }>`SELECT (SELECT count(*) FROM dossiers)::int AS d, (SELECT count(*) FROM dossier_events)::int AS e, (SELECT count(*) FROM dossier_steps)::int AS s`.execute(db);
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  // trustProxy: each lookup carries its own X-Forwarded-For, so the per-address lookup limit does not cap the bench.
  const app = await buildApp({ deps: { db, dbKind: database.kind, config, now: () => new Date(), version: 'bench' }, webDist: null, trustProxy: true });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const b = busiest.rows[0];
  const ready: Ready = {
    port: (app.server.address() as AddressInfo).port,
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
  await Promise.race([once(process, 'message'), once(process, 'disconnect')]);
  await app.close();
  await database.close();
  process.exit(0);
}

async function login(url: string, username: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': `192.0.2.${Math.floor(Math.random() * 200)}` }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  if (!res.ok) throw new Error(`bench login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
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

/** Generates the province-year on the target, then measures the report, the lookup and intake. */
export async function benchDossiersStats(target: BenchTarget, opts: { dossiers: number; seconds: number }): Promise<DossiersStatsResult> {
  const child: ChildProcess = fork(SELF, ['--serve'], { execArgv: ['--import', 'tsx', '--max-old-space-size=6144'], env: { ...process.env, BENCH_TARGET: JSON.stringify(target), BENCH_DOSSIERS: String(opts.dossiers) } });
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
    const oneSector = await timeGets(`${url}/api/dossier-stats?unitId=${ready.provinceId}&${period}&sector=${encodeURIComponent(ready.sector)}`, leader, RUNS);
    const unit = await timeGets(`${url}/api/dossier-stats?unitId=${ready.unitId}&${period}`, leader, RUNS);
    const late = await timeGets(`${url}/api/dossier-stats/late?unitId=${ready.provinceId}&${period}&limit=50`, leader, 10);

    // A random sampled code and its own X-Forwarded-For address per request (trustProxy: the 30/min limit stays per address).
    const lookupPaths = ready.codes.map((c) => `/api/lookup/dossiers/${encodeURIComponent(c)}`);
    // A short unmeasured run first: a server that has just started is still compiling its hot paths (V8's optimising
    // compiler took a sixth of the CPU in the first seconds of intake), which no long-running server pays.
    await drive({ url, connections: 200, seconds: WARM_SECONDS, method: 'GET', paths: lookupPaths, ownForwardedFor: true });
    const lookup = await drive({ url, connections: 200, seconds: opts.seconds, method: 'GET', paths: lookupPaths, ownForwardedFor: true });
    // The same 200 clients at a paced 1,000 lookups a second in all (far above a province's peak): the latency a citizen
    // sees when the server is not saturated, as opposed to the queueing of 200 clients that never pause.
    const paced = await drive({ url, connections: 200, seconds: opts.seconds, method: 'GET', paths: lookupPaths, ownForwardedFor: true, rate: PACED_LOOKUPS });

    const clerk = await login(url, 'motcua.tinh');
    const body = JSON.stringify({ procedureId: ready.procedureId, channel: 'in_person', documentIds: ready.documentIds, applicant: { name: 'Nguyễn Văn Đo Tải', idNumber: '066200012345', phone: '0912345678' } });
    const probe = await fetch(`${url}/api/dossiers`, { method: 'POST', headers: { ...clerk, 'content-type': 'application/json' }, body });
    let intake: LoadFigures | null = null;
    let intakeNote = `probe ${probe.status}`;
    if (probe.status === 201) {
      const spec = { url, connections: 50, method: 'POST' as const, paths: ['/api/dossiers'], headers: { ...clerk, 'content-type': 'application/json' }, body };
      await drive({ ...spec, seconds: WARM_SECONDS });
      intake = await drive({ ...spec, seconds: opts.seconds });
    }
    else intakeNote = `intake probe answered ${probe.status}: ${(await probe.text()).slice(0, 200)}`;

    return {
      name: 'dossiers-stats',
      engine: target.engine,
      dossiers: ready.dossiers,
      events: ready.events,
      steps: ready.steps,
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
      ...flatFigures(`lookupAt${PACED_LOOKUPS}`, paced),
      ...(intake ? flatFigures('intake', intake, 'PerSec') : { intakePerSec: 'not measured', intakeNon2xx: intakeNote }),
    };
  } finally {
    child.send('stop');
    await once(child, 'exit');
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly && process.argv.includes('--serve')) {
  serve().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
