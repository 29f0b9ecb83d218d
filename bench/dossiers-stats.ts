// Bench: a province-year of dossiers (default 1,000,000 on PostgreSQL, 200,000 on PGlite; BENCH_DOSSIERS overrides)
// generated with the demo generator, then through the real app over HTTP on 127.0.0.1: the statistics report for the
// whole province and for the busiest unit (sequential requests, p50/p95), the public lookup by code at 200 connections
// and intake (POST /api/dossiers) at 50 connections, both driven by wrk when it is on PATH, else autocannon (wrk.ts).
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { DEMO_PASSWORD } from '../db/seeds/demo';
import type { BenchTarget } from './login-read';
import { drive, findWrk, flatFigures, type LoadFigures, type LoadSpec } from './wrk';
import { canPin, localPostmaster, withPinned } from './cpu-pin';
import { BENCH_YEAR as YEAR, SERVER_SCRIPT, type Ready } from './dossiers-stats-server';

const RUNS = 30;
// 200 citizens each pausing 200 ms on average between an answer and the next lookup: about 1,000 lookups a second,
// far above a province's peak. Shorter pauses after it find the load up to which p95 stays under LOOKUP_P95_MS.
const THINK_MS = [200, 100, 50, 25];
const LOOKUP_P95_MS = 20;
const WARM_SECONDS = 5;
// Intake runs far more code per request than a lookup: in side runs on 1,000,000 dossiers its rate was still climbing
// 15 s into the load (V8's optimising compiler took ~17% of Node's CPU 14–22 s in) and then held (2026-11-26).
const INTAKE_WARM_SECONDS = 20;

/** The bench's flat output (bench/results/dossiers-stats-<engine>.json). */
export type DossiersStatsResult = Record<string, string | number> & { name: 'dossiers-stats'; engine: string };

type Timing = { p50: number; p95: number; max: number };
/** The statistics reports' timings. */
type ReportTimings = Record<
  | 'province'
  | 'bySector'
  | 'oneSector'
  | 'unit'
  | 'late'
  | 'province766'
  | 'unit766'
  | 'differences'
  | 'receivingPoints'
  | 'online'
  | 'apologies',
  Timing
>;
/** The lookup loads: saturated, the database floor (health), and at human paces. */
type LookupFigures = { paths: string[]; lookup: LoadFigures; health: LoadFigures; paced: Array<{ thinkMs: number; figures: LoadFigures }> };
/** The intake load, or why it was not measured. */
type IntakeFigures = { spec: Omit<LoadSpec, 'seconds'>; figures: LoadFigures | null; note: string };

