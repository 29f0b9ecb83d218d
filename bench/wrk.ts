// HTTP load for the benches: wrk (C, epoll, scripted in Lua) when it is on PATH, autocannon otherwise.
// autocannon runs in Node and, on this 2-core machine, takes a large share of the CPU from the server it measures;
// wrk needs a fraction of that. `BENCH_GENERATOR=autocannon` forces the fallback (to compare the two).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One load scenario, whatever drives it: requests over `connections` keep-alive connections for `seconds`. */
export type LoadSpec = {
  url: string;
  connections: number;
  seconds: number;
  method: 'GET' | 'POST';
  /** Request paths; with several, each request takes one at random. */
  paths: string[];
  headers?: Record<string, string>;
  body?: string;
  /** Each request carries its own X-Forwarded-For address (the app trusts the proxy in the benches). */
  ownForwardedFor?: boolean;
  /** Clients at a human pace: each connection waits this many ms on average (exponentially distributed) between an
   * answer and its next request, instead of sending the next one at once. */
  thinkMs?: number;
  /** Runs wrk on these CPUs only (taskset -c), e.g. "0" for the one-core figures. */
  cpus?: string;
};

/** What a scenario measured; latencies in ms. autocannon has no p95 and wrk no p97.5, so one of them is null. */
export type LoadFigures = {
  generator: string;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p95: number | null;
  p97_5: number | null;
  p99: number;
  /** Answers with status ≥ 400 (wrk) or outside 2xx (autocannon). */
  non2xx: number;
  /** Connection, read, write errors and timeouts. */
  errors: number;
};

// autocannon ships no types; this is the part of its API used here.
type AutocannonRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
type AutocannonResult = {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p97_5: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
};
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  connectionRate?: number;
  requests: Array<AutocannonRequest & { setupRequest?: (req: AutocannonRequest) => AutocannonRequest }>;
}) => Promise<AutocannonResult>;

const WRK_MARK = 'WRK_FIGURES ';
let wrkVersion: string | null | undefined;

