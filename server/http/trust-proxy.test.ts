import { describe, expect, it } from 'vitest';
import { createTestApp } from '@tests/harness';
import { loadConfig } from '../config';

// Issue #16 point 2: the client address comes from the socket, or from X-Forwarded-For only as far as TRUST_PROXY
// trusts the proxies that wrote it; a client's own left-most entry is never taken unless TRUST_PROXY=true.
type Case = { trust: string; socket: string; forwarded: (forged: string) => string; client: string };

const CASES: Array<[string, Case]> = [
  ['no proxy trusted', { trust: 'false', socket: '203.0.113.7', forwarded: (f) => f, client: '203.0.113.7' }],
  ['one hop', { trust: '1', socket: '10.0.0.1', forwarded: (f) => `${f}, 198.51.100.20`, client: '198.51.100.20' }],
  ['two hops', { trust: '2', socket: '10.0.0.1', forwarded: (f) => `${f}, 198.51.100.21, 10.0.0.2`, client: '198.51.100.21' }],
  ['a proxy address', { trust: '10.0.0.1', socket: '10.0.0.1', forwarded: (f) => `${f}, 198.51.100.22`, client: '198.51.100.22' }],
  [
    'a list of CIDRs',
    { trust: '10.0.0.0/8, 127.0.0.1', socket: '10.0.0.1', forwarded: (f) => `${f}, 198.51.100.23, 10.9.9.9`, client: '198.51.100.23' },
  ],
  ['a proxy list, reached directly', { trust: '10.0.0.1', socket: '203.0.113.8', forwarded: (f) => f, client: '203.0.113.8' }],
];

const logged = (lines: string[]) =>
  lines
    .map((l) => JSON.parse(l) as { msg?: string; route?: string; client?: string })
    .filter((l) => l.msg === 'request' && l.route === '/api/auth/login')
    .map((l) => l.client);

describe('client address behind proxies (TRUST_PROXY)', () => {
  it.each(CASES)('%s: forged X-Forwarded-For entries change neither the rate-limit key nor the logged address', async (_n, c) => {
    const log: string[] = [];
    const t = await createTestApp('pglite', { TRUST_PROXY: c.trust, LOGIN_RATE_LIMIT: '3', LOG_CLIENT_ADDRESS: 'full' }, { log });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const forged = `192.0.2.${i + 1}`;
        const r = await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: `who-${i}`, password: 'x' },
          remoteAddress: c.socket,
          headers: { 'x-forwarded-for': c.forwarded(forged) },
        });
        statuses.push(r.statusCode);
      }
      // One client, whatever it wrote: the fourth request is over the limit of three.
      expect(statuses).toEqual([401, 401, 401, 429]);
      expect(logged(log)).toEqual([c.client, c.client, c.client, c.client]);
    } finally {
      await t.close();
    }
  });

  it('takes the left-most entry only when TRUST_PROXY is explicitly true', async () => {
    const log: string[] = [];
    const t = await createTestApp('pglite', { TRUST_PROXY: 'true', LOG_CLIENT_ADDRESS: 'full' }, { log });
    try {
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'who', password: 'x' },
        remoteAddress: '10.0.0.1',
        headers: { 'x-forwarded-for': '192.0.2.99, 198.51.100.20' },
      });
      expect(logged(log)).toEqual(['192.0.2.99']);
    } finally {
      await t.close();
    }
  });

  it.each([
    ['false', false],
    ['0', false],
    ['true', true],
    ['1', 1],
    ['10.0.0.1', ['10.0.0.1']],
    ['10.0.0.0/8, fd00::/8,loopback', ['10.0.0.0/8', 'fd00::/8', 'loopback']],
  ])('reads TRUST_PROXY=%s', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).TRUST_PROXY).toEqual(expected);
  });

  it.each(['yes', 'TRUE', '1.2.3', '10.0.0.0/33', '10.0.0.1,,', '99'])('refuses TRUST_PROXY=%s', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY: false, true, a number of proxy hops/);
  });
});