export async function login(url: string, username: string): Promise<Record<string, string>> {
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

export async function timeGets(
  url: string,
  headers: Record<string, string>,
  runs: number,
): Promise<{ p50: number; p95: number; max: number }> {
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
  const { child, ready } = await startServer(target, opts.dossiers);
  const url = `http://127.0.0.1:${ready.port}`;
  try {
    const reports = await timeReports(url, ready);
    const reportFigures = {
      name: 'dossiers-stats' as const,
      engine: target.engine,
      dossiers: ready.dossiers,
      provinceYearP50: reports.province.p50,
      provinceYearP95: reports.province.p95,
      unitYearP95: reports.unit.p95,
      province766P50: reports.province766.p50,
      province766P95: reports.province766.p95,
      unit766P95: reports.unit766.p95,
      differencesP95: reports.differences.p95,
      receivingPointsP95: reports.receivingPoints.p95,
      onlineP95: reports.online.p95,
      apologiesP95: reports.apologies.p95,
    };
    // BENCH_REPORTS_ONLY=1: the statistics reports only (the lookup and intake loads take minutes).
    if (process.env.BENCH_REPORTS_ONLY === '1')
      return { ...reportFigures, generateSeconds: ready.generateSeconds, unitDossiers: ready.unitDossiers };
    const lookups = await measureLookups(url, ready, opts.seconds);
    const intake = await measureIntake(url, ready, opts.seconds);
    const oneCore = await measureOneCore(target, child, ready, { url, lookups, intake, seconds: opts.seconds });
    return {
      ...reportFigures,
      name: 'dossiers-stats',
      engine: target.engine,
      dossiers: ready.dossiers,
      events: ready.events,
      steps: ready.steps,
      appProcesses: ready.workers,
      generateSeconds: ready.generateSeconds,
      foldSeconds: ready.foldSeconds,
      provinceYearP50: reports.province.p50,
      provinceYearP95: reports.province.p95,
      provinceBySectorP95: reports.bySector.p95,
      provinceOneSectorP95: reports.oneSector.p95,
      unitYearP50: reports.unit.p50,
      unitYearP95: reports.unit.p95,
      unitDossiers: ready.unitDossiers,
      lateListP95: reports.late.p95,
      province766P50: reports.province766.p50,
      province766P95: reports.province766.p95,
      unit766P95: reports.unit766.p95,
      differencesP95: reports.differences.p95,
      loadGenerator: lookups.lookup.generator,
      ...flatFigures('lookup', lookups.lookup),
      ...flatFigures('health', lookups.health),
      ...pacedFigures(lookups.paced),
      ...(intake.figures ? flatFigures('intake', intake.figures, 'PerSec') : { intakePerSec: 'not measured', intakeNon2xx: intake.note }),
      ...oneCore,
    };
  } finally {
    child.send('stop');
    await once(child, 'exit');
  }
}

/** Forks the server (bench/dossiers-stats-server.ts) and waits until it has generated the data and listens. */
export async function startServer(target: BenchTarget, dossiers: number): Promise<{ child: ChildProcess; ready: Ready }> {
  const child: ChildProcess = fork(SERVER_SCRIPT, ['--serve'], {
    execArgv: ['--import', 'tsx', '--max-old-space-size=6144'],
    env: { ...process.env, BENCH_TARGET: JSON.stringify(target), BENCH_DOSSIERS: String(dossiers) },
  });
  const [ready] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`bench server exited early (${String(code)})`);
    }),
  ])) as [Ready];
  return { child, ready };
}

/** The year's statistics as a leader reads them: province, by sector, one sector, the busiest unit, the late list. */
async function timeReports(url: string, ready: Ready): Promise<ReportTimings> {
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
  // Decision 766/QĐ-TTg indicator 2.1 (issue #14): the same reports under the other rule set, and the dossiers that differ.
  const province766 = await timeGets(`${url}/api/dossier-stats?unitId=${ready.provinceId}&${period}&rules=decision-766`, leader, RUNS);
  const unit766 = await timeGets(`${url}/api/dossier-stats?unitId=${ready.unitId}&${period}&rules=decision-766`, leader, RUNS);
  const differences = await timeGets(`${url}/api/dossier-stats/differences?unitId=${ready.provinceId}&${period}&limit=50`, leader, 10);
  // Issue #14 point 8: by receiving point, the online-service figures and the apology letters, province-year.
  const receivingPoints = await timeGets(`${url}/api/dossier-stats/receiving-points?unitId=${ready.provinceId}&${period}`, leader, RUNS);
  const online = await timeGets(`${url}/api/dossier-stats/online?unitId=${ready.provinceId}&${period}`, leader, RUNS);
  const apologies = await timeGets(`${url}/api/dossier-stats/apologies?unitId=${ready.provinceId}&${period}`, leader, RUNS);
  return { province, bySector, oneSector, unit, late, province766, unit766, differences, receivingPoints, online, apologies };
}

