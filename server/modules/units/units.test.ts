import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, buildOrg, buildUnit, createTestApp, type SignedIn, type TestApp } from '@tests/harness';

const code = () => `C${randomUUID().slice(0, 8)}`;

describe.each(ENGINES)('units on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t.close());

  const db = () => t.database.db;
  const req = (s: SignedIn | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    (s ?? t.anon).request(method, url, payload);
  async function world() {
    const org = await buildOrg(db());
    const sub = await buildUnit(db(), { kind: 'department', parentId: org.deptA.id, name: 'Phòng thử thuộc Sở A' });
    return { ...org, sub };
  }
  const auditOf = (entityId: string) => db().selectFrom('auditLog').selectAll().where('entityId', '=', entityId).orderBy('id').execute();

  it('lists only the actor’s subtree, with child counts and abilities', async () => {
    const w = await world();
    const admin = await t.as('system_admin', { unit: w.province });
    const head = await t.as('unit_head', { unit: w.deptA });
    const all = (await req(admin, 'GET', '/api/units')).json();
    expect(all.items.map((i: { id: string }) => i.id).sort()).toEqual(
      [w.province.id, w.deptA.id, w.deptB.id, w.commune.id, w.sub.id].sort(),
    );
    expect(all.items[0]).toMatchObject({ id: w.province.id, kind: 'province', childCount: 3, parentId: null, status: 'active' });
    expect(all.items[0].abilities).toEqual(expect.arrayContaining(['unit.read', 'unit.create', 'unit.update', 'unit.close']));
    const mine = await req(head, 'GET', '/api/units');
    expect(mine.statusCode).toBe(200);
    const items = mine.json().items as Array<{
      id: string;
      parentId: string;
      parentName: string | null;
      childCount: number;
      abilities: string[];
    }>;
    expect(items.map((i) => i.id).sort()).toEqual([w.deptA.id, w.sub.id].sort());
    const deptA = items.find((i) => i.id === w.deptA.id);
    expect(deptA).toMatchObject({ parentId: w.province.id, parentName: null, childCount: 1 });
    expect(deptA?.abilities).toContain('unit.read');
    expect(deptA?.abilities).not.toContain('unit.update');
    const children = (await req(admin, 'GET', `/api/units?parentId=${w.deptA.id}`)).json();
    expect(children.items.map((i: { id: string }) => i.id)).toEqual([w.sub.id]);
    expect(children.items[0].parentName).toBe('Sở Nội vụ thử');
  });

  it('searches without diacritics or case, by name or code, and filters by kind', async () => {
    const w = await world();
    const admin = await t.as('system_admin', { unit: w.province });
    const lieng = await buildUnit(db(), { kind: 'commune', parentId: w.province.id, name: 'Xã Đắk Liêng Thử', code: code() });
    const ward = await buildUnit(db(), { kind: 'ward', parentId: w.province.id, name: 'Phường Tuy Hòa Thử' });
    const ids = async (qs: string) =>
      ((await req(admin, 'GET', `/api/units?${qs}`)).json().items as Array<{ id: string }>).map((i) => i.id);
    expect(await ids('q=dak%20lieng')).toEqual([lieng.id]);
    expect(await ids(`q=${encodeURIComponent('ĐẮK LIÊNG')}`)).toEqual([lieng.id]);
    expect(await ids(`q=${encodeURIComponent('Đắk'.normalize('NFD'))}`)).toEqual([lieng.id]);
    expect(await ids('q=lieng%20dak')).toEqual([lieng.id]);
    expect(await ids(`q=${lieng.code.toLowerCase()}`)).toEqual([lieng.id]);
    expect(await ids(`q=${encodeURIComponent('tuy hòa')}`)).toEqual([ward.id]);
    expect((await ids('kind=commune,ward')).sort()).toEqual([w.commune.id, lieng.id, ward.id].sort());
    expect(await ids('q=khong-co-don-vi-nay')).toEqual([]);
  });

  it('filters by date: closed and future units only with includeClosed or a matching asOf', async () => {
    const w = await world();
    const admin = await t.as('system_admin', { unit: w.province });
    const old = await buildUnit(db(), {
      kind: 'district',
      parentId: w.province.id,
      name: 'Huyện cũ',
      validFrom: '2004-01-01',
      validTo: '2025-06-30',
    });
    const ids = async (qs: string) =>
      ((await req(admin, 'GET', `/api/units?${qs}`)).json().items as Array<{ id: string }>).map((i) => i.id);
    expect(await ids('')).not.toContain(old.id);
    expect(await ids('asOf=2025-06-30')).toEqual([old.id]);
    const withClosed = (await req(admin, 'GET', '/api/units?includeClosed=true')).json();
    expect(withClosed.items.find((i: { id: string }) => i.id === old.id)).toMatchObject({ status: 'closed', validTo: '2025-06-30' });
    expect(withClosed.items.find((i: { id: string }) => i.id === w.province.id).childCount).toBe(4);
  });

  it('creates a unit under a parent in scope, with an audit row', async () => {
    const w = await world();
    const admin = await t.as('system_admin', { unit: w.province });
    const c = code();
    const res = await req(admin, 'POST', '/api/units', {
      code: c,
      name: '  Sở Xây dựng thử ',
      kind: 'department',
      parentId: w.province.id,
      validFrom: '2025-07-01',
      nameEn: '',
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      code: c,
      name: 'Sở Xây dựng thử',
      nameEn: null,
      kind: 'department',
      parentId: w.province.id,
      validTo: null,
      status: 'active',
    });
    expect(body.parent).toMatchObject({ id: w.province.id });
    expect(body.abilities).toContain('unit.close');
    const audit = await auditOf(body.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'unit.create', entityType: 'unit', unitId: body.id, before: null });
    expect(audit[0]?.after).toMatchObject({ code: c, name: 'Sở Xây dựng thử', parentId: w.province.id });
  });

  it('refuses a duplicate code among units in effect at the same time (409), but allows reuse after closing', async () => {
    const w = await world();
    const admin = await t.as('system_admin', { unit: w.province });
    const c = code();
    expect((await req(admin, 'POST', '/api/units', { code: c, name: 'Một', kind: 'department', parentId: w.province.id })).statusCode).toBe(
      201,
    );
    const dup = await req(admin, 'POST', '/api/units', { code: c.toLowerCase(), name: 'Hai', kind: 'department', parentId: w.province.id });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'UNIT_CODE_EXISTS', issues: [{ path: 'body.code' }] });
    const patch = await req(admin, 'PATCH', `/api/units/${w.deptB.id}`, { code: c });
    expect(patch.statusCode).toBe(409);
    const old = await buildUnit(db(), {
      kind: 'district',
      parentId: w.province.id,
      code: code(),
      validFrom: '2004-01-01',
      validTo: '2025-06-30',
    });
    const reuse = await req(admin, 'POST', '/api/units', {
      code: old.code,
      name: 'Kế thừa mã',
      kind: 'department',
      parentId: w.province.id,
      validFrom: '2025-07-01',
    });
    expect(reuse.statusCode).toBe(201);
  });

  it('refuses a parent of the wrong kind or closed before the start date', async () => {
    const w = await world();
    const admin = await t.as('system_admin', { unit: w.province });
    const bad = await req(admin, 'POST', '/api/units', { code: code(), name: 'Xã sai chỗ', kind: 'commune', parentId: w.deptA.id });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('UNIT_PARENT_KIND_INVALID');
    const closed = await buildUnit(db(), { kind: 'department', parentId: w.province.id, validTo: '2025-08-31' });
    const late = await req(admin, 'POST', '/api/units', {
      code: code(),
      name: 'Muộn',
      kind: 'department',
      parentId: closed.id,
      validFrom: '2025-09-01',
    });
    expect(late.json().error.code).toBe('UNIT_PARENT_CLOSED');
    const kind = await req(admin, 'PATCH', `/api/units/${w.sub.id}`, { kind: 'commune' });
    expect(kind.json().error).toMatchObject({ code: 'UNIT_PARENT_KIND_INVALID', issues: [{ path: 'body.parentId' }] });
    const district = await buildUnit(db(), { kind: 'district', parentId: w.province.id });
    await buildUnit(db(), { kind: 'commune', parentId: district.id, name: 'Xã thuộc huyện' });
    const children = await req(admin, 'PATCH', `/api/units/${district.id}`, { kind: 'department' });
    expect(children.json().error).toMatchObject({
      code: 'UNIT_PARENT_KIND_INVALID',
      issues: [{ path: 'body.kind', message: 'Xã thuộc huyện (commune)' }],
    });
  });

  it('edits a unit with before/after in the audit log', async () => {
    const w = await world();
    const admin = await t.as('system_admin', { unit: w.province });
    const res = await req(admin, 'PATCH', `/api/units/${w.deptB.id}`, {
      name: 'Sở Tư pháp (mới)',
      legalRef: 'QĐ 1/2025',
      address: '1 Lê Duẩn',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Sở Tư pháp (mới)', legalRef: 'QĐ 1/2025', address: '1 Lê Duẩn' });
    const audit = await auditOf(w.deptB.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'unit.update' });
    expect(audit[0]?.before).toMatchObject({ name: 'Sở Tư pháp thử', legalRef: null });
    expect(audit[0]?.after).toMatchObject({ name: 'Sở Tư pháp (mới)', legalRef: 'QĐ 1/2025' });
    const same = await req(admin, 'PATCH', `/api/units/${w.deptB.id}`, { name: 'Sở Tư pháp (mới)' });
    expect(same.statusCode).toBe(200);
    expect(await auditOf(w.deptB.id)).toHaveLength(1);
  });

  it('moves a unit, but never under itself or its own descendant', async () => {
    const w = await world();
    const admin = await t.as('system_admin', { unit: w.province });
    for (const target of [w.sub.id, w.deptA.id]) {
      const res = await req(admin, 'PATCH', `/api/units/${w.deptA.id}`, { parentId: target });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'UNIT_PARENT_CYCLE', issues: [{ path: 'body.parentId' }] });
    }
    const moved = await req(admin, 'PATCH', `/api/units/${w.sub.id}`, { parentId: w.deptB.id });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().parent).toMatchObject({ id: w.deptB.id });
    const audit = await auditOf(w.sub.id);
    expect(audit[0]?.before).toMatchObject({ parentId: w.deptA.id });
    expect(audit[0]?.after).toMatchObject({ parentId: w.deptB.id });
  });

  it('closes a unit with successors, recording successions, history and the audit row', async () => {
    const w = await world();
    const admin = await t.as('system_admin', { unit: w.province });
    const res = await req(admin, 'POST', `/api/units/${w.deptB.id}/close`, {
      validTo: '2025-12-31',
      successorIds: [w.deptA.id],
      legalRef: 'QĐ 99/QĐ-UBND',
      note: 'Hợp nhất',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ validTo: '2025-12-31', closingLegalRef: 'QĐ 99/QĐ-UBND', closingNote: 'Hợp nhất' });
    expect(body.successors).toEqual([
      expect.objectContaining({ id: w.deptA.id, effectiveOn: '2026-01-01', legalRef: 'QĐ 99/QĐ-UBND', note: 'Hợp nhất' }),
    ]);
    const rows = await db().selectFrom('unitSuccessions').selectAll().where('predecessorId', '=', w.deptB.id).execute();
    expect(rows).toEqual([
      { predecessorId: w.deptB.id, successorId: w.deptA.id, effectiveOn: '2026-01-01', legalRef: 'QĐ 99/QĐ-UBND', note: 'Hợp nhất' },
    ]);
    const a = (await req(admin, 'GET', `/api/units/${w.deptA.id}`)).json();
    expect(a.predecessors).toEqual([expect.objectContaining({ id: w.deptB.id, effectiveOn: '2026-01-01' })]);
    const history = (await req(admin, 'GET', `/api/units/${w.deptA.id}/history`)).json();
    expect(history.units.map((u: { id: string }) => u.id).sort()).toEqual([w.deptA.id, w.deptB.id].sort());
    expect(history.links).toEqual([expect.objectContaining({ predecessorId: w.deptB.id, successorId: w.deptA.id })]);
    const audit = await auditOf(w.deptB.id);
    expect(audit[0]).toMatchObject({ action: 'unit.close' });
    expect(audit[0]?.before).toMatchObject({ validTo: null });
    expect(audit[0]?.after).toMatchObject({ validTo: '2025-12-31', successions: [{ successorId: w.deptA.id, effectiveOn: '2026-01-01' }] });
    const again = await req(admin, 'POST', `/api/units/${w.deptB.id}/close`, { validTo: '2026-01-31' });
    expect(again.json().error.code).toBe('UNIT_ALREADY_CLOSED');
  });

  it('refuses to close with open children, before the start, or with unusable successors', async () => {
    const w = await world();
    const admin = await t.as('system_admin', { unit: w.province });
    const close = (id: string, payload: object) => req(admin, 'POST', `/api/units/${id}/close`, payload);
    const open = await close(w.deptA.id, { validTo: '2025-12-31' });
    expect(open.statusCode).toBe(400);
    expect(open.json().error).toMatchObject({ code: 'UNIT_HAS_OPEN_CHILDREN', issues: [{ path: 'children' }] });
    const early = await close(w.deptB.id, { validTo: '2025-06-30' });
    expect(early.json().error).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'body.validTo' }] });
    const stranger = await buildOrg(db());
    const outside = await close(w.deptB.id, { validTo: '2025-12-31', successorIds: [stranger.deptA.id] });
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error).toMatchObject({ code: 'UNIT_SUCCESSOR_NOT_FOUND', issues: [{ path: 'body.successorIds.0' }] });
    const ended = await buildUnit(db(), { parentId: w.province.id, validTo: '2025-09-30' });
    const stale = await close(w.deptB.id, { validTo: '2025-12-31', successorIds: [w.commune.id, ended.id] });
    expect(stale.json().error).toMatchObject({ code: 'UNIT_SUCCESSOR_INVALID', issues: [{ path: 'body.successorIds.1' }] });
    const self = await close(w.deptB.id, { validTo: '2025-12-31', successorIds: [w.deptB.id] });
    expect(self.json().error.code).toBe('UNIT_SUCCESSOR_INVALID');
    expect(await auditOf(w.deptB.id)).toHaveLength(0);
    // Closing the child first unblocks the parent.
    expect((await close(w.sub.id, { validTo: '2025-12-31' })).statusCode).toBe(200);
    expect((await close(w.deptA.id, { validTo: '2025-12-31' })).statusCode).toBe(200);
  });

  it.each([
    ['malformed JSON', 'POST', '/api/units', '{"code":', ['body']],
    [
      'wrong types',
      'POST',
      '/api/units',
      JSON.stringify({ code: 5, name: true, kind: 'x', parentId: 'nope' }),
      ['body.code', 'body.kind', 'body.name', 'body.parentId'],
    ],
    [
      'unknown fields',
      'POST',
      '/api/units',
      JSON.stringify({ code: 'A1', name: 'n', kind: 'department', parentId: randomUUID(), admin: true }),
      ['body'],
    ],
    [
      'an impossible date',
      'POST',
      '/api/units',
      JSON.stringify({ code: 'A1', name: 'n', kind: 'department', parentId: randomUUID(), validFrom: '2025-02-30' }),
      ['body.validFrom'],
    ],
    ['an empty patch', 'PATCH', '/api/units/:id', '{}', ['body']],
    [
      'a bad close body',
      'POST',
      '/api/units/:id/close',
      JSON.stringify({ validTo: 'tomorrow', successorIds: ['x'] }),
      ['body.successorIds.0', 'body.validTo'],
    ],
    ['a bad id in the path', 'GET', '/api/units/not-a-uuid', undefined, ['params.id']],
    ['an unknown query parameter', 'GET', '/api/units?sort=name', undefined, ['querystring']],
    [
      'a bad kind and flag',
      'GET',
      '/api/units?kind=bogus&includeClosed=maybe',
      undefined,
      ['querystring.includeClosed', 'querystring.kind.0'],
    ],
  ] as const)('rejects %s with 400 and every issue', async (_name, method, url, payload, paths) => {
    const w = await world();
    const admin = await t.as('system_admin', { unit: w.province });
    const res = await admin.request(method, url.replace(':id', w.deptB.id), payload, {
      headers: payload === undefined ? {} : { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect([...new Set(error.issues.map((i: { path: string }) => i.path))].sort()).toEqual([...paths]);
  });

  it('answers 401 without a session and 403 without the permission anywhere', async () => {
    const w = await world();
    expect((await req(null, 'GET', '/api/units')).statusCode).toBe(401);
    expect((await req(null, 'POST', '/api/units', { code: 'X', name: 'X', kind: 'department', parentId: w.province.id })).statusCode).toBe(
      401,
    );
    const specialist = await t.as('specialist', { unit: w.province });
    expect((await req(specialist, 'GET', '/api/units')).statusCode).toBe(200);
    for (const [method, url, payload] of [
      ['POST', '/api/units', { code: code(), name: 'X', kind: 'department', parentId: w.province.id }],
      ['PATCH', `/api/units/${w.deptA.id}`, { name: 'X' }],
      ['POST', `/api/units/${w.deptB.id}/close`, { validTo: '2025-12-31' }],
    ] as const) {
      const res = await req(specialist, method, url, payload);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
  });

  it('answers 404 for units outside the scope, and 403 for visible units without the permission', async () => {
    const w = await world();
    const head = await t.as('unit_head', { unit: w.deptA });
    const deptAdmin = await t.as(['system_admin', { role: 'leader', unitId: w.province.id }], { unit: w.deptA });
    for (const url of [
      `/api/units/${w.deptB.id}`,
      `/api/units/${w.deptB.id}/history`,
      `/api/units/${randomUUID()}`,
      `/api/units?parentId=${w.deptB.id}`,
    ]) {
      const res = await req(head, 'GET', url);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    const other = await buildOrg(db());
    expect((await req(deptAdmin, 'PATCH', `/api/units/${other.deptB.id}`, { name: 'X' })).statusCode).toBe(404);
    expect((await req(deptAdmin, 'POST', `/api/units/${other.deptB.id}/close`, { validTo: '2025-12-31' })).statusCode).toBe(404);
    const create = await req(deptAdmin, 'POST', '/api/units', { code: code(), name: 'X', kind: 'department', parentId: other.province.id });
    expect(create.statusCode).toBe(404);
    expect(create.json().error.code).toBe('UNIT_PARENT_NOT_FOUND');
    // Readable through the leader grant, but no unit.update/close/create there.
    expect((await req(deptAdmin, 'PATCH', `/api/units/${w.deptB.id}`, { name: 'X' })).statusCode).toBe(403);
    expect((await req(deptAdmin, 'POST', `/api/units/${w.deptB.id}/close`, { validTo: '2025-12-31' })).statusCode).toBe(403);
    expect(
      (await req(deptAdmin, 'POST', '/api/units', { code: code(), name: 'X', kind: 'department', parentId: w.province.id })).statusCode,
    ).toBe(403);
    // Moving the own department under a unit only readable is refused too.
    expect((await req(deptAdmin, 'PATCH', `/api/units/${w.sub.id}`, { parentId: w.deptB.id })).statusCode).toBe(403);
    const ok = await req(deptAdmin, 'PATCH', `/api/units/${w.sub.id}`, { name: 'Phòng đổi tên' });
    expect(ok.statusCode).toBe(200);
    expect(await auditOf(w.deptB.id)).toHaveLength(0);
  });
});
