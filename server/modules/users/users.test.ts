import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ENGINES, TEST_PASSWORD, buildOrg, buildUnit, buildUser, createTestApp, type TestApp } from '@tests/harness';

const NEW_PASSWORD = 'mat-khau-moi-2026';
const uname = (p: string) => `${p}_${Math.random().toString(36).slice(2, 10)}`;

describe.each(ENGINES)('users on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t.close());

  /** An organisation with a province-wide system administrator signed in. */
  async function world() {
    const org = await buildOrg(t.db);
    const s = await t.as('system_admin', { unit: org.province });
    return { org, admin: s.user, s };
  }

  const auditOf = (entityId: string) =>
    t.database.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entityType', '=', 'user')
      .where('entityId', '=', entityId)
      .orderBy('id')
      .execute();

  it('creates an account that can sign in and sees only its own subtree', async () => {
    const { org, admin, s } = await world();
    const outsider = await buildUser(t.database.db, { unitId: org.deptB.id });
    const username = uname('can_bo');
    const res = await s.post('/api/users', {
      username: username.toUpperCase(),
      fullName: 'Trần Thị Bình',
      email: 'binh@example.vn',
      unitId: org.deptA.id,
      password: NEW_PASSWORD,
      grants: [{ role: 'system_admin', unitId: org.deptA.id }],
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      username,
      fullName: 'Trần Thị Bình',
      unitId: org.deptA.id,
      unitName: 'Sở Nội vụ thử',
      isActive: true,
      lockedUntil: null,
    });
    expect(created.grants).toEqual([expect.objectContaining({ role: 'system_admin', unitId: org.deptA.id, canRevoke: true })]);
    expect(created.abilities).toEqual(expect.arrayContaining(['user.read', 'user.update', 'user.manageRoles']));
    expect(JSON.stringify(created)).not.toMatch(/passwordHash|argon2/);
    const stored = await t.database.db.selectFrom('users').select('passwordHash').where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(stored.passwordHash.startsWith('$argon2id$')).toBe(true);

    const mine = await t.as({ username }, { password: NEW_PASSWORD });
    const list = await mine.get('/api/users?limit=500');
    expect(list.statusCode).toBe(200);
    const items = list.json().items as Array<{ id: string; unitId: string }>;
    expect(items.map((u) => u.id)).toContain(created.id);
    expect(items.every((u) => u.unitId === org.deptA.id)).toBe(true);
    for (const [method, url, payload] of [
      ['GET', `/api/users/${outsider.id}`, undefined],
      ['PATCH', `/api/users/${outsider.id}`, { fullName: 'X' }],
      ['POST', `/api/users/${outsider.id}/grants`, { role: 'leader', unitId: org.deptA.id }],
      ['GET', `/api/users/${admin.id}`, undefined],
    ] as const) {
      const r = await mine.request(method, url, payload);
      expect(r.statusCode, `${method} ${url}`).toBe(404);
      expect(r.json().error.code).toBe('NOT_FOUND');
    }
    const seenByAdmin = await s.get(`/api/users/${outsider.id}`);
    expect(seenByAdmin.statusCode).toBe(200);
    expect(seenByAdmin.json().abilities).toContain('user.update');

    const audit = await auditOf(created.id);
    expect(audit.map((a) => a.action)).toEqual(['user.create', 'user.grantRole', 'session.login']);
    expect(audit[0]).toMatchObject({ actorId: admin.id, unitId: org.deptA.id, before: null });
    expect(audit[0]?.after).toMatchObject({ username, fullName: 'Trần Thị Bình', unitId: org.deptA.id });
    expect(JSON.stringify(audit[0]?.after)).not.toMatch(/argon2|passwordHash|mat-khau/);
  });

  it('refuses a taken username whatever its case, and a unit outside the creator scope', async () => {
    const { org, s } = await world();
    const existing = await buildUser(t.database.db, { unitId: org.deptA.id });
    const dup = await s.post('/api/users', {
      username: existing.username.toUpperCase(),
      fullName: 'A',
      unitId: org.deptA.id,
      password: NEW_PASSWORD,
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('USER_USERNAME_EXISTS');

    const deptAdmin = await buildUser(t.database.db, { unitId: org.deptA.id, roles: ['system_admin'] });
    const ds = await t.as(deptAdmin);
    const elsewhere = await buildOrg(t.database.db);
    for (const unitId of [org.deptB.id, org.province.id, elsewhere.deptA.id, '00000000-0000-4000-8000-000000000000']) {
      const r = await ds.post('/api/users', { username: uname('x'), fullName: 'A', unitId, password: NEW_PASSWORD });
      expect(r.statusCode).toBe(404);
      expect(r.json().error.issues[0]).toMatchObject({ path: 'body.unitId', code: 'UNIT_NOT_FOUND' });
    }
  });

  it('writes nothing, not even the audit entry, when a later step of a creation fails', async () => {
    const { org, s } = await world();
    const username = uname('half');
    // The user row and its audit entry are written, then the second identical grant hits the unique index.
    const res = await s.post('/api/users', {
      username,
      fullName: 'A',
      unitId: org.deptA.id,
      password: NEW_PASSWORD,
      grants: [
        { role: 'leader', unitId: org.deptA.id },
        { role: 'leader', unitId: org.deptA.id },
      ],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'GRANT_EXISTS', issues: [expect.objectContaining({ path: 'body.grants.1' })] });
    const users = await t.database.db.selectFrom('users').select('id').where('username', '=', username).execute();
    expect(users).toEqual([]);
    const rows = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE after->>'username' = ${username}`.execute(
      t.database.db,
    );
    expect(rows.rows[0]?.n).toBe(0);
  });

  it('updates profile fields and audits only what changed, before and after', async () => {
    const { org, admin, s } = await world();
    const user = await buildUser(t.database.db, { unitId: org.deptA.id });
    const res = await s.patch(`/api/users/${user.id}`, {
      fullName: 'Lê Văn Cường',
      email: 'cuong@example.vn',
      title: 'Chuyên viên',
      phone: null,
      unitId: org.deptB.id,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      fullName: 'Lê Văn Cường',
      email: 'cuong@example.vn',
      title: 'Chuyên viên',
      phone: null,
      unitId: org.deptB.id,
      unitName: 'Sở Tư pháp thử',
    });
    const [entry] = await auditOf(user.id);
    expect(entry).toMatchObject({ action: 'user.update', actorId: admin.id, unitId: org.deptB.id });
    expect(entry?.before).toEqual({ fullName: 'Người dùng thử', email: null, title: null, unitId: org.deptA.id });
    expect(entry?.after).toEqual({ fullName: 'Lê Văn Cường', email: 'cuong@example.vn', title: 'Chuyên viên', unitId: org.deptB.id });

    const same = await s.patch(`/api/users/${user.id}`, { fullName: 'Lê Văn Cường' });
    expect(same.statusCode).toBe(200);
    expect(await auditOf(user.id)).toHaveLength(1);
  });

  it('keeps a moved account inside the mover scope', async () => {
    const { org } = await world();
    const deptAdmin = await buildUser(t.database.db, { unitId: org.deptA.id, roles: ['system_admin'] });
    const ds = await t.as(deptAdmin);
    const sub = await buildUnit(t.database.db, { parentId: org.deptA.id, name: 'Phòng thử' });
    const user = await buildUser(t.database.db, { unitId: org.deptA.id });
    const out = await ds.patch(`/api/users/${user.id}`, { unitId: org.deptB.id });
    expect(out.statusCode).toBe(404);
    expect(out.json().error.code).toBe('UNIT_NOT_FOUND');
    const down = await ds.patch(`/api/users/${user.id}`, { unitId: sub.id });
    expect(down.statusCode).toBe(200);
    expect(down.json().unitName).toBe('Phòng thử');
  });

  it('deactivating ends the account sessions; reactivating lets it sign in again', async () => {
    const { org, s, admin } = await world();
    const user = await buildUser(t.database.db, { unitId: org.deptA.id, roles: ['leader'] });
    const us = await t.as(user);
    expect((await us.get('/api/auth/me')).statusCode).toBe(200);
    const off = await s.patch(`/api/users/${user.id}`, { isActive: false });
    expect(off.statusCode).toBe(200);
    expect(off.json().isActive).toBe(false);
    expect((await us.get('/api/auth/me')).statusCode).toBe(401);
    await expect(t.as(user)).rejects.toThrow(/401/);
    const sessions = await t.database.db.selectFrom('sessions').select('id').where('userId', '=', user.id).execute();
    expect(sessions).toEqual([]);

    const hidden = await s.get(`/api/users?limit=500`);
    expect(hidden.json().items.map((u: { id: string }) => u.id)).not.toContain(user.id);
    const shown = await s.get(`/api/users?includeInactive=true&limit=500`);
    expect(shown.json().items.map((u: { id: string }) => u.id)).toContain(user.id);

    const on = await s.patch(`/api/users/${user.id}`, { isActive: true });
    expect(on.statusCode).toBe(200);
    await t.as(user);

    const self = await s.patch(`/api/users/${admin.id}`, { isActive: false });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.code).toBe('USER_SELF_DEACTIVATE');
  });

  it('resets a password (ending sessions) and unlocks a locked account', async () => {
    const { org, s, admin } = await world();
    const user = await buildUser(t.database.db, { unitId: org.deptA.id, roles: ['leader'] });
    const us = await t.as(user);
    const reset = await s.patch(`/api/users/${user.id}`, { password: NEW_PASSWORD });
    expect(reset.statusCode).toBe(200);
    expect((await us.get('/api/auth/me')).statusCode).toBe(401);
    await t.as(user, { password: NEW_PASSWORD });
    const [entry] = (await auditOf(user.id)).filter((a) => a.action === 'user.update');
    expect(entry?.after).toEqual({ password: '[redacted]' });

    // LOGIN_ACCOUNT_MAX_ATTEMPTS (20) wrong passwords from any addresses lock the account.
    for (let i = 0; i < 20; i++)
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: user.username, password: 'wrong' },
        remoteAddress: `10.9.9.${i + 1}`,
      });
    const locked = await s.get(`/api/users/${user.id}`);
    expect(locked.json().lockedUntil).not.toBeNull();
    const unlock = await s.patch(`/api/users/${user.id}`, { unlock: true });
    expect(unlock.statusCode).toBe(200);
    expect(unlock.json().lockedUntil).toBeNull();
    await t.as(user, { password: NEW_PASSWORD });

    const own = await s.patch(`/api/users/${admin.id}`, { password: NEW_PASSWORD });
    expect(own.statusCode).toBe(400);
    expect(own.json().error.code).toBe('USER_SELF_PASSWORD_RESET');
  });

  it('changes the own password with the current one, keeping this session and ending the others', async () => {
    const org = await buildOrg(t.database.db);
    const user = await buildUser(t.database.db, { unitId: org.deptA.id });
    const here = await t.as(user);
    const there = await t.as(user);
    const url = '/api/users/me/password';
    const wrong = await here.post(url, { currentPassword: 'not-it', newPassword: NEW_PASSWORD });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({
      code: 'USER_WRONG_PASSWORD',
      issues: [expect.objectContaining({ path: 'body.currentPassword' })],
    });
    const short = await here.post(url, { currentPassword: TEST_PASSWORD, newPassword: 'ngan' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.issues[0].message).toMatch(/Mật khẩu phải có ít nhất 10 ký tự/);
    const ok = await here.post(url, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(ok.statusCode).toBe(200);
    expect((await here.get('/api/auth/me')).statusCode).toBe(200);
    expect((await there.get('/api/auth/me')).statusCode).toBe(401);
    await t.as(user, { password: NEW_PASSWORD });
    expect((await auditOf(user.id)).map((a) => a.action)).toContain('user.changePassword');
    const noSession = await t.anon.post(url, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(noSession.statusCode).toBe(401);
  });

  it('rate-limits guessing the current password', async () => {
    const org = await buildOrg(t.database.db);
    const user = await buildUser(t.database.db, { unitId: org.deptA.id });
    const us = await t.as(user);
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await us.post('/api/users/me/password', { currentPassword: `guess-${i}`, newPassword: NEW_PASSWORD });
      codes.push(r.statusCode);
    }
    expect(codes).toEqual([400, 400, 400, 400, 400, 429]);
  });

  it('filters the list by text without diacritics, unit, subtree, role and pages it', async () => {
    const { org, s } = await world();
    const sub = await buildUnit(t.database.db, { parentId: org.deptA.id, name: 'Phòng con' });
    const a = await buildUser(t.database.db, { unitId: org.deptA.id, roles: ['unit_head'] });
    const b = await buildUser(t.database.db, { unitId: sub.id, roles: ['unit_officer'] });
    await t.database.db.updateTable('users').set({ fullName: 'Nguyễn Văn Ánh' }).where('id', '=', b.id).execute();
    const get = async (qs: string) => {
      const r = await s.get(`/api/users?${qs}`);
      expect(r.statusCode, r.body).toBe(200);
      return r.json() as { items: Array<{ id: string }>; total: number };
    };
    const ids = (r: { items: Array<{ id: string }> }) => r.items.map((u) => u.id).sort();
    expect(ids(await get(`q=nguyen%20van%20anh&unitId=${org.deptA.id}&includeSubunits=true`))).toEqual([b.id]);
    expect(ids(await get(`unitId=${org.deptA.id}`))).toEqual([a.id]);
    expect(ids(await get(`unitId=${org.deptA.id}&includeSubunits=true`))).toEqual([a.id, b.id].sort());
    expect(ids(await get(`role=unit_officer&unitId=${org.deptA.id}&includeSubunits=true`))).toEqual([b.id]);
    expect(ids(await get(`unitId=${org.deptA.id}&includeSubunits=true&q=&role=`))).toEqual([a.id, b.id].sort());
    const page = await get(`unitId=${org.deptA.id}&includeSubunits=true&limit=1&offset=1`);
    expect(page.total).toBe(2);
    expect(page.items).toHaveLength(1);
  });

  it('answers 401 without a session and 403 without the permission', async () => {
    const org = await buildOrg(t.database.db);
    const target = await buildUser(t.database.db, { unitId: org.deptA.id });
    expect((await t.anon.get('/api/users')).statusCode).toBe(401);
    expect((await t.anon.get('/api/roles')).statusCode).toBe(401);
    const officer = await buildUser(t.database.db, { unitId: org.deptA.id, roles: ['unit_officer'] });
    const os = await t.as(officer);
    for (const [method, url, payload] of [
      ['GET', '/api/users', undefined],
      ['GET', `/api/users/${target.id}`, undefined],
      ['POST', '/api/users', { username: 'abc', fullName: 'A', unitId: org.deptA.id, password: NEW_PASSWORD }],
      ['PATCH', `/api/users/${target.id}`, { fullName: 'B' }],
      ['POST', `/api/users/${target.id}/grants`, { role: 'leader', unitId: org.deptA.id }],
    ] as const) {
      const r = await os.request(method, url, payload);
      expect(r.statusCode, `${method} ${url}`).toBe(403);
      expect(r.json().error.code).toBe('FORBIDDEN');
    }
    // Visible through a leader grant, but administered only in deptA: 403, not 404.
    const mixed = await buildUser(t.database.db, {
      unitId: org.deptA.id,
      roles: [{ role: 'leader', unitId: org.province.id }, 'system_admin'],
    });
    const ms = await t.as(mixed);
    const other = await buildUser(t.database.db, { unitId: org.deptB.id });
    expect((await ms.get(`/api/users/${other.id}`)).statusCode).toBe(200);
    const r = await ms.patch(`/api/users/${other.id}`, { fullName: 'B' });
    expect(r.statusCode).toBe(403);
  });
});
