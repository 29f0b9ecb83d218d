import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, TEST_PASSWORD, buildOrg, buildUser, createTestApp, type TestApp } from '@tests/harness';

describe.each(ENGINES)('auth on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t.close());

  it('answers health with the database kind', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: engine, version: 'test' });
  });

  it('logs in, reads me with an http-only cookie, and logs out', async () => {
    const org = await buildOrg(t.database.db);
    const user = await buildUser(t.database.db, { unitId: org.deptA.id, roles: ['unit_head'] });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const sessionCookie = login.cookies.find((c) => c.name === 'cchc_session');
    expect(sessionCookie?.httpOnly).toBe(true);
    expect(sessionCookie?.sameSite).toBe('Lax');
    const s = await t.as(user);
    const me = await s.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().permissions).toContain('dossier.approve');
    expect(me.json().grants[0]).toMatchObject({ role: 'unit_head', unitId: org.deptA.id, unitName: 'Sở Nội vụ thử' });
    const noCsrf = await s.post('/api/auth/logout', undefined, { csrf: false });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('CSRF_INVALID');
    const out = await s.post('/api/auth/logout');
    expect(out.statusCode).toBe(200);
    const after = await s.get('/api/auth/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('stores passwords as argon2id', async () => {
    const org = await buildOrg(t.database.db);
    const user = await buildUser(t.database.db, { unitId: org.deptA.id });
    expect(user.passwordHash.startsWith('$argon2id$')).toBe(true);
  });

  it('locks the account after repeated wrong passwords, even for the right one', async () => {
    const org = await buildOrg(t.database.db);
    const user = await buildUser(t.database.db, { unitId: org.deptA.id, roles: ['leader'] });
    for (let i = 0; i < 4; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: 'wrong' } });
      expect(r.statusCode).toBe(401);
    }
    const fifth = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: 'wrong' } });
    expect(fifth.statusCode).toBe(423);
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: TEST_PASSWORD },
    });
    expect(right.statusCode).toBe(423);
    expect(right.json().error.message).toMatch(/khóa/);
    t.clock.now = new Date(t.clock.now.getTime() + 16 * 60_000);
    const later = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: TEST_PASSWORD },
    });
    expect(later.statusCode).toBe(200);
    t.clock.now = new Date();
  });

  it.each([
    ['malformed JSON', '{"username":', 'application/json', 400, 'VALIDATION_FAILED'],
    ['wrong types', JSON.stringify({ username: 5, password: true }), 'application/json', 400, 'VALIDATION_FAILED'],
    ['unknown fields', JSON.stringify({ username: 'a', password: 'b', admin: true }), 'application/json', 400, 'VALIDATION_FAILED'],
    ['oversized body', JSON.stringify({ username: 'a', password: 'x'.repeat(2_000_000) }), 'application/json', 413, 'PAYLOAD_TOO_LARGE'],
    ['wrong media type', 'username=a', 'text/plain', 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ])('rejects %s with the error shape', async (_name, payload, type, status, code) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload, headers: { 'content-type': type } });
    expect(res.statusCode).toBe(status);
    const body = res.json();
    expect(body.error.code).toBe(code);
    expect(typeof body.error.message).toBe('string');
    expect(Array.isArray(body.error.issues)).toBe(true);
  });

  it('lists every issue of a bad body', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 5, password: true } });
    expect(
      res
        .json()
        .error.issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(['body.password', 'body.username']);
  });

  it('answers unknown api routes with a JSON 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });

  it('serves the OpenAPI document and its UI', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.json().paths['/api/auth/login']).toBeDefined();
    const ui = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toMatch(/text\/html/);
  });

  it('rate-limits login attempts from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        // A name of its own each time: five wrong passwords for one name lock that name at this address.
        payload: { username: `nobody-${i}`, password: 'x' },
        remoteAddress: '203.0.113.9',
      });
      statuses.push(r.statusCode);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
