// `npm run bench`: runs every benchmark on PGlite (a temporary folder) and, when BENCH_DATABASE_URL is set,
// on a fresh PostgreSQL database created there and dropped afterwards. Writes bench/results/<name>-<engine>.json
// and rewrites the results table in bench/README.md between its markers.
// Environment: BENCH_DATABASE_URL, BENCH_SECONDS (per scenario, default 10), BENCH_USERS (default 1000),
// BENCH_DOSSIERS (dossiers-stats: default 200,000 on PGlite, 1,000,000 on PostgreSQL), BENCH_ONLY (one bench's name),
// BENCH_ENGINE (pglite or postgres: one engine only).
// `npm run bench -- --readme-only` rewrites the table from the stored results without running anything.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchLoginRead, type BenchTarget, type LoginReadResult } from './login-read';
import { benchDossiersStats } from './dossiers-stats';
import { withPostgresDatabase } from './pg-database';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const RESULTS = join(HERE, 'results');
const README = join(HERE, 'README.md');
const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

type Machine = { node: string; cpus: number; cpuModel: string; memoryGiB: number; loadAverageAtStart: number };
type Stored = { at: string; machine: Machine; result: unknown };

// The 1-minute load average when the run started: other work on the machine skews the figures.
const LOAD_AT_START = Math.round((loadavg()[0] ?? 0) * 10) / 10;
const machine = (): Machine => ({
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model.trim() ?? '?',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  loadAverageAtStart: LOAD_AT_START,
});

function store(file: string, result: unknown): void {
  mkdirSync(RESULTS, { recursive: true });
  const stored: Stored = { at: new Date().toISOString(), machine: machine(), result };
  writeFileSync(join(RESULTS, file), `${JSON.stringify(stored, null, 2)}\n`);
  console.log(`  → bench/results/${file}`);
}

async function withPgliteFolder<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const cell = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));

function renderTable(): string {
  const files = existsSync(RESULTS)
    ? readdirSync(RESULTS)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  const http: string[] = [];
  const other: string[] = [];
  const hosts = new Set<string>();
  for (const f of files) {
    const stored = JSON.parse(readFileSync(join(RESULTS, f), 'utf8')) as Stored;
    hosts.add(`Node ${stored.machine.node}, ${stored.machine.memoryGiB} GiB`);
    // Machines of one kind here differ in CPU (and about 2× in speed), so every row names its own.
    const when = `${stored.at.slice(0, 10)} (load ${stored.machine.loadAverageAtStart ?? '?'}; ${stored.machine.cpus} × ${stored.machine.cpuModel})`;
    const r = stored.result as Partial<LoginReadResult> & Record<string, unknown>;
    if (Array.isArray(r.scenarios)) {
      for (const s of r.scenarios) {
        http.push(
          `| ${r.name} | ${r.engine} | ${s.method} ${s.path} | ${s.connections} | ${cell(s.requestsPerSecond)} | ${cell(s.p50)} | ${cell(s.p99)} | ${s.non2xx + s.errors} | ${when} |`,
        );
      }
    } else {
      const figures = Object.entries(r)
        .filter(([k]) => k !== 'name')
        .map(([k, v]) => `${k}: ${typeof v === 'number' ? v.toLocaleString('en-US') : String(v)}`);
      other.push(`| ${String(r.name ?? f.replace(/\.json$/, ''))} | ${figures.join(', ')} | ${when} |`);
    }
  }
  const lines = [
    START,
    '',
    `Máy đo / machine: ${[...hosts].join('; ') || '—'}; each row gives its date, the 1-minute load average when the run started, and the CPUs.`,
    '',
  ];
  if (http.length) {
    lines.push(
      '| Bench | Engine | Request | Connections | Req/s | p50 ms | p99 ms | Non-2xx + errors | Date |',
      '|---|---|---|---:|---:|---:|---:|---:|---|',
      ...http,
      '',
    );
  }
  if (other.length) lines.push('| Bench | Figures | Date |', '|---|---|---|', ...other, '');
  lines.push(END);
  return lines.join('\n');
}

