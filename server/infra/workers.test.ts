import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { LOOKUP_RATE_LIMIT } from '../modules/lookup';
import { restartDelay, workerCount } from './workers';

describe('workers', () => {
  const policy = { max: 5, windowMs: 60_000, firstDelayMs: 1_000, maxDelayMs: 10_000 };
  it.each([
    [[], 0, 1_000],
    [[1], 10, 2_000],
    [[1, 2, 3], 10, 8_000],
    // The delay stops growing at maxDelayMs.
    [[1, 2, 3, 4], 10, 10_000],
    // A crash loop: max restarts within the window, give up.
    [[1, 2, 3, 4, 5], 10, null],
    // Restarts older than the window no longer count.
    [[1, 2, 3, 4, 5], 60_001 + 5, 1_000],
  ])('after restarts at %o, a death at %d waits %s ms', (restarts, now, expected) => {
    expect(restartDelay(restarts, now, policy)).toBe(expected);
  });

  it('reads auto as one per usable core', () => {
    expect(workerCount(3)).toBe(3);
    expect(workerCount('auto')).toBeGreaterThanOrEqual(1);
  });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const until = async (what: string, ok: () => boolean | Promise<boolean>, ms = 60_000) => {
  const deadline = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

/** A GET on its own TCP connection (no keep-alive), answering the status. */
const getOnNewConnection = (port: number, path: string) =>
  new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false, headers: { connection: 'close' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// The real entry point on the PostgreSQL test database: two workers share the port, a killed worker is replaced,
// SIGTERM stops them all.
describe.runIf(inject('postgresUrl'))('WORKERS=2 on PostgreSQL', () => {
  it('serves from two processes, holds a rate limit across them, replaces a dead one and stops cleanly', async () => {
    const port = await freePort();
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: inject('postgresUrl'),
        WORKERS: '2',
        DATABASE_POOL_SIZE: '2',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    const pids = () => [...out.matchAll(/worker pid (\d+)/g)].map((m) => Number(m[1]));
    try {
      await until('two workers', () => pids().length >= 2);
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
      // Each lookup on a new connection, so the primary hands them to both workers in turn: the limit is the machine's.
      const statuses: number[] = [];
      for (let i = 0; i <= LOOKUP_RATE_LIMIT; i++) statuses.push(await getOnNewConnection(port, '/api/lookup/dossiers/HS-260101-0001'));
      expect(statuses.slice(0, LOOKUP_RATE_LIMIT).every((s) => s === 404)).toBe(true);
      expect(statuses[LOOKUP_RATE_LIMIT]).toBe(429);
      const [first, second] = pids() as [number, number];
      expect(first).not.toBe(second);
      process.kill(first, 'SIGKILL');
      await until('a replacement worker', () => pids().length >= 3);
      expect(out).toContain(`${first} dừng`);
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
      child.kill('SIGTERM');
      const code = await new Promise<number | null>((r) => child.once('exit', r));
      expect(code).toBe(0);
      for (const pid of pids()) expect(alive(pid)).toBe(false);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 120_000);
});
