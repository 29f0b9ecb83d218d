import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, buildOrg, buildUnit, buildUser, createTestApp, type SignedIn, type TestApp } from '@tests/harness';

// Province-wide versions are shared by every test file on PostgreSQL: writes here use 'sipas.satisfaction' in years
// no other test reads (2090s), and 'dossier.on_time_rate' only for this file's own units.

describe.each(ENGINES)('targets on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
    t.clock.now = new Date('2026-06-01T10:00:00+07:00');
  });
  afterAll(async () => t.close());

  async function world() {
    const org = await buildOrg(t.db);
    const admin = await t.as('system_admin', { unit: org.province });
    return {
      org,
      adminId: admin.user.id,
      admin,
      deptAdmin: await t.as('system_admin', { unit: org.deptA }),
      officer: await t.as('unit_officer', { unit: org.deptA }),
      leader: await t.as('leader', { unit: org.province }),
    };
  }

  const call = async (s: SignedIn | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) => {
    const res = await (s ?? t.anon).request(method, url, payload);
    return { status: res.statusCode, body: res.body ? res.json() : undefined };
  };
  const effective = (s: SignedIn, key: string, date: string, unitId?: string) =>
    call(s, 'GET', `/api/targets/effective?key=${key}&date=${date}${unitId ? `&unitId=${unitId}` : ''}`);
  const audits = (actorId: string) =>
    t.database.db
      .selectFrom('auditLog')
      .select(['action', 'entityId', 'unitId', 'before', 'after'])
      .where('actorId', '=', actorId)
      .where('entityType', '=', 'target')
      .orderBy('id')
      .execute();

  it('starts with the seeded province-wide targets, each with an honest source', async () => {
    const { officer } = await world();
    const list = await call(officer, 'GET', '/api/targets');
    expect(list.status).toBe(200);
    const seeded = (key: string) =>
      list.body.items.find(
        (i: { key: string; unitId: string | null; validFrom: string }) => i.key === key && i.unitId === null && i.validFrom < '2030-01-01',
      );
    expect(seeded('dossier.on_time_rate')).toMatchObject({
      value: 95,
      measure: 'percent',
      validFrom: '2025-01-01',
      validTo: null,
      abilities: [],
    });
    // Sources are the document's number and title in Vietnamese; what is still to be checked is said in the note.
    expect(seeded('dossier.on_time_rate').source).toBe(
      'Kế hoạch cải cách hành chính năm của Ủy ban nhân dân tỉnh (chỉ tiêu tỉ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn)',
    );
    expect(seeded('dossier.on_time_rate').note).toMatch(/^Giá trị khởi tạo, cần đối chiếu/);
    expect(seeded('sipas.satisfaction')).toMatchObject({ value: 80, validFrom: '2021-01-01', validTo: '2030-12-31' });
    expect(seeded('sipas.satisfaction').source).toMatch(/^Nghị quyết 76\/NQ-CP ngày 15\/7\/2021 của Chính phủ/);
    for (const key of ['dossier.on_time_rate', 'sipas.satisfaction']) {
      expect(`${seeded(key).source} ${seeded(key).note}`).not.toMatch(/UNVERIFIED|CHƯA ĐỐI CHIẾU|CHƯA KIỂM CHỨNG| \/ /);
    }
    expect(list.body.provinceAbilities).toEqual([]);
    const onlyOnTime = await call(officer, 'GET', '/api/targets?key=dossier.on_time_rate');
    expect(onlyOnTime.body.items.every((i: { key: string }) => i.key === 'dossier.on_time_rate')).toBe(true);
    const today = await call(officer, 'GET', '/api/targets/effective?key=dossier.on_time_rate');
    expect(today.body).toMatchObject({ date: '2026-06-01', unitId: null, target: { value: 95 } });
    const doc = (await t.anon.get('/api/openapi.json')).json();
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/api/targets'))).toEqual([
      '/api/targets',
      '/api/targets/effective',
      '/api/targets/{id}',
    ]);
  });

  it('adds, closes, edits and removes province-wide versions, each audit-logged, refusing overlaps with 409', async () => {
    const { admin, adminId } = await world();
    const key = 'sipas.satisfaction';
    const first = await call(admin, 'POST', '/api/targets', { key, value: 85, validFrom: '2091-01-01', source: 'Kế hoạch thử 1/KH-UBND' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ key, unitId: null, value: 85, measure: 'percent', validTo: null, abilities: ['target.manage'] });
    const overlap = await call(admin, 'POST', '/api/targets', {
      key,
      value: 90,
      validFrom: '2092-01-01',
      source: 'Kế hoạch thử 2/KH-UBND',
    });
    expect(overlap.status).toBe(409);
    expect(overlap.body.error).toMatchObject({ code: 'TARGET_PERIOD_CONFLICT', issues: [{ path: 'body.validFrom' }] });
    expect(overlap.body.error.message).toMatch(
      /từ 01\/01\/2091 không thời hạn.*Kế hoạch thử 1\/KH-UBND.* \/ overlaps the version from 2091-01-01/,
    );

    const closed = await call(admin, 'PATCH', `/api/targets/${first.body.id}`, { validTo: '2091-12-31' });
    expect(closed.body).toMatchObject({ validTo: '2091-12-31', value: 85 });
    const second = await call(admin, 'POST', '/api/targets', {
      key,
      value: 90,
      validFrom: '2092-01-01',
      source: 'Kế hoạch thử 2/KH-UBND',
      note: 'năm sau',
    });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    expect((await effective(admin, key, '2091-12-31')).body.target).toMatchObject({ id: first.body.id, value: 85 });
    expect((await effective(admin, key, '2092-01-01')).body.target).toMatchObject({ id: second.body.id, value: 90 });
    // Moving the second version back over the first is refused too; nothing changes.
    expect((await call(admin, 'PATCH', `/api/targets/${second.body.id}`, { validFrom: '2091-06-01' })).status).toBe(409);
    const edited = await call(admin, 'PATCH', `/api/targets/${second.body.id}`, {
      value: 92.5,
      source: 'Kế hoạch thử 2b/KH-UBND',
      note: null,
    });
    expect(edited.body).toMatchObject({ value: 92.5, source: 'Kế hoạch thử 2b/KH-UBND', note: null, validFrom: '2092-01-01' });

    expect((await call(admin, 'DELETE', `/api/targets/${second.body.id}`)).body).toEqual({ id: second.body.id, deleted: true });
    expect((await effective(admin, key, '2092-06-01')).body.target).toBeNull();
    expect((await call(admin, 'PATCH', `/api/targets/${second.body.id}`, { value: 1 })).status).toBe(404);
    expect((await call(admin, 'DELETE', `/api/targets/${second.body.id}`)).status).toBe(404);

    const log = await audits(adminId);
    expect(log.map((a) => a.action)).toEqual(['target.create', 'target.update', 'target.create', 'target.update', 'target.delete']);
    expect(log[0]).toMatchObject({
      entityId: first.body.id,
      unitId: null,
      before: null,
      after: { key, value: 85, validFrom: '2091-01-01', validTo: null, source: 'Kế hoạch thử 1/KH-UBND' },
    });
    expect(log[1]).toMatchObject({ before: { validTo: null }, after: { validTo: '2091-12-31' } });
    expect(log[3]).toMatchObject({ before: { value: 90, note: 'năm sau' }, after: { value: 92.5, note: null } });
    expect(log[4]).toMatchObject({ entityId: second.body.id, before: { value: 92.5 }, after: null });
  });

  it('refuses a second open province-wide on-time target while the seeded one is open', async () => {
    const { admin } = await world();
    const r = await call(admin, 'POST', '/api/targets', {
      key: 'dossier.on_time_rate',
      value: 97,
      validFrom: '2026-01-01',
      source: 'KH thử',
    });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toMatch(/hãy đặt ngày hết hiệu lực cho phiên bản đó trước/);
  });

  it('picks the closest unit’s own version, else the province-wide one, on the asked date', async () => {
    const { org, admin, officer } = await world();
    const sub = await buildUnit(t.database.db, { kind: 'department', parentId: org.deptA.id, name: 'Chi cục thử' });
    const key = 'dossier.on_time_rate';
    const dept = await call(admin, 'POST', '/api/targets', {
      key,
      unitId: org.deptA.id,
      value: 90,
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      source: 'QĐ thử của Sở',
    });
    expect(dept.status, JSON.stringify(dept.body)).toBe(201);
    expect(dept.body).toMatchObject({ unitId: org.deptA.id, unitName: 'Sở Nội vụ thử' });
    const root = await call(admin, 'POST', '/api/targets', {
      key,
      unitId: org.province.id,
      value: 97,
      measure: 'percent',
      validFrom: '2026-01-01',
      source: 'KH thử của tỉnh',
    });
    expect(root.status).toBe(201);
    const at = async (unitId: string, date: string) => (await effective(admin, key, date, unitId)).body.target?.value;
    expect(await at(org.deptA.id, '2026-06-30')).toBe(90);
    expect(await at(sub.id, '2026-06-30')).toBe(90);
    expect(await at(org.commune.id, '2026-06-30')).toBe(97);
    expect(await at(sub.id, '2027-01-01')).toBe(97);
    expect(await at(sub.id, '2025-06-30')).toBe(95);
    // An officer reads versions and the target of their unit, but may change none.
    const seen = await call(officer, 'GET', `/api/targets?unitId=${org.deptA.id}`);
    expect(seen.body.items).toEqual([expect.objectContaining({ id: dept.body.id, abilities: [] })]);
    expect((await effective(officer, key, '2026-06-30', org.deptA.id)).body.target).toMatchObject({ id: dept.body.id, abilities: [] });
  });

  it('scopes writes: target.manage on the unit, province-wide only from a root unit; others get 403/404', async () => {
    const { org, admin, deptAdmin, officer } = await world();
    const key = 'dossier.on_time_rate';
    const body = { key, value: 93, validFrom: '2026-01-01', source: 'QĐ thử' };
    expect((await call(officer, 'POST', '/api/targets', { ...body, unitId: org.deptA.id })).status).toBe(403);
    const own = await call(deptAdmin, 'POST', '/api/targets', { ...body, unitId: org.deptA.id });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    expect((await call(officer, 'PATCH', `/api/targets/${own.body.id}`, { value: 50 })).status).toBe(403);
    expect((await call(officer, 'DELETE', `/api/targets/${own.body.id}`)).status).toBe(403);
    const province = await call(deptAdmin, 'POST', '/api/targets', { ...body, key: 'sipas.satisfaction', validFrom: '2099-01-01' });
    expect(province.status).toBe(403);
    expect(province.body.error.code).toBe('FORBIDDEN');
    expect((await call(deptAdmin, 'POST', '/api/targets', { ...body, unitId: org.deptB.id })).status).toBe(404);
    expect((await call(deptAdmin, 'POST', '/api/targets', { ...body, unitId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
    const stranger = await world();
    expect((await call(stranger.admin, 'PATCH', `/api/targets/${own.body.id}`, { value: 50 })).status).toBe(404);
    expect((await call(stranger.admin, 'DELETE', `/api/targets/${own.body.id}`)).status).toBe(404);
    expect((await call(stranger.admin, 'GET', `/api/targets/effective?key=${key}&unitId=${org.deptA.id}`)).status).toBe(404);
    expect((await call(stranger.admin, 'GET', `/api/targets?unitId=${org.deptA.id}`)).status).toBe(404);
    expect((await call(stranger.admin, 'GET', '/api/targets')).body.items.some((i: { id: string }) => i.id === own.body.id)).toBe(false);
    expect((await call(admin, 'GET', '/api/targets')).body.items.find((i: { id: string }) => i.id === own.body.id)?.abilities).toEqual([
      'target.manage',
    ]);
    const noCsrf = await admin.post('/api/targets', body, { csrf: false });
    expect(noCsrf.statusCode).toBe(403);
    expect((await call(null, 'GET', '/api/targets')).status).toBe(401);
    expect((await call(null, 'POST', '/api/targets', body)).status).toBe(401);
  });

  it('lets the reform secretariat on the province change province-wide versions, audit-logged, without setting.manage', async () => {
    const { org } = await world();
    const secretary = await buildUser(t.database.db, { unitId: org.province.id, roles: ['secretariat'] });
    const s = await t.as(secretary);
    const me = (await call(s, 'GET', '/api/auth/me')).body;
    expect(me.permissions).toContain('target.manage');
    expect(me.permissions).not.toContain('setting.manage');
    expect((await call(s, 'GET', '/api/targets')).body.provinceAbilities).toEqual(['target.manage']);
    const key = 'sipas.satisfaction';
    const made = await call(s, 'POST', '/api/targets', {
      key,
      value: 82,
      validFrom: '2093-01-01',
      source: 'Kế hoạch CCHC thử 2093/KH-UBND',
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({ key, unitId: null, value: 82, abilities: ['target.manage'] });
    const closed = await call(s, 'PATCH', `/api/targets/${made.body.id}`, { validTo: '2093-12-31', value: 83 });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({ value: 83, validTo: '2093-12-31' });
    const log = await audits(secretary.id);
    expect(log.map((a) => a.action)).toEqual(['target.create', 'target.update']);
    expect(log[0]).toMatchObject({
      entityId: made.body.id,
      unitId: null,
      before: null,
      after: { key, value: 82, validTo: null, source: 'Kế hoạch CCHC thử 2093/KH-UBND' },
    });
    expect(log[1]).toMatchObject({
      entityId: made.body.id,
      before: { value: 82, validTo: null },
      after: { value: 83, validTo: '2093-12-31' },
    });
  });

  it('refuses target writes to a unit head (403), and province-wide ones to a secretariat below the province (403)', async () => {
    const { org, admin } = await world();
    const key = 'sipas.satisfaction';
    const made = await call(admin, 'POST', '/api/targets', {
      key,
      value: 81,
      validFrom: '2094-01-01',
      validTo: '2094-12-31',
      source: 'KH thử 2094',
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const head = await buildUser(t.database.db, { unitId: org.province.id, roles: ['unit_head'] });
    const h = await t.as(head);
    expect((await call(h, 'GET', '/api/targets')).body.provinceAbilities).toEqual([]);
    const refused = await call(h, 'POST', '/api/targets', { key, value: 90, validFrom: '2095-01-01', source: 'KH thử 2095' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    expect(
      (
        await call(h, 'POST', '/api/targets', {
          key: 'dossier.on_time_rate',
          unitId: org.deptA.id,
          value: 90,
          validFrom: '2026-01-01',
          source: 'x',
        })
      ).status,
    ).toBe(403);
    expect((await call(h, 'PATCH', `/api/targets/${made.body.id}`, { value: 50 })).status).toBe(403);
    expect((await call(h, 'DELETE', `/api/targets/${made.body.id}`)).status).toBe(403);
    expect(await audits(head.id)).toEqual([]);
    // A secretariat granted on a department sets that department's own targets, not the province-wide ones.
    const deptSecretary = await buildUser(t.database.db, { unitId: org.deptA.id, roles: ['secretariat'] });
    const d = await t.as(deptSecretary);
    const province = await call(d, 'POST', '/api/targets', { key, value: 90, validFrom: '2095-01-01', source: 'KH thử 2095' });
    expect(province.status).toBe(403);
    expect(province.body.error.message).toMatch(
      /^Chỉ Thường trực CCHC \(Sở Nội vụ\) hoặc quản trị cấp tỉnh .* \/ only the province reform secretariat or a province-level administrator/,
    );
    expect((await call(d, 'PATCH', `/api/targets/${made.body.id}`, { value: 50 })).status).toBe(403);
    const own = await call(d, 'POST', '/api/targets', {
      key: 'dossier.on_time_rate',
      unitId: org.deptA.id,
      value: 92,
      validFrom: '2026-01-01',
      source: 'QĐ thử của Sở',
    });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    expect(
      (
        await call(d, 'POST', '/api/targets', {
          key: 'dossier.on_time_rate',
          unitId: org.deptB.id,
          value: 92,
          validFrom: '2026-01-01',
          source: 'x',
        })
      ).status,
    ).toBe(404);
  });

  it.each([
    ['an unknown key', { key: 'dossier.speed', value: 1, validFrom: '2026-01-01', source: 'x' }, /key must be one of/],
    ['a missing source', { key: 'dossier.on_time_rate', value: 90, validFrom: '2026-01-01' }, /source/],
    ['a blank source', { key: 'dossier.on_time_rate', value: 90, validFrom: '2026-01-01', source: '   ' }, /Nhập nguồn/],
    ['a value given as text', { key: 'dossier.on_time_rate', value: '95', validFrom: '2026-01-01', source: 'x' }, /value must be a number/],
    ['a negative value', { key: 'dossier.on_time_rate', value: -1, validFrom: '2026-01-01', source: 'x' }, /negative/],
    ['a percentage above 100', { key: 'dossier.on_time_rate', value: 120, validFrom: '2026-01-01', source: 'x' }, /0–100/],
    [
      'another measure than the key’s',
      { key: 'dossier.on_time_rate', measure: 'points', value: 90, validFrom: '2026-01-01', source: 'x' },
      /measured in "percent"/,
    ],
    ['an impossible date', { key: 'dossier.on_time_rate', value: 90, validFrom: '2026-02-30', source: 'x' }, /YYYY-MM-DD/],
    [
      'an end before the start',
      { key: 'dossier.on_time_rate', value: 90, validFrom: '2026-06-01', validTo: '2026-05-31', source: 'x' },
      /validTo must be on or after validFrom/,
    ],
    [
      'a unit id that is no uuid',
      { key: 'dossier.on_time_rate', unitId: 'abc', value: 90, validFrom: '2026-01-01', source: 'x' },
      /unitId/,
    ],
    ['an unknown field', { key: 'dossier.on_time_rate', value: 90, validFrom: '2026-01-01', source: 'x', hidden: true }, /hidden/],
  ])('refuses %s with 400', async (_what, payload, message) => {
    const { org, admin } = await world();
    const r = await call(admin, 'POST', '/api/targets', { unitId: org.deptA.id, ...payload });
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_FAILED');
    expect(r.body.error.message).toMatch(message);
    expect(r.body.error.issues.length).toBeGreaterThan(0);
  });

  it('refuses bad patches and queries with 400', async () => {
    const { org, admin } = await world();
    const made = await call(admin, 'POST', '/api/targets', {
      key: 'dossier.on_time_rate',
      unitId: org.deptB.id,
      value: 90,
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      source: 'x',
    });
    const url = `/api/targets/${made.body.id}`;
    expect((await call(admin, 'PATCH', url, {})).body.error.message).toMatch(/nothing to update/);
    expect((await call(admin, 'PATCH', url, { validTo: '2025-12-31' })).body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'body.validTo' }],
    });
    expect((await call(admin, 'PATCH', url, { value: 101 })).status).toBe(400);
    expect((await call(admin, 'PATCH', url, { key: 'sipas.satisfaction' })).status).toBe(400);
    expect((await call(admin, 'PATCH', '/api/targets/not-a-uuid', { value: 1 })).status).toBe(400);
    expect((await call(admin, 'GET', '/api/targets/effective')).status).toBe(400);
    expect((await call(admin, 'GET', '/api/targets/effective?key=dossier.on_time_rate&date=2026-13-01')).status).toBe(400);
    expect((await call(admin, 'GET', '/api/targets?key=nope')).status).toBe(400);
  });

  it('puts the target in effect on the period’s last day into the statistics report', async () => {
    const { org, admin, leader } = await world();
    const report = async (from: string, to: string) =>
      (await call(leader, 'GET', `/api/dossier-stats?unitId=${org.province.id}&from=${from}&to=${to}`)).body;
    const q1 = await report('2026-01-01', '2026-03-31');
    expect(q1.onTimeTarget).toMatchObject({ value: 95, source: expect.stringMatching(/Kế hoạch cải cách hành chính/) });
    await call(admin, 'POST', '/api/targets', {
      key: 'dossier.on_time_rate',
      unitId: org.province.id,
      value: 97,
      validFrom: '2026-03-31',
      source: 'KH thử 2026',
    });
    expect((await report('2026-01-01', '2026-03-31')).onTimeTarget).toEqual({ value: 97, source: 'KH thử 2026' });
    expect((await report('2026-01-01', '2026-03-30')).onTimeTarget?.value).toBe(95);
    expect((await report('2024-10-01', '2024-12-31')).onTimeTarget).toBeNull();
  });
});