/** Rewrites the results table of bench/README.md from bench/results (`npm run bench -- --readme-only`). */
function updateReadme(): void {
  const table = renderTable();
  const current = existsSync(README) ? readFileSync(README, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  const next =
    from >= 0 && to > from ? `${current.slice(0, from)}${table}${current.slice(to + END.length)}` : `${current.trimEnd()}\n\n${table}\n`;
  writeFileSync(README, next);
  console.log('  → bench/README.md');
}

async function main(): Promise<void> {
  if (process.argv.includes('--readme-only')) {
    updateReadme();
    return;
  }
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const users = Number(process.env.BENCH_USERS ?? 1000);
  const serverUrl = process.env.BENCH_DATABASE_URL;

  const runOn = async (target: BenchTarget) => {
    console.log(`login-read on ${target.engine} (${seconds} s per scenario, ${users} accounts)…`);
    const result = await benchLoginRead(target, { seconds, users });
    for (const s of result.scenarios)
      console.log(
        `  ${s.method} ${s.path} ×${s.connections}: ${s.requestsPerSecond} req/s, p50 ${s.p50} ms, p99 ${s.p99} ms, non-2xx ${s.non2xx}`,
      );
    store(`login-read-${target.engine}.json`, result);
  };
  const only = process.env.BENCH_ONLY;
  const wanted = (name: string) => !only || only === name;
  // BENCH_ENGINE=pglite|postgres: one engine only (the other's figures stay as they were).
  const engineWanted = (engine: string) => !process.env.BENCH_ENGINE || process.env.BENCH_ENGINE === engine;
  if (wanted('login-read')) {
    if (engineWanted('pglite')) await withPgliteFolder((dir) => runOn({ engine: 'pglite', dataDir: dir }));
    if (serverUrl && engineWanted('postgres')) await withPostgresDatabase(serverUrl, (url) => runOn({ engine: 'postgres', url }));
    else console.log('BENCH_DATABASE_URL chưa đặt: bỏ qua PostgreSQL / not set: PostgreSQL skipped.');
  }
  if (wanted('dossiers-stats')) {
    const runStats = async (target: BenchTarget, dossiers: number) => {
      console.log(`dossiers-stats on ${target.engine} (${dossiers.toLocaleString('en-US')} dossiers)…`);
      const result = await benchDossiersStats(target, { dossiers, seconds });
      console.log(`  ${JSON.stringify(result)}`);
      // BENCH_REPORTS_ONLY=1 measures the reports alone: stored apart so the full run's figures stay.
      store(`dossiers-stats${process.env.BENCH_REPORTS_ONLY === '1' ? '-reports' : ''}-${target.engine}.json`, result);
    };
    const n = process.env.BENCH_DOSSIERS ? Number(process.env.BENCH_DOSSIERS) : undefined;
    if (engineWanted('pglite')) await withPgliteFolder((dir) => runStats({ engine: 'pglite', dataDir: dir }, n ?? 200_000));
    if (serverUrl && engineWanted('postgres'))
      await withPostgresDatabase(serverUrl, (url) => runStats({ engine: 'postgres', url }, n ?? 1_000_000));
  }

  // Engine-independent benches run once, when their file exists.
  if (wanted('calendar-due-dates') && existsSync(join(HERE, 'calendar-due-dates.ts'))) {
    console.log('calendar-due-dates…');
    const mod = (await import(pathToFileURL(join(HERE, 'calendar-due-dates.ts')).href)) as {
      benchCalendarDueDates: () => Promise<Record<string, unknown>>;
    };
    const result = await mod.benchCalendarDueDates();
    console.log(`  ${JSON.stringify(result)}`);
    store('calendar-due-dates.json', result);
  }
  updateReadme();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
