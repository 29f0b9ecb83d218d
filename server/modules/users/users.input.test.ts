import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, buildOrg, buildUser, createTestApp, type SignedIn, type TestApp } from '@tests/harness';

const ID = '00000000-0000-4000-8000-000000000001';
const paths = (issues: Array<{ path: string }>) => [...new Set(issues.map((i) => i.path))].sort();

describe.each(ENGINES)('users input on %s', (engine) => {
  let t: TestApp;
  let s: SignedIn;
  let unitId: string;
  let userId: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    const org = await buildOrg(t.database.db);
    const admin = await buildUser(t.database.db, { unitId: org.province.id, roles: ['system_admin'] });
    userId = (await buildUser(t.database.db, { unitId: org.deptA.id })).id;
    unitId = org.deptA.id;
    s = await t.as(admin);
  });
  afterAll(async () => t.close());

  const valid = () => ({ username: `ok_${Math.random().toString(36).slice(2, 8)}`, fullName: 'A', unitId, password: 'mat-khau-du-dai' });

  it.each([
    ['malformed JSON', () => '{"username":', 'application/json', 400, 'VALIDATION_FAILED'],
    [
      'wrong types',
      () => JSON.stringify({ username: 5, fullName: true, unitId: 7, password: 1 }),
      'application/json',
      400,
      'VALIDATION_FAILED',
    ],
    ['unknown fields', () => JSON.stringify({ ...valid(), isAdmin: true }), 'application/json', 400, 'VALIDATION_FAILED'],
    ['oversized body', () => JSON.stringify({ ...valid(), fullName: 'x'.repeat(2_000_000) }), 'application/json', 413, 'PAYLOAD_TOO_LARGE'],
    ['wrong media type', () => 'username=a', 'text/plain', 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ])('POST /api/users rejects %s with the error shape', async (_name, payload, type, status, code) => {
    const res = await s.post('/api/users', payload(), { headers: { 'content-type': type } });
    expect(res.statusCode).toBe(status);
    const body = res.json();
    expect(body.error.code).toBe(code);
    expect(typeof body.error.message).toBe('string');
    expect(Array.isArray(body.error.issues)).toBe(true);
  });

  it('lists every issue of a bad creation body, in Vietnamese first', async () => {
    const res = await s.post('/api/users', {
      username: 'A!',
      fullName: '',
      unitId: 'x',
      password: 'short',
      email: 'nope',
      grants: [{ role: 'god', unitId }],
      extra: 1,
    });
    expect(res.statusCode).toBe(400);
    const issues = res.json().error.issues as Array<{ path: string; message: string }>;
    expect(paths(issues)).toEqual([
      'body',
      'body.email',
      'body.fullName',
      'body.grants.0.role',
      'body.password',
      'body.unitId',
      'body.username',
    ]);
    expect(issues.find((i) => i.path === 'body.password')?.message).toBe(
      'Mật khẩu phải có ít nhất 10 ký tự / password must be at least 10 characters',
    );
    expect(issues.find((i) => i.path.replace(/\.$/, '') === 'body')?.message).toMatch(/extra/);
  });

  it.each([
    ['an empty body', `/api/users/${ID}`, {}],
    ['a password hash', `/api/users/${ID}`, { passwordHash: 'x' }],
    ['a wrong type', `/api/users/${ID}`, { isActive: 'yes' }],
    ['unlock false', `/api/users/${ID}`, { unlock: false }],
    ['a malformed id', '/api/users/not-a-uuid', { fullName: 'A' }],
  ])('PATCH rejects %s with 400', async (_name, url, payload) => {
    const res = await s.patch(url, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });

  it.each([['limit=0'], ['limit=abc'], ['role=god'], ['unitId=123'], ['includeInactive=maybe'], ['userId=1']])(
    'GET /api/users?%s is a 400',
    async (qs) => {
      const res = await s.get(`/api/users?${qs}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.issues[0].path).toMatch(/^querystring/);
    },
  );

  it('rejects bad grant bodies and ids', async () => {
    const bad = await s.post(`/api/users/${userId}/grants`, { role: 'god', unitId: 'x', extra: true });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad.json().error.issues)).toEqual(['body', 'body.role', 'body.unitId']);
    const badId = await s.delete(`/api/users/${userId}/grants/nope`);
    expect(badId.statusCode).toBe(400);
    const missing = await s.get(`/api/users/${ID}`);
    expect(missing.statusCode).toBe(404);
  });
});