/** The wrk on PATH ("wrk debian/4.1.0-3+b2"), or null when there is none or BENCH_GENERATOR=autocannon. */
export function findWrk(): string | null {
  if (process.env.BENCH_GENERATOR === 'autocannon') return null;
  if (wrkVersion === undefined) {
    // `wrk -v` prints its version and usage, then exits with 1.
    const probe = spawnSync('wrk', ['-v'], { encoding: 'utf8' });
    wrkVersion = probe.error ? null : (`${probe.stdout}${probe.stderr}`.split('\n')[0] ?? 'wrk').replace(/\s*\[.*$/, '').trim() || 'wrk';
  }
  return wrkVersion;
}

/** A Lua string literal for any text: bytes outside printable ASCII, quotes and backslashes as `\ddd` escapes. */
export function luaString(text: string): string {
  let out = '"';
  // Always three digits: Lua reads up to three, so "\34" before a digit would swallow it.
  for (const b of Buffer.from(text, 'utf8'))
    out += b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c ? String.fromCharCode(b) : `\\${String(b).padStart(3, '0')}`;
  return `${out}"`;
}

/** The wrk script of a scenario: fixed request, or a Lua `request()` drawing a path and an address per request. */
export function wrkScript(spec: LoadSpec, threads: number): string {
  const lines = [`wrk.method = ${luaString(spec.method)}`];
  for (const [k, v] of Object.entries(spec.headers ?? {})) lines.push(`wrk.headers[${luaString(k)}] = ${luaString(v)}`);
  if (spec.body !== undefined) lines.push(`wrk.body = ${luaString(spec.body)}`);
  lines.push(`wrk.path = ${luaString(spec.paths[0] ?? '/')}`);
  const varies = spec.paths.length > 1 || spec.ownForwardedFor;
  if (varies || spec.thinkMs) {
    lines.push(
      'local created, tid, counter = 0, 0, 0',
      // setup() runs in the main Lua state, once per thread, before the thread's init().
      'function setup(thread) thread:set("tid", created); created = created + 1 end',
      'function init(args) tid = _G.tid or 0; math.randomseed(os.time() + tid * 7919) end',
    );
  }
  // wrk calls delay() before each request of a connection and starts that request's clock only when it is sent, so the
  // pause is not counted in the latency. Exponential pauses: the clients act independently, as citizens do.
  if (spec.thinkMs) lines.push(`function delay() return -math.log(1 - math.random()) * ${spec.thinkMs} end`);
  if (varies) {
    lines.push(
      `local paths = {${spec.paths.map(luaString).join(',\n')}}`,
      'function request()',
      '  counter = counter + 1',
      spec.paths.length > 1 ? '  local path = paths[math.random(#paths)]' : '  local path = wrk.path',
    );
    if (spec.ownForwardedFor) {
      // 10.0.0.0/8 addresses, distinct across threads: 16.7 M of them before one comes back.
      lines.push(
        `  local a = (counter * ${threads} + tid) % 16777216`,
        '  wrk.headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.floor(a / 65536), math.floor(a / 256) % 256, a % 256)',
      );
    }
    lines.push('  return wrk.format(nil, path)', 'end');
  }
  lines.push(
    'function done(summary, latency, requests)',
    '  local e = summary.errors',
    '  local ms = function(p) return latency:percentile(p) / 1000 end',
    `  io.write(string.format(${luaString(`${WRK_MARK}{"requests":%d,"durationUs":%d,"p50":%.3f,"p90":%.3f,"p95":%.3f,"p99":%.3f,"status":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d}\n`)},`,
    '    summary.requests, summary.duration, ms(50), ms(90), ms(95), ms(99), e.status, e.connect, e.read, e.write, e.timeout))',
    'end',
  );
  return `${lines.join('\n')}\n`;
}

type WrkJson = {
  requests: number;
  durationUs: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  status: number;
  connect: number;
  read: number;
  write: number;
  timeout: number;
};

const round = (v: number) => Math.round(v * 100) / 100;

async function runWrk(spec: LoadSpec, version: string): Promise<LoadFigures> {
  const threads = Math.max(1, Math.min(Number(process.env.BENCH_WRK_THREADS ?? 2), spec.connections));
  const dir = mkdtempSync(join(tmpdir(), 'cchc-wrk-'));
  try {
    const script = join(dir, 'scenario.lua');
    writeFileSync(script, wrkScript(spec, threads));
    const args = [`-t${threads}`, `-c${spec.connections}`, `-d${spec.seconds}s`, '--timeout', '10s', '-s', script, spec.url];
    const child = spec.cpus
      ? spawn('taskset', ['-c', spec.cpus, 'wrk', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
    // wrk stops by itself after -d; the timer is only a guard against a hung run.
    const guard = setTimeout(() => child.kill('SIGKILL'), (spec.seconds + 60) * 1000);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(guard);
    const line = out.split('\n').find((l) => l.startsWith(WRK_MARK));
    if (code !== 0 || !line) throw new Error(`wrk ${args.join(' ')} failed (${String(code)}): ${out.slice(-500)}`);
    const w = JSON.parse(line.slice(WRK_MARK.length)) as WrkJson;
    return {
      generator: version,
      requests: w.requests,
      requestsPerSecond: Math.round(w.requests / (w.durationUs / 1e6)),
      p50: round(w.p50),
      p90: round(w.p90),
      p95: round(w.p95),
      p97_5: null,
      p99: round(w.p99),
      non2xx: w.status,
      errors: w.connect + w.read + w.write + w.timeout,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runAutocannon(spec: LoadSpec): Promise<LoadFigures> {
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  let n = 0;
  const base: AutocannonRequest = {
    method: spec.method,
    path: spec.paths[0] ?? '/',
    headers: spec.headers ?? {},
    ...(spec.body !== undefined ? { body: spec.body } : {}),
  };
  const varies = spec.paths.length > 1 || spec.ownForwardedFor;
  const setupRequest = (req: AutocannonRequest): AutocannonRequest => {
    n++;
    const headers = spec.ownForwardedFor
      ? { ...spec.headers, 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` }
      : req.headers;
    return { ...req, path: spec.paths[Math.floor(Math.random() * spec.paths.length)] ?? req.path, ...(headers ? { headers } : {}) };
  };
  const r = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.seconds,
    ...(spec.thinkMs ? { connectionRate: 1000 / spec.thinkMs } : {}),
    requests: [varies ? { ...base, setupRequest } : base],
  });
  return {
    generator: 'autocannon',
    requests: r.requests.total,
    requestsPerSecond: Math.round(r.requests.average),
    p50: r.latency.p50,
    p90: r.latency.p90,
    p95: null,
    p97_5: r.latency.p97_5,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

/** Runs one scenario with wrk when it is on PATH, with autocannon otherwise. */
export async function drive(spec: LoadSpec): Promise<LoadFigures> {
  const version = findWrk();
  if (spec.cpus && !version) throw new Error('pinned load needs wrk (autocannon runs inside the bench process)');
  return version ? runWrk(spec, version) : runAutocannon(spec);
}

/** Flat result fields for a scenario (`<prefix>ReqPerSec`, `<prefix>P50` …); the generator is reported apart. */
export function flatFigures(prefix: string, f: LoadFigures, rateKey = 'ReqPerSec'): Record<string, number> {
  return {
    [`${prefix}${rateKey}`]: f.requestsPerSecond,
    [`${prefix}P50`]: f.p50,
    [`${prefix}P90`]: f.p90,
    ...(f.p95 !== null ? { [`${prefix}P95`]: f.p95 } : {}),
    ...(f.p97_5 !== null ? { [`${prefix}P97_5`]: f.p97_5 } : {}),
    [`${prefix}P99`]: f.p99,
    [`${prefix}Non2xx`]: f.non2xx + f.errors,
  };
}
