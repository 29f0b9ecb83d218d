import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pacedFigures } from './dossiers-stats';
import { drive, findWrk, wrkScript, type LoadFigures } from './wrk';

const figures = (requestsPerSecond: number, p95: number, non2xx = 0): LoadFigures => ({
  generator: 'wrk',
  requests: requestsPerSecond * 10,
  requestsPerSecond,
  p50: p95 / 2,
  p90: p95,
  p95,
  p97_5: null,
  p99: p95 * 2,
  non2xx,
  errors: 0,
});

describe('wrkScript', () => {
  const base = { url: 'http://127.0.0.1:1', connections: 10, seconds: 1, method: 'GET' as const, paths: ['/a'] };

  it('pauses each connection for an exponential think time only when asked', () => {
    expect(wrkScript(base, 2)).not.toContain('function delay()');
    const paced = wrkScript({ ...base, thinkMs: 200 }, 2);
    expect(paced).toContain('function delay() return -math.log(1 - math.random()) * 200 end');
    // The generator is seeded per thread even when the request itself never varies.
    expect(paced).toContain('math.randomseed');
    expect(paced).not.toContain('function request()');
  });

  it('draws a path and an address per request when the scenario varies', () => {
    const s = wrkScript({ ...base, paths: ['/a', '/b'], ownForwardedFor: true, thinkMs: 50 }, 2);
    expect(s).toContain('function request()');
    expect(s).toContain('X-Forwarded-For');
    expect(s).toContain('* 50 end');
  });
});

describe('pacedFigures', () => {
  it.each([
    {
      name: 'every pace within the target',
      runs: [
        [200, 1_000, 3],
        [100, 1_900, 8],
        [50, 3_700, 17],
      ],
      best: 3_700,
    },
    {
      name: 'the fastest pace misses it',
      runs: [
        [200, 1_000, 3],
        [100, 1_900, 12],
        [50, 3_000, 45],
      ],
      best: 1_900,
    },
    {
      name: 'none within it',
      runs: [
        [200, 900, 30],
        [100, 950, 60],
      ],
      best: 0,
    },
  ])('$name', ({ runs, best }) => {
    const r = pacedFigures(runs.map(([thinkMs, rps, p95]) => ({ thinkMs: thinkMs!, figures: figures(rps!, p95!) })));
    expect(r.lookupPacedThinkMs).toBe(runs[0]![0]);
    expect(r.lookupPacedReqPerSec).toBe(runs[0]![1]);
    expect(r.lookupPacedP95).toBe(runs[0]![2]);
    expect(r[`lookupThink${runs[1]![0]}P95`]).toBe(runs[1]![2]);
    expect(r.lookupReqPerSecWithinP95_20ms).toBe(best);
  });

  it('names the percentile it used when the generator gives no p95 (autocannon: p97.5)', () => {
    const ac = (rps: number, p97_5: number): LoadFigures => ({ ...figures(rps, 0), generator: 'autocannon', p95: null, p97_5 });
    const r = pacedFigures([
      { thinkMs: 200, figures: ac(1_000, 12) },
      { thinkMs: 100, figures: ac(1_800, 30) },
    ]);
    expect(r.lookupThink100P97_5).toBe(30);
    expect(r.lookupThink100P95).toBeUndefined();
    expect(r.lookupReqPerSecWithinP95_20ms).toBe(1_000);
  });

  it('does not count a run with failed answers as within the target', () => {
    const r = pacedFigures([{ thinkMs: 200, figures: figures(1_000, 3, 5) }]);
    expect(r.lookupReqPerSecWithinP95_20ms).toBe(0);
  });
});

describe.skipIf(!findWrk())('wrk think time (live, against a local server)', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((_req, res) => res.end('ok'));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('holds 4 clients pausing 100 ms to about 40 requests a second, against thousands without the pause', async () => {
    const paced = await drive({ url, connections: 4, seconds: 2, method: 'GET', paths: ['/'], thinkMs: 100 });
    const flat = await drive({ url, connections: 4, seconds: 2, method: 'GET', paths: ['/'] });
    // Loose bounds: this checks the pause works, not how fast the machine is.
    expect(paced.requestsPerSecond).toBeGreaterThan(10);
    expect(paced.requestsPerSecond).toBeLessThan(120);
    expect(flat.requestsPerSecond).toBeGreaterThan(5 * paced.requestsPerSecond);
    expect(paced.non2xx + paced.errors).toBe(0);
  });
});
