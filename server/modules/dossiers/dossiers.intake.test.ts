import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ENGINES,
  PDF_BASE64,
  buildOneStopWorld,
  buildOrg,
  buildProcedure,
  buildUnit,
  createTestApp,
  type SignedIn,
  type TestApp,
} from '@tests/harness';

type Step = { unit: { id: string }; name: string; handler: { id: string } | null };

describe.each(ENGINES)('dossier intake: the handling commune, the step handler on %s', (engine) => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof buildOneStopWorld>>;
  let centre: { id: string };
  let centreClerk: SignedIn;
  let otherProvinceCommune: { id: string };
  let closedCommune: { id: string };
  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.database.db;
    w = await buildOneStopWorld(t);
    centre = await buildUnit(db, { kind: 'one_stop_centre', parentId: w.org.province.id, name: 'Trung tâm PVHCC tỉnh thử' });
    centreClerk = await t.as('one_stop_clerk', { unit: centre });
    otherProvinceCommune = (await buildOrg(db)).commune;
    closedCommune = await buildUnit(db, {
      kind: 'ward',
      parentId: w.org.province.id,
      name: 'Phường đã sáp nhập',
      validFrom: '2020-01-01',
      validTo: '2025-06-30',
    });
  });
  afterAll(async () => t.close());

  const post = (s: SignedIn | null, url: string, payload: unknown) => (s ?? t.anon).post(url, payload);
  const get = (s: SignedIn, url: string) => s.get(url);
  const applicant = { name: 'Nguyễn Thị Hoa', idNumber: '066123456789' };

  /** A commune-level procedure catalogued at the province (as the Đắk Lắk seed does): two steps at "the commune". */
  const communeProcedure = () =>
    buildProcedure(t.database.db, {
      handlingUnitId: w.org.province.id,
      level: 'commune',
      steps: [
        { unitId: w.org.province.id, name: 'Công chức tư pháp – hộ tịch xem xét', timeShare: 0.7 },
        { unitId: w.org.province.id, name: 'Chủ tịch UBND xã ký', timeShare: 0.3 },
      ],
    });
  const intake = (s: SignedIn, p: Awaited<ReturnType<typeof communeProcedure>>, extra: Record<string, unknown> = {}) =>
    post(s, '/api/dossiers', { procedureId: p.procedure.id, applicant, documentIds: p.requiredIds, ...extra });

  it('asks the provincial centre for the commune that handles a commune-level procedure', async () => {
    const p = await communeProcedure();
    const res = await intake(centreClerk, p);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'DOSSIER_HANDLING_COMMUNE_REQUIRED',
      issues: [{ path: 'body.handlingCommuneId', code: 'DOSSIER_HANDLING_COMMUNE_REQUIRED' }],
    });
    expect(res.json().error.message).toMatch(/xã.*\/ .*commune/);
  });

  it('runs the commune steps at the commune named by the provincial centre', async () => {
    const p = await communeProcedure();
    const res = await intake(centreClerk, p, { handlingCommuneId: w.communeB.id });
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({
      status: 'received',
      receivingUnit: { id: centre.id },
      handlingUnit: { id: w.communeB.id, name: 'Xã B' },
      currentUnit: { id: w.communeB.id },
      currentHandler: null,
    });
    expect(d.steps.map((s: Step) => [s.unit.id, s.name])).toEqual([
      [w.communeB.id, 'Công chức tư pháp – hộ tịch xem xét'],
      [w.communeB.id, 'Chủ tịch UBND xã ký'],
    ]);
    // The answer is what a read gives; the commune's staff see the dossier, the other commune does not.
    expect((await get(centreClerk, `/api/dossiers/${d.id}`)).body).toBe(res.body);
    expect((await get(w.sessions.clerkB, `/api/dossiers/${d.id}`)).statusCode).toBe(200);
    expect((await get(w.sessions.clerkA, `/api/dossiers/${d.id}`)).statusCode).toBe(404);
  });

  it('refuses a named unit that is not a commune in effect in the province', async () => {
    const p = await communeProcedure();
    const cases: Array<[string, string]> = [
      [w.org.deptB.id, 'not a commune'],
      [w.org.province.id, 'not a commune'],
      [centre.id, 'not a commune'],
      [otherProvinceCommune.id, 'outside the province'],
      [closedCommune.id, 'not in effect'],
      ['00000000-0000-4000-8000-000000000000', 'not found'],
    ];
    for (const [id, why] of cases) {
      const res = await intake(centreClerk, p, { handlingCommuneId: id });
      expect([res.statusCode, res.json().error.code], why).toEqual([400, 'DOSSIER_HANDLING_COMMUNE_INVALID']);
      // The same answer for every reason, so another province's units cannot be told from missing ones.
      expect(res.json().error.issues, why).toEqual([
        {
          path: 'body.handlingCommuneId',
          message: 'Không phải xã, phường, đặc khu đang hoạt động trong tỉnh / not a commune in effect in the province',
          code: 'DOSSIER_HANDLING_COMMUNE_INVALID',
        },
      ]);
    }
    expect((await intake(centreClerk, p, { handlingCommuneId: 'xa-b' })).statusCode).toBe(400);
  });

  it('keeps a commune’s own reception unchanged and refuses a commune named where it does not apply', async () => {
    const p = await communeProcedure();
    const own = await intake(w.sessions.clerkA, p);
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().handlingUnit.id).toBe(w.communeA.id);
    expect(own.json().steps.map((s: Step) => s.unit.id)).toEqual([w.communeA.id, w.communeA.id]);
    expect(own.json().currentHandler?.id).toBe(w.users.clerkA.id);
    const elsewhere = await intake(w.sessions.clerkA, p, { handlingCommuneId: w.communeB.id });
    expect([elsewhere.statusCode, elsewhere.json().error.code]).toEqual([400, 'DOSSIER_HANDLING_COMMUNE_NOT_APPLICABLE']);
    expect(elsewhere.json().error.issues[0].path).toBe('body.handlingCommuneId');
    const provincial = await buildProcedure(t.database.db, { handlingUnitId: w.org.deptB.id });
    const notCommune = await intake(centreClerk, provincial, { handlingCommuneId: w.communeB.id });
    expect([notCommune.statusCode, notCommune.json().error.code]).toEqual([400, 'DOSSIER_HANDLING_COMMUNE_NOT_APPLICABLE']);
    const atCentre = await intake(centreClerk, provincial);
    expect(atCentre.statusCode, atCentre.body).toBe(201);
    expect(atCentre.json().handlingUnit.id).toBe(w.org.deptB.id);
  });

  it('takes a commune-level procedure online only at a commune, which then handles it', async () => {
    const p = await communeProcedure();
    const files = p.requiredIds.map((id, i) => ({
      procedureDocumentId: id,
      fileName: `giay-to-${i}.pdf`,
      mimeType: 'application/pdf',
      content: PDF_BASE64,
    }));
    const atCentre = await post(null, '/api/public/dossiers', {
      procedureId: p.procedure.id,
      receivingUnitId: centre.id,
      applicant,
      files,
    });
    expect([atCentre.statusCode, atCentre.json().error.code]).toEqual([400, 'DOSSIER_RECEIVING_UNIT_INVALID']);
    expect(atCentre.json().error.issues[0].path).toBe('body.receivingUnitId');
    const atCommune = await post(null, '/api/public/dossiers', {
      procedureId: p.procedure.id,
      receivingUnitId: w.communeB.id,
      applicant,
      files,
    });
    expect(atCommune.statusCode, atCommune.body).toBe(201);
    const d = (await get(w.sessions.clerkB, `/api/dossiers/by-code/${atCommune.json().code}`)).json();
    expect(d.handlingUnit.id).toBe(w.communeB.id);
    const acc = await post(w.sessions.clerkB, `/api/dossiers/${d.id}/accept`, { expectedVersion: d.version });
    expect(acc.statusCode, acc.body).toBe(200);
    expect(acc.json().steps.map((s: Step) => s.unit.id)).toEqual([w.communeB.id, w.communeB.id]);
  });

  it('lists the intake units with their commune, and the province’s communes for a unit outside any', async () => {
    const centreUnits = (await get(centreClerk, '/api/dossiers/intake/units')).json();
    expect(centreUnits.items).toEqual([expect.objectContaining({ id: centre.id, communeId: null, provinceId: w.org.province.id })]);
    const ids = centreUnits.communes.map((c: { id: string }) => c.id);
    expect(ids).toEqual(expect.arrayContaining([w.communeA.id, w.communeB.id, w.org.commune.id]));
    expect(ids).not.toContain(otherProvinceCommune.id);
    expect(ids).not.toContain(closedCommune.id);
    expect(centreUnits.communes.find((c: { id: string }) => c.id === w.communeB.id)).toMatchObject({
      name: 'Xã B',
      kind: 'commune',
      provinceId: w.org.province.id,
    });
    const communeUnits = (await get(w.sessions.clerkA, '/api/dossiers/intake/units')).json();
    expect(communeUnits).toEqual({
      items: [expect.objectContaining({ id: w.communeA.id, communeId: w.communeA.id, provinceId: w.org.province.id })],
      communes: [],
    });
  });

  it('records who closed a step without a named handler: the head who finishes, the clerk who forwards', async () => {
    const p = await buildProcedure(t.database.db, {
      handlingUnitId: w.org.deptB.id,
      steps: [
        { unitId: w.communeA.id, name: 'Tiếp nhận', timeShare: 0.1 },
        { unitId: w.org.deptB.id, name: 'Thẩm định, ký', timeShare: 0.9 },
      ],
    });
    const d = (await intake(w.sessions.clerkA, p)).json();
    const fwd = await post(w.sessions.clerkA, `/api/dossiers/${d.id}/forward`, { expectedVersion: d.version });
    expect(fwd.statusCode, fwd.body).toBe(200);
    expect(fwd.json().steps.map((s: Step) => s.handler?.id ?? null)).toEqual([w.users.clerkA.id, null]);
    const done = await post(w.sessions.headDept, `/api/dossiers/${d.id}/finish`, { expectedVersion: fwd.json().version });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().steps.map((s: Step) => s.handler?.id ?? null)).toEqual([w.users.clerkA.id, w.users.headDept.id]);
    // A step whose handler was named keeps that handler.
    const d2 = (await intake(w.sessions.clerkA, p)).json();
    const fwd2 = await post(w.sessions.clerkA, `/api/dossiers/${d2.id}/forward`, {
      expectedVersion: d2.version,
      handlerId: w.users.specialist.id,
    });
    const done2 = await post(w.sessions.headDept, `/api/dossiers/${d2.id}/finish`, { expectedVersion: fwd2.json().version });
    expect(done2.json().steps.map((s: Step) => s.handler?.id ?? null)).toEqual([w.users.clerkA.id, w.users.specialist.id]);
  });
});
