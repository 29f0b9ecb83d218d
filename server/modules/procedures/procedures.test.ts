import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, buildOrg, buildUnit, createTestApp, type SignedIn, type TestApp } from '@tests/harness';

const code = () => `9.${randomUUID().replace(/-/g, '').slice(0, 8)}`;

describe.each(ENGINES)('procedure catalogue on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
    t.clock.now = new Date('2026-03-02T03:00:00Z');
  });
  afterAll(async () => t.close());

  const db = () => t.database.db;
  const req = (s: SignedIn | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    (s ?? t.anon).request(method, url, payload);
  async function world() {
    const org = await buildOrg(db());
    const admin = await t.as('system_admin', { unit: org.province });
    return { ...org, admin };
  }
  const body = (w: { deptA: { id: string }; deptB: { id: string } }, o: Record<string, unknown> = {}) => ({
    nationalCode: code(),
    name: 'Cấp Phiếu lý lịch tư pháp thử',
    sector: 'Lý lịch tư pháp',
    level: 'province',
    handlingUnitId: w.deptB.id,
    durationValue: 10,
    durationUnit: 'working_day',
    feeText: '200.000 đồng/lần',
    feeAmount: 200000,
    onlineLevel: 'full',
    validFrom: '2025-07-01',
    documents: [
      { name: 'Tờ khai yêu cầu cấp Phiếu', form: 'original', quantity: 1, isRequired: true },
      { name: 'Căn cước công dân', form: 'copy' },
    ],
    steps: [
      { unitId: w.deptA.id, name: 'Tiếp nhận', timeShare: 0.1 },
      { unitId: w.deptB.id, name: 'Thẩm định', timeShare: 0.9 },
    ],
    ...o,
  });
  const create = async (s: SignedIn, payload: unknown) => {
    const res = await req(s, 'POST', '/api/procedures', payload);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; nationalCode: string };
  };
  const ids = async (s: SignedIn, qs: string) =>
    ((await req(s, 'GET', `/api/procedures?${qs}`)).json().items as Array<{ id: string }>).map((i) => i.id);

  it('creates a procedure with its documents and steps, audited in the same transaction', async () => {
    const w = await world();
    const res = await req(w.admin, 'POST', '/api/procedures', body(w, { name: '  Cấp Phiếu lý lịch tư pháp thử ', feeText: '' }));
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({
      name: 'Cấp Phiếu lý lịch tư pháp thử',
      feeText: null,
      feeAmount: 200000,
      level: 'province',
      durationValue: 10,
      durationUnit: 'working_day',
      onlineLevel: 'full',
      isInterAgency: false,
      status: 'active',
      documentCount: 2,
      stepCount: 2,
      validTo: null,
    });
    expect(p.abilities).toEqual(['dossier.read', 'procedure.manage']);
    expect(p.documents).toMatchObject([
      { position: 1, name: 'Tờ khai yêu cầu cấp Phiếu', form: 'original', quantity: 1, isRequired: true },
      { position: 2, form: 'copy', quantity: 1, isRequired: true },
    ]);
    expect(p.steps).toMatchObject([
      { position: 1, unitId: w.deptA.id, timeShare: 0.1, atReceivingUnit: false },
      { position: 2, unitId: w.deptB.id, unitName: 'Sở Tư pháp thử', timeShare: 0.9 },
    ]);
    expect(p.versions).toEqual([{ id: p.id, validFrom: '2025-07-01', validTo: null }]);
    const audit = await db().selectFrom('auditLog').selectAll().where('entityId', '=', p.id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'procedure.create', entityType: 'procedure', unitId: w.deptB.id });
    expect(audit[0]?.after).toMatchObject({ nationalCode: p.nationalCode, documents: [{}, {}], steps: [{}, {}] });
  });

  it('lists the whole province catalogue to every dossier.read holder, searches without diacritics (đ = d) and filters', async () => {
    const w = await world();
    const a = await create(
      w.admin,
      body(w, { name: 'Đăng ký hoạt động Văn phòng công chứng', sector: 'Công chứng', handlingUnitId: w.deptA.id }),
    );
    const b = await create(
      w.admin,
      body(w, { name: 'Cấp giấy phép xây dựng', sector: 'Xây dựng', onlineLevel: 'partial', isInterAgency: true }),
    );
    const c = await create(
      w.admin,
      body(w, {
        name: 'Đăng ký khai sinh',
        sector: 'Hộ tịch',
        level: 'commune',
        handlingUnitId: w.province.id,
        durationValue: 4,
        durationUnit: 'working_hour',
        steps: [{ unitId: w.province.id, name: 'Giải quyết tại xã', timeShare: 1 }],
      }),
    );
    const old = await create(w.admin, body(w, { name: 'Thủ tục đã bãi bỏ', validFrom: '2025-07-01', validTo: '2025-12-31' }));
    const clerk = await t.as('one_stop_clerk', { unit: w.commune });
    expect((await ids(clerk, '')).sort()).toEqual([a.id, b.id, c.id].sort());
    const list = (await req(clerk, 'GET', '/api/procedures')).json();
    expect(list).toMatchObject({ asOf: '2026-03-02', total: 3, abilities: ['dossier.read'] });
    expect(list.items.find((i: { id: string }) => i.id === c.id)).toMatchObject({
      level: 'commune',
      handlingUnitId: w.province.id,
      abilities: ['dossier.read'],
    });
    expect(await ids(clerk, 'q=dang%20ky%20khai')).toEqual([c.id]);
    expect(await ids(clerk, `q=${encodeURIComponent('ĐĂNG KÝ')}`)).toEqual(expect.arrayContaining([a.id, c.id]));
    expect(await ids(clerk, `q=${encodeURIComponent('đăng'.normalize('NFD'))}`)).toHaveLength(2);
    expect(await ids(clerk, `q=${a.nationalCode}`)).toEqual([a.id]);
    expect(await ids(clerk, `sector=${encodeURIComponent('Xây dựng')}`)).toEqual([b.id]);
    expect(await ids(clerk, 'level=commune')).toEqual([c.id]);
    expect(await ids(clerk, 'onlineLevel=partial')).toEqual([b.id]);
    expect(await ids(clerk, 'interAgency=true')).toEqual([b.id]);
    expect(await ids(clerk, `unitId=${w.deptA.id}`)).toEqual([a.id]);
    // A commune's filter shows the province's commune-level procedures, which every commune handles.
    expect(await ids(clerk, `unitId=${w.commune.id}`)).toEqual([c.id]);
    expect(await ids(clerk, 'asOf=2025-12-31')).toContain(old.id);
    expect(await ids(clerk, 'includeExpired=true')).toHaveLength(4);
    const page = (await req(clerk, 'GET', '/api/procedures?limit=2&offset=2')).json();
    expect(page).toMatchObject({ total: 3 });
    expect(page.items).toHaveLength(1);
    const sectors = (await req(clerk, 'GET', '/api/procedures/sectors')).json();
    expect(sectors.items).toEqual([
      { sector: 'Công chứng', count: 1 },
      { sector: 'Hộ tịch', count: 1 },
      { sector: 'Xây dựng', count: 1 },
    ]);
    // Another province sees none of it.
    const other = await buildOrg(db());
    const stranger = await t.as('leader', { unit: other.province });
    expect(await ids(stranger, 'includeExpired=true')).toEqual([]);
    expect((await req(stranger, 'GET', `/api/procedures/${a.id}`)).statusCode).toBe(404);
    expect((await req(stranger, 'GET', `/api/procedures?unitId=${w.deptA.id}`)).statusCode).toBe(404);
  });

  it('refuses step shares that do not sum to 1, unknown step units, a wrong level unit, bad dates and duplicates', async () => {
    const w = await world();
    const bad = await req(
      w.admin,
      'POST',
      '/api/procedures',
      body(w, {
        steps: [
          { unitId: w.deptA.id, name: 'A', timeShare: 0.5 },
          { unitId: w.deptB.id, name: 'B', timeShare: 0.4 },
        ],
      }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'body.steps' }] });
    expect(bad.json().error.message).toMatch(/100%/);
    const third = { unitId: w.deptA.id, name: 'x', timeShare: 0.3333 };
    expect(
      (await req(w.admin, 'POST', '/api/procedures', body(w, { steps: [third, { ...third }, { ...third, timeShare: 0.3334 }] })))
        .statusCode,
    ).toBe(201);
    const other = await buildOrg(db());
    const foreign = await req(
      w.admin,
      'POST',
      '/api/procedures',
      body(w, { steps: [{ unitId: other.deptA.id, name: 'A', timeShare: 1 }] }),
    );
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error).toMatchObject({ code: 'PROCEDURE_UNIT_NOT_FOUND', issues: [{ path: 'body.steps.0.unitId' }] });
    const commune = await req(w.admin, 'POST', '/api/procedures', body(w, { level: 'commune', handlingUnitId: w.deptA.id }));
    expect(commune.statusCode).toBe(400);
    expect(commune.json().error.issues[0]).toMatchObject({ path: 'body.handlingUnitId' });
    const dates = await req(w.admin, 'POST', '/api/procedures', body(w, { validFrom: '2026-02-01', validTo: '2026-01-01' }));
    expect(dates.statusCode).toBe(400);
    expect(dates.json().error.issues[0]).toMatchObject({ path: 'body.validTo' });
    const first = await create(w.admin, body(w));
    const dup = await req(w.admin, 'POST', '/api/procedures', body(w, { nationalCode: first.nationalCode }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('PROCEDURE_CODE_EXISTS');
  });

  it.each([
    ['an unknown field', { extra: 1 }],
    ['no documents', { documents: [] }],
    ['no steps', { steps: [] }],
    ['a negative duration', { durationValue: -1 }],
    ['an unknown duration unit', { durationUnit: 'week' }],
    ['an unknown online level', { onlineLevel: 'level4' }],
    ['a non-existent date', { validFrom: '2026-02-30' }],
    ['a bad code', { nationalCode: '1 001' }],
    ['an empty name', { name: '   ' }],
    ['a bad document form', { documents: [{ name: 'x', form: 'scan' }] }],
    ['a zero share', { steps: [{ unitId: randomUUID(), name: 'x', timeShare: 0 }] }],
  ])('answers 400 for %s', async (_, patch) => {
    const w = await world();
    const res = await req(w.admin, 'POST', '/api/procedures', body(w, patch));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.issues.length).toBeGreaterThan(0);
  });

  it('edits in place, replacing documents and steps as a whole', async () => {
    const w = await world();
    const p = await create(w.admin, body(w));
    const res = await req(w.admin, 'PATCH', `/api/procedures/${p.id}`, {
      durationValue: 7,
      documents: [{ name: 'Tờ khai mới', form: 'original_or_copy', quantity: 2, isRequired: false }],
      steps: [{ unitId: w.deptB.id, name: 'Một bước', timeShare: 1 }],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      durationValue: 7,
      documents: [{ position: 1, name: 'Tờ khai mới', form: 'original_or_copy', quantity: 2, isRequired: false }],
      steps: [{ position: 1, name: 'Một bước', timeShare: 1 }],
    });
    expect(await db().selectFrom('procedureDocuments').select('id').where('procedureId', '=', p.id).execute()).toHaveLength(1);
    const audit = await db()
      .selectFrom('auditLog')
      .selectAll()
      .where('entityId', '=', p.id)
      .where('action', '=', 'procedure.update')
      .execute();
    expect(audit[0]?.before).toMatchObject({ durationValue: 10, documents: [{}, {}] });
    expect((await req(w.admin, 'PATCH', `/api/procedures/${p.id}`, {})).statusCode).toBe(400);
    expect(
      (await req(w.admin, 'PATCH', `/api/procedures/${p.id}`, { steps: [{ unitId: w.deptB.id, name: 'x', timeShare: 0.5 }] })).statusCode,
    ).toBe(400);
    expect((await req(w.admin, 'PATCH', `/api/procedures/${randomUUID()}`, { name: 'x' })).statusCode).toBe(404);
  });

  it('replaces a procedure with a new version: the old row ends the day before and stays readable', async () => {
    const w = await world();
    const old = await create(w.admin, body(w));
    const res = await req(w.admin, 'POST', `/api/procedures/${old.id}/replace`, {
      validFrom: '2026-03-01',
      feeAmount: 100000,
      feeText: '100.000 đồng',
      documents: [{ name: 'Tờ khai điện tử', form: 'original' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const next = res.json();
    expect(next.id).not.toBe(old.id);
    expect(next).toMatchObject({
      nationalCode: old.nationalCode,
      validFrom: '2026-03-01',
      validTo: null,
      feeAmount: 100000,
      documents: [{ name: 'Tờ khai điện tử' }],
      stepCount: 2,
    });
    expect(next.versions).toEqual([
      { id: old.id, validFrom: '2025-07-01', validTo: '2026-02-28' },
      { id: next.id, validFrom: '2026-03-01', validTo: null },
    ]);
    const before = (await req(w.admin, 'GET', `/api/procedures/${old.id}`)).json();
    expect(before).toMatchObject({ validTo: '2026-02-28', status: 'expired', feeAmount: 200000, documentCount: 2 });
    expect(await ids(w.admin, `q=${old.nationalCode}`)).toEqual([next.id]);
    expect(await ids(w.admin, `q=${old.nationalCode}&asOf=2026-02-28`)).toEqual([old.id]);
    const again = await req(w.admin, 'POST', `/api/procedures/${old.id}/replace`, { validFrom: '2026-04-01' });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('PROCEDURE_ALREADY_CLOSED');
    const early = await req(w.admin, 'POST', `/api/procedures/${next.id}/replace`, { validFrom: '2026-03-01' });
    expect(early.json().error.issues[0]).toMatchObject({ path: 'body.validFrom' });
    const audit = await db()
      .selectFrom('auditLog')
      .selectAll()
      .where('entityId', '=', old.id)
      .where('action', '=', 'procedure.replace')
      .execute();
    expect(audit[0]?.after).toMatchObject({ validTo: '2026-02-28', replacedBy: next.id });
  });

  it('answers 401 without a session, 403 without procedure.manage, 404 outside the province', async () => {
    const w = await world();
    const p = await create(w.admin, body(w));
    expect((await req(null, 'GET', '/api/procedures')).statusCode).toBe(401);
    expect((await req(null, 'GET', `/api/procedures/${p.id}`)).statusCode).toBe(401);
    const specialist = await t.as('specialist', { unit: w.deptB });
    const seen = await req(specialist, 'GET', `/api/procedures/${p.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().abilities).toEqual(['dossier.read']);
    expect((await req(specialist, 'POST', '/api/procedures', body(w))).statusCode).toBe(403);
    expect((await req(specialist, 'PATCH', `/api/procedures/${p.id}`, { name: 'x' })).statusCode).toBe(403);
    // procedure.manage on department A only: B's procedures are visible, not manageable.
    const adminA = await t.as('system_admin', { unit: w.deptA });
    expect((await req(adminA, 'PATCH', `/api/procedures/${p.id}`, { name: 'x' })).statusCode).toBe(403);
    expect((await req(adminA, 'POST', '/api/procedures', body(w))).statusCode).toBe(403);
    expect((await req(adminA, 'POST', '/api/procedures', body(w, { handlingUnitId: w.deptA.id }))).statusCode).toBe(201);
    const other = await buildOrg(db());
    const stranger = await t.as('system_admin', { unit: other.province });
    expect((await req(stranger, 'GET', `/api/procedures/${p.id}`)).statusCode).toBe(404);
    expect((await req(stranger, 'PATCH', `/api/procedures/${p.id}`, { name: 'x' })).statusCode).toBe(404);
    expect((await req(stranger, 'POST', `/api/procedures/${p.id}/replace`, { validFrom: '2026-05-01' })).statusCode).toBe(404);
    expect((await req(stranger, 'POST', '/api/procedures', body(w))).statusCode).toBe(404);
    expect((await req(w.admin, 'GET', '/api/procedures/not-a-uuid')).statusCode).toBe(400);
    expect((await req(w.admin, 'GET', '/api/procedures?level=district')).statusCode).toBe(400);
    expect((await req(w.admin, 'GET', '/api/procedures?foo=1')).statusCode).toBe(400);
  });

  it('moves a procedure only to a handling unit of the same province that is open on validFrom', async () => {
    const w = await world();
    const p = await create(w.admin, body(w));
    const closed = await buildUnit(db(), { kind: 'department', parentId: w.province.id, validFrom: '2024-01-01', validTo: '2025-06-30' });
    const res = await req(w.admin, 'PATCH', `/api/procedures/${p.id}`, { handlingUnitId: closed.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0].path).toBe('body.handlingUnitId');
  });
});
