import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, buildOrg, buildProcedure, buildUnit, createTestApp, type TestApp } from '@tests/harness';

describe.each(ENGINES)('public catalogue for online submission on %s', (engine) => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof buildOrg>>;
  let centre: { id: string };
  let ward: { id: string };
  beforeAll(async () => {
    t = await createTestApp(engine);
    org = await buildOrg(t.database.db);
    centre = await buildUnit(t.database.db, { kind: 'one_stop_centre', parentId: org.province.id, name: 'Trung tâm PVHCC thử' });
    ward = await buildUnit(t.database.db, { kind: 'ward', parentId: org.province.id, name: 'Phường thử' });
    await buildUnit(t.database.db, {
      kind: 'commune',
      parentId: org.province.id,
      name: 'Xã đã sáp nhập',
      validFrom: '2020-01-01',
      validTo: '2025-06-30',
    });
  });
  afterAll(async () => t.close());

  const get = (url: string) => t.anon.get(url);

  it('lists procedures in effect offered online, with their documents, without a session', async () => {
    const full = await buildProcedure(t.database.db, { handlingUnitId: org.deptB.id, onlineLevel: 'full' });
    const none = await buildProcedure(t.database.db, { handlingUnitId: org.deptB.id, onlineLevel: 'none' });
    const res = await get(`/api/public/procedures?q=${encodeURIComponent(full.procedure.name)}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toHaveLength(1);
    expect(res.json().items[0]).toMatchObject({ id: full.procedure.id, onlineLevel: 'full', level: 'province', durationValue: 5 });
    expect(res.json().items[0].documents.map((d: { id: string; isRequired: boolean }) => [d.id, d.isRequired])).toEqual(
      full.documents.map((d) => [d.id, d.isRequired]),
    );
    const hidden = await get(`/api/public/procedures?q=${encodeURIComponent(none.procedure.name)}`);
    expect(hidden.json().items).toEqual([]);
  });

  it('offers the province one-stop centre for a province-level procedure', async () => {
    const p = await buildProcedure(t.database.db, { handlingUnitId: org.deptB.id, level: 'province' });
    const res = await get(`/api/public/receiving-units?procedureId=${p.procedure.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((u: { id: string }) => u.id)).toEqual([centre.id]);
  });

  it('offers the communes and wards in effect for a commune-level procedure', async () => {
    const p = await buildProcedure(t.database.db, { handlingUnitId: org.province.id, level: 'commune' });
    const res = await get(`/api/public/receiving-units?procedureId=${p.procedure.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(
      res
        .json()
        .items.map((u: { id: string }) => u.id)
        .sort(),
    ).toEqual([org.commune.id, ward.id].sort());
    expect(res.json().items[0]).toEqual(expect.objectContaining({ kind: expect.any(String), address: null }));
  });

  it('refuses a procedure not offered online or unknown', async () => {
    const none = await buildProcedure(t.database.db, { handlingUnitId: org.deptB.id, onlineLevel: 'none' });
    const res = await get(`/api/public/receiving-units?procedureId=${none.procedure.id}`);
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'PROCEDURE_NOT_ONLINE']);
    const unknown = await get('/api/public/receiving-units?procedureId=00000000-0000-4000-8000-000000000000');
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'PROCEDURE_NOT_FOUND']);
    expect(unknown.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['query.procedureId']);
    expect(res.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['query.procedureId']);
    const ended = await buildProcedure(t.database.db, { handlingUnitId: org.deptB.id });
    await t.database.db
      .updateTable('procedures')
      .set({ validFrom: '2020-01-01', validTo: '2020-12-31' })
      .where('id', '=', ended.procedure.id)
      .execute();
    const old = await get(`/api/public/receiving-units?procedureId=${ended.procedure.id}`);
    expect([old.statusCode, old.json().error.code, old.json().error.issues[0]?.path]).toEqual([
      400,
      'PROCEDURE_NOT_IN_EFFECT',
      'query.procedureId',
    ]);
  });

  it.each([
    ['/api/public/receiving-units', 'missing procedureId'],
    ['/api/public/receiving-units?procedureId=abc', 'malformed procedureId'],
    ['/api/public/procedures?limit=0', 'limit below 1'],
    ['/api/public/procedures?limit=1000', 'limit above 100'],
    ['/api/public/procedures?other=1', 'unknown parameter'],
    [`/api/public/procedures?q=${'x'.repeat(101)}`, 'query too long'],
  ])('answers 400 for %s (%s)', async (url) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBeTruthy();
  });
});
