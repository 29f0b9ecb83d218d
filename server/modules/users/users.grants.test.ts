import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, buildOrg, buildUser, createTestApp, type TestApp } from '@tests/harness';

describe.each(ENGINES)('role grants on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t.close());

  async function world() {
    const org = await buildOrg(t.database.db);
    const admin = await buildUser(t.database.db, { unitId: org.province.id, roles: ['system_admin'] });
    const s = await t.as(admin);
    return { org, admin, s };
  }

  it('gives the permissions of the role on that subtree only, then takes them back', async () => {
    const { org, admin, s } = await world();
    const user = await buildUser(t.database.db, { unitId: org.deptA.id });
    const inA = await buildUser(t.database.db, { unitId: org.deptA.id });
    const inB = await buildUser(t.database.db, { unitId: org.deptB.id });
    const us = await t.as(user);
    expect((await us.get('/api/users')).statusCode).toBe(403);

    const granted = await s.post(`/api/users/${user.id}/grants`, { role: 'unit_head', unitId: org.deptA.id });
    expect(granted.statusCode).toBe(201);
    const grant = granted.json().grants[0];
    expect(grant).toMatchObject({ role: 'unit_head', unitId: org.deptA.id, unitName: 'Sở Nội vụ thử', canRevoke: true });

    // Grants are read on every request: the same session now holds the new permissions.
    const me = await us.get('/api/auth/me');
    expect(me.json().permissions).toEqual(expect.arrayContaining(['dossier.approve', 'user.read']));
    const list = await us.get('/api/users?limit=500');
    expect(list.statusCode).toBe(200);
    const ids = list.json().items.map((u: { id: string }) => u.id);
    expect(ids).toEqual(expect.arrayContaining([user.id, inA.id]));
    expect(ids).not.toContain(inB.id);
    const seen = await us.get(`/api/users/${inA.id}`);
    expect(seen.json().abilities).toEqual(expect.arrayContaining(['dossier.approve', 'user.read']));
    expect(seen.json().abilities).not.toContain('user.update');
    expect((await us.get(`/api/users/${inB.id}`)).statusCode).toBe(404);

    const again = await s.post(`/api/users/${user.id}/grants`, { role: 'unit_head', unitId: org.deptA.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('GRANT_EXISTS');

    const revoked = await s.delete(`/api/users/${user.id}/grants/${grant.id}`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().grants).toEqual([]);
    expect((await us.get('/api/users')).statusCode).toBe(403);
    const gone = await s.delete(`/api/users/${user.id}/grants/${grant.id}`);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe('GRANT_NOT_FOUND');

    const audit = await t.database.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entityId', '=', user.id)
      .where('action', 'like', 'user.%Role')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.action, a.actorId, a.unitId])).toEqual([
      ['user.grantRole', admin.id, org.deptA.id],
      ['user.revokeRole', admin.id, org.deptA.id],
    ]);
    expect(audit[0]).toMatchObject({
      before: null,
      after: { grantId: grant.id, role: 'unit_head', unitId: org.deptA.id, unitName: 'Sở Nội vụ thử' },
    });
    expect(audit[1]).toMatchObject({ before: { grantId: grant.id, role: 'unit_head' }, after: null });
  });

  it('refuses grants beyond the actor powers: outside the subtree (404), on oneself (403)', async () => {
    const { org } = await world();
    const deptAdmin = await buildUser(t.database.db, { unitId: org.deptA.id, roles: ['system_admin'] });
    const ds = await t.as(deptAdmin);
    const user = await buildUser(t.database.db, { unitId: org.deptA.id });
    for (const [role, unitId] of [
      ['system_admin', org.province.id],
      ['leader', org.province.id],
      ['unit_head', org.deptB.id],
      ['leader', '00000000-0000-4000-8000-000000000000'],
    ] as const) {
      const r = await ds.post(`/api/users/${user.id}/grants`, { role, unitId });
      expect(r.statusCode, `${role} on ${unitId}`).toBe(404);
      expect(r.json().error).toMatchObject({ code: 'UNIT_NOT_FOUND', issues: [expect.objectContaining({ path: 'body.unitId' })] });
    }
    const self = await ds.post(`/api/users/${deptAdmin.id}/grants`, { role: 'unit_head', unitId: org.deptA.id });
    expect(self.statusCode).toBe(403);
    expect(self.json().error.issues[0].code).toBe('GRANT_SELF');
    const peer = await ds.post(`/api/users/${user.id}/grants`, { role: 'system_admin', unitId: org.deptA.id });
    expect(peer.statusCode).toBe(201);
    expect(await t.database.db.selectFrom('roleGrants').select('id').where('userId', '=', deptAdmin.id).execute()).toHaveLength(1);
  });

  it('shows and refuses revocation of grants above the actor subtree', async () => {
    const { org, s } = await world();
    const deptAdmin = await buildUser(t.database.db, { unitId: org.deptA.id, roles: ['system_admin'] });
    const ds = await t.as(deptAdmin);
    const user = await buildUser(t.database.db, {
      unitId: org.deptA.id,
      roles: [{ role: 'leader', unitId: org.province.id }, 'unit_officer'],
    });
    const view = await ds.get(`/api/users/${user.id}`);
    const byRole = Object.fromEntries(view.json().grants.map((g: { role: string; id: string; canRevoke: boolean }) => [g.role, g]));
    expect(byRole.leader.canRevoke).toBe(false);
    expect(byRole.unit_officer.canRevoke).toBe(true);
    const r = await ds.delete(`/api/users/${user.id}/grants/${byRole.leader.id}`);
    expect(r.statusCode).toBe(404);
    const own = await s.get(`/api/users/${deptAdmin.id}`);
    expect(own.json().grants[0].canRevoke).toBe(true);
    const selfView = await ds.get(`/api/users/${deptAdmin.id}`);
    expect(selfView.json().grants[0].canRevoke).toBe(false);
    const selfRevoke = await ds.delete(`/api/users/${deptAdmin.id}/grants/${selfView.json().grants[0].id}`);
    expect(selfRevoke.statusCode).toBe(403);
    const ok = await ds.delete(`/api/users/${user.id}/grants/${byRole.unit_officer.id}`);
    expect(ok.statusCode).toBe(200);
  });

  it('lists the roles with labels and says which the caller may grant on a unit', async () => {
    const { org, s } = await world();
    const all = await s.get('/api/roles');
    expect(all.statusCode).toBe(200);
    const body = all.json();
    expect(body.roles).toHaveLength(8);
    expect(body.roles[0]).toMatchObject({ role: 'system_admin', label: { vi: 'Quản trị hệ thống', en: 'System administrator' } });
    expect(body.roles[0].permissions).toContain('user.manageRoles');
    expect(body.roles[0].grantable).toBeUndefined();
    expect(body.permissions.find((p: { permission: string }) => p.permission === 'audit.read')).toMatchObject({
      kind: 'admin',
      label: { vi: 'Xem nhật ký hệ thống' },
    });

    const onA = await s.get(`/api/roles?unitId=${org.deptA.id}`);
    expect(onA.json().roles.every((r: { grantable: boolean }) => r.grantable)).toBe(true);
    const other = await buildOrg(t.database.db);
    const onOther = await s.get(`/api/roles?unitId=${other.deptA.id}`);
    expect(onOther.json().roles.some((r: { grantable: boolean }) => r.grantable)).toBe(false);
    const clerk = await buildUser(t.database.db, { unitId: org.deptA.id, roles: ['one_stop_clerk'] });
    const cs = await t.as(clerk);
    const asClerk = await cs.get(`/api/roles?unitId=${org.deptA.id}`);
    expect(asClerk.statusCode).toBe(200);
    expect(asClerk.json().roles.some((r: { grantable: boolean }) => r.grantable)).toBe(false);
  });

  it('answers 403 to a caller without user.manageRoles and 404 for an invisible user', async () => {
    const { org, s } = await world();
    const head = await buildUser(t.database.db, { unitId: org.deptA.id, roles: ['unit_head'] });
    const hs = await t.as(head);
    const user = await buildUser(t.database.db, { unitId: org.deptA.id, roles: ['leader'] });
    const [grant] = await t.database.db.selectFrom('roleGrants').select('id').where('userId', '=', user.id).execute();
    expect((await hs.post(`/api/users/${user.id}/grants`, { role: 'leader', unitId: org.deptA.id })).statusCode).toBe(403);
    expect((await hs.delete(`/api/users/${user.id}/grants/${grant?.id}`)).statusCode).toBe(403);
    const stranger = await buildUser(t.database.db, { unitId: (await buildOrg(t.database.db)).deptA.id, roles: ['leader'] });
    const [sg] = await t.database.db.selectFrom('roleGrants').select('id').where('userId', '=', stranger.id).execute();
    expect((await s.post(`/api/users/${stranger.id}/grants`, { role: 'leader', unitId: org.deptA.id })).statusCode).toBe(404);
    expect((await s.delete(`/api/users/${stranger.id}/grants/${sg?.id}`)).statusCode).toBe(404);
    expect((await s.delete(`/api/users/${user.id}/grants/${sg?.id}`)).statusCode).toBe(404);
  });
});
