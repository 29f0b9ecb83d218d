// Bench (issue #16 point 3): `/api/health` while registers are produced. Generates a province-year of dossiers
// (bench/dossiers-stats-server.ts: 200,000 on PGlite, BENCH_DOSSIERS overrides; BENCH_DATABASE_URL: on PostgreSQL,
// 1,000,000 by default), then, as the provincial leader, asks at once for three Excel registers of the whole
// province-year (streamed) and three PDF registers of the busiest unit over the longest period under the PDF cap,
// while a client asks `/api/health` every 20 ms. Prints and stores (bench/results/register-health-<engine>.json): the
// health latencies during the load (p50, p95, max), each register's time and size, the server's peak memory.
// Run: `npm run bench:registers`.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { BenchTarget } from './login-read';
import { login, startServer } from './dossiers-stats';
import { BENCH_YEAR as YEAR } from './dossiers-stats-server';
import { withPostgresDatabase } from './pg-database';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? 0) * 10) / 10;
};

/** Peak resident memory (VmHWM) of a process, in MiB. */
const peakMiB = (pid: number) => Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);

async function fetchTimed(url: string, headers: Record<string, string>): Promise<{ status: number; ms: number; bytes: number }> {
  const t = performance.now();
  const res = await fetch(url, { headers });
  const body = await res.arrayBuffer();
  return { status: res.status, ms: Math.round(performance.now() - t), bytes: body.byteLength };
}

/** The longest period from 1 January whose register of `unitId` stays under the PDF cap (by halving the month count). */
async function pdfPeriod(url: string, headers: Record<string, string>, unitId: string): Promise<string> {
  for (const months of [12, 6, 3, 2, 1]) {
    const to = new Date(Date.UTC(YEAR, months, 0)).toISOString().slice(0, 10);
    const q = `unitId=${unitId}&from=${YEAR}-01-01&to=${to}`;
    const res = await fetch(`${url}/api/dossier-register.pdf?${q}`, { method: 'GET', headers });
    await res.arrayBuffer();
    if (res.status === 200) return q;
  }
  for (const days of [14, 7, 3, 1]) {
    const q = `unitId=${unitId}&from=${YEAR}-01-05&to=${YEAR}-01-${String(4 + days).padStart(2, '0')}`;
    const res = await fetch(`${url}/api/dossier-register.pdf?${q}`, { headers });
    await res.arrayBuffer();
    if (res.status === 200) return q;
  }
  throw new Error('no period fits the PDF cap');
}

async function run(target: BenchTarget, dossiers: number): Promise<Record<string, number | string>> {
  const { child, ready } = await startServer(target, dossiers);
  const url = `http://127.0.0.1:${ready.port}`;
  try {
    const leader = await login(url, 'lanhdao.tinh');
    const pdfQuery = await pdfPeriod(url, leader, ready.unitId);
    const health: number[] = [];
    let loading = true;
    const poll = (async () => {
      while (loading) {
        const t = performance.now();
        await fetch(`${url}/api/health`).then((r) => r.arrayBuffer());
        health.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const started = performance.now();
    const xlsx = [1, 2, 3].map(() =>
      fetchTimed(`${url}/api/dossier-register.xlsx?unitId=${ready.provinceId}&from=${YEAR}-01-01&to=${YEAR}-12-31`, leader),
    );
    const pdf = [1, 2, 3].map(() => fetchTimed(`${url}/api/dossier-register.pdf?${pdfQuery}`, leader));
    const [x, p] = [await Promise.all(xlsx), await Promise.all(pdf)];
    const wallMs = Math.round(performance.now() - started);
    loading = false;
    await poll;
    const tooLarge = await fetch(`${url}/api/dossier-register.pdf?unitId=${ready.provinceId}&from=${YEAR}-01-01&to=${YEAR}-12-31`, {
      headers: leader,
    });
    return {
      name: 'register-health',
      engine: target.engine,
      dossiers: ready.dossiers,
      xlsxStatuses: x.map((r) => r.status).join(' '),
      xlsxMs: Math.max(...x.map((r) => r.ms)),
      xlsxMiB: Math.round((x[0]?.bytes ?? 0) / 2 ** 20),
      pdfQuery,
      pdfStatuses: p.map((r) => r.status).join(' '),
      pdfMs: Math.max(...p.map((r) => r.ms)),
      pdfKiB: Math.round((p[0]?.bytes ?? 0) / 1024),
      wallMs,
      healthSamples: health.length,
      healthP50: pct(health, 50),
      healthP95: pct(health, 95),
      healthMax: pct(health, 100),
      serverPeakMiB: peakMiB(child.pid ?? 0),
      provinceYearPdfStatus: tooLarge.status,
    };
  } finally {
    child.send('stop');
    await once(child, 'exit');
  }
}

async function main(): Promise<void> {
  const machine = {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? '?',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAverageAtStart: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
  const serverUrl = process.env.BENCH_DATABASE_URL;
  let result: Record<string, number | string>;
  if (serverUrl) {
    result = await withPostgresDatabase(serverUrl, (url) =>
      run({ engine: 'postgres', url }, Number(process.env.BENCH_DOSSIERS ?? 1_000_000)),
    );
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
    try {
      result = await run({ engine: 'pglite', dataDir: dir }, Number(process.env.BENCH_DOSSIERS ?? 200_000));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(JSON.stringify(result, null, 2));
  const out = join(import.meta.dirname, 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, `register-health-${String(result.engine)}.json`),
    `${JSON.stringify({ at: new Date().toISOString(), machine, result }, null, 2)}\n`,
  );
}

await main();