/** The public lookup by key at 200 connections: saturated, the health floor, then at human paces. */
async function measureLookups(url: string, ready: Ready, seconds: number): Promise<LookupFigures> {
  // A random sampled code and its own X-Forwarded-For address per request (trustProxy: the 30/min limit stays per address).
  const paths = ready.codes.map((c) => `/api/lookup/dossiers/${encodeURIComponent(c)}`);
  // A short unmeasured run first: a server that has just started is still compiling its hot paths (V8's optimising
  // compiler took a sixth of the CPU in the first seconds of intake), which no long-running server pays.
  await drive({ url, connections: 200, seconds: WARM_SECONDS, method: 'GET', paths, ownForwardedFor: true });
  const lookup = await drive({ url, connections: 200, seconds, method: 'GET', paths, ownForwardedFor: true });
  // The floor under any answer that touches the database: one `SELECT 1` per request, same 200 clients that never
  // pause. Its p95 bounds what the lookup can reach read that way (docs/decisions/0004).
  const health = await drive({ url, connections: 200, seconds, method: 'GET', paths: ['/api/health'] });
  // The same 200 clients at a human pace (a pause between an answer and the next lookup): the latency a citizen sees
  // when the server is not saturated, as opposed to the queueing of 200 clients that never pause.
  const paced: Array<{ thinkMs: number; figures: LoadFigures }> = [];
  for (const thinkMs of THINK_MS)
    paced.push({
      thinkMs,
      figures: await drive({ url, connections: 200, seconds, method: 'GET', paths, ownForwardedFor: true, thinkMs }),
    });
  return { paths, lookup, health, paced };
}

/** Intake (POST /api/dossiers) by a one-stop clerk at 50 connections, after a probe and a warm-up. */
async function measureIntake(url: string, ready: Ready, seconds: number): Promise<IntakeFigures> {
  const clerk = await login(url, 'motcua.tinh');
  const body = JSON.stringify({
    procedureId: ready.procedureId,
    channel: 'in_person',
    documentIds: ready.documentIds,
    applicant: { name: 'Nguyễn Văn Đo Tải', idNumber: '066200012345', phone: '0912345678' },
  });
  const probe = await fetch(`${url}/api/dossiers`, { method: 'POST', headers: { ...clerk, 'content-type': 'application/json' }, body });
  const spec: Omit<LoadSpec, 'seconds'> = {
    url,
    connections: 50,
    method: 'POST',
    paths: ['/api/dossiers'],
    headers: { ...clerk, 'content-type': 'application/json' },
    body,
  };
  if (probe.status !== 201)
    return { spec, figures: null, note: `intake probe answered ${probe.status}: ${(await probe.text()).slice(0, 200)}` };
  await drive({ ...spec, seconds: INTAKE_WARM_SECONDS });
  return { spec, figures: await drive({ ...spec, seconds }), note: `probe ${probe.status}` };
}

/** The same loads with one app process, the database and wrk all on one core: how the figures scale with cores. */
async function measureOneCore(
  target: BenchTarget,
  child: ChildProcess,
  ready: Ready,
  m: { url: string; lookups: LookupFigures; intake: IntakeFigures; seconds: number },
): Promise<Record<string, number>> {
  const intake = m.intake.figures;
  const postmaster = target.engine === 'postgres' ? await localPostmaster(target.url) : null;
  if (process.env.BENCH_SCALING === '0' || !intake || !findWrk() || !canPin() || (target.engine !== 'pglite' && !postmaster)) return {};
  if (ready.workers > 1) {
    child.send('single');
    await once(child, 'message');
  }
  let oneCore: Record<string, number> = {};
  // The bench's server process with its cluster workers, and the postmaster with its backends.
  const roots = [child.pid ?? 0, ...(postmaster ? [postmaster] : [])];
  await withPinned(roots, '0', async () => {
    const { url, seconds } = m;
    const lookup1 = await drive({
      url,
      connections: 200,
      seconds,
      method: 'GET',
      paths: m.lookups.paths,
      ownForwardedFor: true,
      cpus: '0',
    });
    const intake1 = await drive({ ...m.intake.spec, seconds, cpus: '0' });
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    oneCore = {
      lookupOneCoreReqPerSec: lookup1.requestsPerSecond,
      lookupOneCoreP95: lookup1.p95 ?? lookup1.p99,
      intakeOneCorePerSec: intake1.requestsPerSecond,
      intakeOneCoreP95: intake1.p95 ?? intake1.p99,
      lookupScaling: ratio(m.lookups.lookup.requestsPerSecond, lookup1.requestsPerSecond),
      intakeScaling: ratio(intake.requestsPerSecond, intake1.requestsPerSecond),
    };
  });
  return oneCore;
}
