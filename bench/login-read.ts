// Bench: sign-in and authenticated reads through the real app over HTTP on 127.0.0.1.
// The app runs in a child process (so the load generator does not share its event loop) on the engine
// given by the parent; autocannon drives it from the parent process.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { openPglite, openPostgres } from '../server/infra/database';
import { migrateToLatest } from '../server/infra/migrate';
import { hashPassword } from '../server/infra/passwords';

/** Where a bench runs: the embedded engine in a folder, or a PostgreSQL database. */
export type BenchTarget = { engine: 'pglite'; dataDir: string } | { engine: 'postgres'; url: string };

/** One measured load: requests per second and latency percentiles (ms). */
export type Scenario = {
  name: string;
  method: string;
  path: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
};

/** The bench's output, stored as bench/results/login-read-<engine>.json. */
export type LoginReadResult = { name: 'login-read'; engine: string; users: number; notes: string[]; scenarios: Scenario[] };

const PASSWORD = 'bench-password-1';
const SELF = fileURLToPath(import.meta.url);

// autocannon ships no types; this is the part of its API the bench uses.
type AutocannonRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
type AutocannonResult = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
};
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  requests?: Array<AutocannonRequest & { setupRequest?: (req: AutocannonRequest) => AutocannonRequest }>;
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

// Child side: open and migrate the database, seed the accounts, serve the app until told to stop.
async function serve(): Promise<void> {
  const target = JSON.parse(process.env.BENCH_TARGET ?? '{}') as BenchTarget;
  const users = Number(process.env.BENCH_USERS ?? 1000);
  const database = target.engine === 'postgres' ? openPostgres(target.url) : await openPglite({ dataDir: target.dataDir });
  await migrateToLatest(database.db);
  const unit = await database.db
    .insertInto('units')
    .values({ code: 'BENCH', name: 'Đơn vị đo hiệu năng', kind: 'province', parentId: null, validFrom: '2025-07-01' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const passwordHash = await hashPassword(PASSWORD);
  for (let i = 0; i < users; i += 500) {
    const batch = Array.from({ length: Math.min(500, users - i) }, (_, k) => ({
      username: `bench${i + k}`,
      fullName: `Người dùng ${i + k}`,
      unitId: unit.id,
      passwordHash,
    }));
    const ids = await database.db.insertInto('users').values(batch).returning('id').execute();
    await database.db
      .insertInto('roleGrants')
      .values(ids.map((u) => ({ userId: u.id, role: 'unit_officer', unitId: unit.id })))
      .execute();
  }
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  // trustProxy: each login request carries its own X-Forwarded-For, so the per-IP login limit (20/min) does not cap the bench.
  const app = await buildApp({
    deps: { db: database.db, dbKind: database.kind, config, now: () => new Date(), version: 'bench' },
    webDist: null,
    trustProxy: true,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  process.send?.({ port: (app.server.address() as AddressInfo).port });
  await Promise.race([once(process, 'message'), once(process, 'disconnect')]);
  await app.close();
  await database.close();
  process.exit(0);
}

async function startServer(target: BenchTarget, users: number): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(SELF, ['--serve'], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_TARGET: JSON.stringify(target), BENCH_USERS: String(users) },
  });
  const [message] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`bench server exited early (${String(code)})`);
    }),
  ])) as [{ port: number }];
  return { child, port: message.port };
}

function summarise(name: string, method: string, path: string, connections: number, r: AutocannonResult): Scenario {
  return {
    name,
    method,
    path,
    connections,
    seconds: r.duration,
    requests: r.requests.total,
    requestsPerSecond: Math.round(r.requests.average * 10) / 10,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

/** Seeds `users` accounts, then measures login at concurrency 10, and GET /api/auth/me and /api/health at 10 and 50. */
export async function benchLoginRead(target: BenchTarget, opts: { seconds: number; users: number }): Promise<LoginReadResult> {
  const { child, port } = await startServer(target, opts.users);
  const url = `http://127.0.0.1:${port}`;
  try {
    const scenarios: Scenario[] = [];
    let n = 0;
    const login: AutocannonRequest = { method: 'POST', path: '/api/auth/login', headers: { 'content-type': 'application/json' } };
    const nextLogin = (req: AutocannonRequest): AutocannonRequest => {
      n++;
      const ip = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
      return {
        ...req,
        headers: { ...req.headers, 'x-forwarded-for': ip },
        body: JSON.stringify({ username: `bench${n % opts.users}`, password: PASSWORD }),
      };
    };
    const r = await autocannon({ url, connections: 10, duration: opts.seconds, requests: [{ ...login, setupRequest: nextLogin }] });
    scenarios.push(summarise('login', 'POST', '/api/auth/login', 10, r));

    const res = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.1' },
      body: JSON.stringify({ username: 'bench0', password: PASSWORD }),
    });
    if (!res.ok) throw new Error(`bench login failed: ${res.status} ${await res.text()}`);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    for (const path of ['/api/auth/me', '/api/health']) {
      for (const connections of [10, 50]) {
        const headers: Record<string, string> = path === '/api/auth/me' ? { cookie } : {};
        const result = await autocannon({ url, connections, duration: opts.seconds, requests: [{ method: 'GET', path, headers }] });
        scenarios.push(summarise(`${path === '/api/health' ? 'health' : 'me'}`, 'GET', path, connections, result));
      }
    }
    return {
      name: 'login-read',
      engine: target.engine,
      users: opts.users,
      notes: [
        'Login: argon2id (19 MiB, t=2) verification per request; each request sends its own X-Forwarded-For with trustProxy on, so the 20/min per-IP login limit does not apply.',
        'me: one session cookie; each request reads the session, the user and the grants, then the unit and grants again.',
      ],
      scenarios,
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
