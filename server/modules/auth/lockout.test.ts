import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ENGINES, TEST_PASSWORD, buildOrg, buildUser, createTestApp, type TestApp } from '@tests/harness';

const ACCOUNT_MAX = 12;

const attempt = (app: FastifyInstance, username: string, password: string, remoteAddress: string) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });

const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

// Issue #16 point 1: every attempt is counted in the database before its password is checked (docs/SECURITY.md).
describe.each(ENGINES)('sign-in lockout under parallel guesses on %s', (engine) => {
  let t: TestApp;
  let second: FastifyInstance;
  beforeAll(async () => {
    // Sign-in requests per address and minute raised from 20, so that the bursts reach the lockout.
    t = await createTestApp(engine, { LOGIN_ACCOUNT_MAX_ATTEMPTS: String(ACCOUNT_MAX), LOGIN_RATE_LIMIT: '1000' });
    second = await t.sibling();
  });
  afterAll(async () => t.close());

  const newUser = async () => {
    const org = await buildOrg(t.db);
    return buildUser(t.db, { unitId: org.deptA.id, roles: ['leader'] });
  };

  it('checks at most 5 of 50 concurrent wrong passwords from one address (two app processes), then refuses the right one', async () => {
    const user = await newUser();
    const burst = await Promise.all(
      Array.from({ length: 50 }, (_, i) => attempt(i % 2 ? second : t.app, user.username, `wrong-${i}`, '203.0.113.50')),
    );
    const statuses = burst.map((r) => r.statusCode);
    // Four wrong passwords answer 401, the fifth sets the lock; the other 45 are refused without a check.
    expect(count(statuses, 401)).toBe(4);
    expect(count(statuses, 423)).toBe(46);
    for (const app of [t.app, second]) {
      const right = await attempt(app, user.username, TEST_PASSWORD, '203.0.113.50');
      expect(right.statusCode).toBe(423);
      expect(right.json().error.code).toBe('ACCOUNT_LOCKED');
    }
  });

  it('refuses the right password sent inside a burst once the lock is set', async () => {
    const user = await newUser();
    const wrong = Array.from({ length: 30 }, (_, i) => attempt(t.app, user.username, `bad-${i}`, '203.0.113.51'));
    const burst = await Promise.all(wrong);
    expect(
      count(
        burst.map((r) => r.statusCode),
        401,
      ),
    ).toBe(4);
    const late = await Promise.all([t.app, second].map((app) => attempt(app, user.username, TEST_PASSWORD, '203.0.113.51')));
    expect(late.map((r) => r.statusCode)).toEqual([423, 423]);
  });

  it('locks the account for every address after the account-wide count, whatever the concurrency', async () => {
    const user = await newUser();
    const burst = await Promise.all(
      Array.from({ length: 50 }, (_, i) => attempt(i % 2 ? second : t.app, user.username, `wrong-${i}`, `198.51.100.${i + 1}`)),
    );
    const statuses = burst.map((r) => r.statusCode);
    expect(count(statuses, 401)).toBe(ACCOUNT_MAX - 1);
    expect(count(statuses, 423)).toBe(50 - (ACCOUNT_MAX - 1));
    const fresh = await attempt(t.app, user.username, TEST_PASSWORD, '192.0.2.200');
    expect(fresh.statusCode).toBe(423);
    const row = await t.db.selectFrom('users').select('lockedUntil').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.lockedUntil).not.toBeNull();
    const audit = await t.db.selectFrom('auditLog').select('action').where('entityId', '=', user.id).execute();
    expect(audit.filter((a) => a.action === 'user.locked')).toHaveLength(1);
  });

  it('does not let one address shut the owner out: another address signs in, and the guesser waits longer each time', async () => {
    const user = await newUser();
    const start = t.clock.now;
    try {
      const guess = async () => (await attempt(t.app, user.username, 'guess', '203.0.113.66')).statusCode;
      const round = async () => Promise.all(Array.from({ length: 5 }, guess));
      expect((await round()).sort()).toEqual([401, 401, 401, 401, 423]);
      const owner = await attempt(second, user.username, TEST_PASSWORD, '192.0.2.10');
      expect(owner.statusCode).toBe(200);
      // The first lock of the pair lasts LOGIN_LOCK_MINUTES (15), the second twice that.
      t.clock.now = new Date(start.getTime() + 16 * 60_000);
      expect((await round()).sort()).toEqual([401, 401, 401, 401, 423]);
      t.clock.now = new Date(start.getTime() + (16 + 20) * 60_000);
      expect(await guess()).toBe(423);
      t.clock.now = new Date(start.getTime() + (16 + 31) * 60_000);
      expect(await guess()).toBe(401);
      expect((await attempt(t.app, user.username, TEST_PASSWORD, '192.0.2.10')).statusCode).toBe(200);
    } finally {
      t.clock.now = start;
    }
  });

  it('answers an unknown name exactly as a known one, lock included', async () => {
    const user = await newUser();
    const run = async (username: string, address: string) => {
      const out: Array<{ status: number; body: string }> = [];
      for (let i = 0; i < 6; i++) {
        const r = await attempt(t.app, username, 'wrong', address);
        out.push({ status: r.statusCode, body: r.body });
      }
      return out;
    };
    const known = await run(user.username, '203.0.113.70');
    const unknown = await run(`nobody-${user.username}`, '203.0.113.71');
    expect(unknown).toEqual(known);
    expect(known.map((r) => r.status)).toEqual([401, 401, 401, 401, 423, 423]);
  });
});
