// Quick timing of the issue #14 point 8 reports (not part of `npm run bench`): a generated province-year, then
// `GET /api/dossier-stats/{receiving-points,online,apologies}` for the province and the periodic report beside them.
// BENCH_DATABASE_URL (PostgreSQL, a fresh database dropped afterwards) or PGlite; BENCH_DOSSIERS (default 200,000).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { BENCH_YEAR as YEAR } from './dossiers-stats-server';
import { login, startServer, timeGets } from './dossiers-stats';
import pg from 'pg';
import type { BenchTarget } from './login-read';

async function withPostgresDatabase<T>(serverUrl: string, fn: (url: string) => Promise<T>): Promise<T> {
  const name = `cchc_bench_extra_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return await fn(url.toString());
  } finally {
    // BENCH_KEEP=1 keeps the database to read the plans afterwards (drop it by hand).
    if (process.env.BENCH_KEEP === '1') console.log(`kept database ${name}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function run(target: BenchTarget, n: number): Promise<void> {
  const { child, ready } = await startServer(target, n);
  try {
    const url = `http://127.0.0.1:${ready.port}`;
    const leader = await login(url, 'lanhdao.tinh');
    const q = `unitId=${ready.provinceId}&from=${YEAR}-01-01&to=${YEAR}-12-31`;
    const out: Record<string, unknown> = { engine: target.engine, dossiers: n };
    for (const [name, path] of [
      ['periodic', `/api/dossier-stats?${q}`],
      ['receivingPoints', `/api/dossier-stats/receiving-points?${q}`],
      ['online', `/api/dossier-stats/online?${q}`],
      ['apologies', `/api/dossier-stats/apologies?${q}`],
      ['receivingPointsQuarter', `/api/dossier-stats/receiving-points?unitId=${ready.provinceId}&from=${YEAR}-10-01&to=${YEAR}-12-31`],
    ] as const)
      out[name] = await timeGets(`${url}${path}`, leader, 10);
    console.log(JSON.stringify(out, null, 2));
  } finally {
    child.send('stop');
    await once(child, 'exit');
  }
}

const n = Number(process.env.BENCH_DOSSIERS ?? 200_000);
const serverUrl = process.env.BENCH_DATABASE_URL;
if (serverUrl) await withPostgresDatabase(serverUrl, (url) => run({ engine: 'postgres', url }, n));
else {
  const dataDir = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
  try {
    await run({ engine: 'pglite', dataDir }, n);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
