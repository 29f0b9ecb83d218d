import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asLocalDate } from '@core/calendar';
import { periodBounds } from '@core/dossier-stats';
import { countByReceivingPoint, scanByReceivingPoint } from './dossier-stats.extra.repo';
import { ENGINES, buildStatsDossier, buildStatsOrg, buildUnit, createTestApp, type SignedIn, type TestApp } from '@tests/harness';

// Issue #14 point 8: the report by receiving point (the centre's own figures, dossiers handled elsewhere included), the
// online-service figures and the apology letters; each scoped to the caller's units, bad input → 400.
describe.each(ENGINES)('receiving points, online services and apologies on %s', (engine) => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof buildStatsOrg>>;
  let centre: Awaited<ReturnType<typeof buildUnit>>;
  let secretariat: SignedIn;
  const Q1 = 'from=2026-01-01&to=2026-03-31';
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.clock.now = new Date('2026-06-01T00:00:00+07:00');
    const db = t.database.db;
    org = await buildStatsOrg(db);
    centre = await buildUnit(db, { kind: 'one_stop_centre', parentId: org.province.id, name: 'Trung tâm Phục vụ hành chính công' });
    await db.updateTable('procedures').set({ onlineLevel: 'full' }).where('id', '=', org.procA.id).execute();
    const atCentre = { receivingUnitId: centre.id };
    // At the centre: one for department A finished early in Q1, one for the commune open and overdue at its end,
    // one online for department A (fully online procedure) open within time; carried over from 2025, finished in Q1 late.
    const early = await buildStatsDossier(db, {
      ...atCentre,
      procedureId: org.procA.id,
      handlingUnitId: org.deptA.id,
      channel: 'in_person',
      status: 'returned',
      receivedAt: '2026-02-02T08:00',
      finishedAt: '2026-02-05T08:00',
      originalDueAt: '2026-02-10T17:00',
      timeliness: 'early',
    });
    ids.early = early.id;
    const forCommune = await buildStatsDossier(db, {
      ...atCentre,
      procedureId: org.procC.id,
      handlingUnitId: org.commune.id,
      channel: 'in_person',
      status: 'processing',
      receivedAt: '2026-03-02T08:00',
      originalDueAt: '2026-03-09T17:00',
    });
    ids.forCommune = forCommune.id;
    const online = await buildStatsDossier(db, {
      ...atCentre,
      procedureId: org.procA.id,
      handlingUnitId: org.deptA.id,
      channel: 'online',
      status: 'processing',
      receivedAt: '2026-03-20T08:00',
      originalDueAt: '2026-04-20T17:00',
    });
    ids.online = online.id;
    await buildStatsDossier(db, {
      ...atCentre,
      procedureId: org.procA.id,
      handlingUnitId: org.deptA.id,
      channel: 'postal',
      status: 'done',
      receivedAt: '2025-12-20T08:00',
      finishedAt: '2026-01-20T08:00',
      originalDueAt: '2026-01-10T17:00',
      timeliness: 'late',
    });
    // At the commune, for itself.
    await buildStatsDossier(db, {
      procedureId: org.procC.id,
      handlingUnitId: org.commune.id,
      channel: 'in_person',
      status: 'received',
      receivedAt: '2026-03-25T08:00',
      originalDueAt: '2026-04-25T17:00',
    });
    secretariat = await t.as('secretariat', { unit: org.province });
  });
  afterAll(async () => t.close());

  it('counts each receiving point’s dossiers wherever they are handled, with those received for other units', async () => {
    const res = await secretariat.get(`/api/dossier-stats/receiving-points?unitId=${org.province.id}&${Q1}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const row = (id: string) => body.rows.find((r: { unitId: string }) => r.unitId === id);
    expect(row(centre.id)).toMatchObject({
      label: 'Trung tâm Phục vụ hành chính công',
      carriedOver: 1,
      received: 3,
      receivedOnline: 1,
      receivedInPerson: 2,
      receivedForOthers: 3,
      finishedEarly: 1,
      finishedLate: 1,
      inProgress: 2,
      inProgressOverdue: 1,
      inProgressWithinTime: 1,
      toHandle: 4,
      onTimeRate: 50,
    });
    expect(row(org.commune.id)).toMatchObject({ received: 1, receivedForOthers: 0, inProgressWithinTime: 1 });
    expect(body.total).toMatchObject({ received: 4, toHandle: 5, receivedForOthers: 3 });
    // By handling unit, the centre has nothing of its own: the department and the commune have them.
    const periodic = (await secretariat.get(`/api/dossier-stats?unitId=${org.province.id}&${Q1}`)).json();
    expect(periodic.rows.find((r: { unitId: string }) => r.unitId === centre.id)).toMatchObject({ received: 0, toHandle: 0 });
    expect(periodic.total.received).toBe(body.total.received);
  });

  it.each([
    ['the first quarter', '2026-01-01', '2026-03-31', null],
    ['a month inside it', '2026-02-01', '2026-02-28', null],
    ['a day', '2026-03-02', '2026-03-02', null],
    ['the year, the commune’s procedure only', '2026-01-01', '2026-12-31', 'procC'],
  ] as const)('counts by receiving point as the dossier scan does: %s', async (_name, from, to, procedure) => {
    const b = periodBounds({ from: asLocalDate(from), to: asLocalDate(to) });
    const s = {
      rootId: org.province.id,
      from,
      to,
      start: new Date(b.start),
      end: new Date(b.end),
      cutoff: new Date(Math.min(b.end, t.clock.now.getTime())),
      sector: null,
      procedureId: procedure ? org[procedure].id : null,
    };
    const sorted = (rows: Array<{ key: string }>) => [...rows].sort((x, y) => x.key.localeCompare(y.key));
    const fast = await countByReceivingPoint(t.database.db, s);
    expect(sorted(fast.rows)).toEqual(sorted(await scanByReceivingPoint(t.database.db, s)));
  });

  it('shows a unit user only the receiving points of their unit; another unit is a 404', async () => {
    const head = await t.as('unit_head', { unit: org.commune });
    const own = await head.get(`/api/dossier-stats/receiving-points?${Q1}`);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().rows.map((r: { unitId: string }) => r.unitId)).toEqual([org.commune.id]);
    // The centre received a dossier the commune handles, but the centre is not the commune's to read.
    expect((await head.get(`/api/dossier-stats/receiving-points?unitId=${centre.id}&${Q1}`)).statusCode).toBe(404);
    expect((await head.get(`/api/dossier-stats/apologies?unitId=${centre.id}&${Q1}`)).statusCode).toBe(404);
    expect((await head.get(`/api/dossier-stats/online?unitId=${org.province.id}&${Q1}`)).statusCode).toBe(404);
    const clerk = await t.as('one_stop_clerk', { unit: centre });
    expect((await clerk.get(`/api/dossier-stats/receiving-points?${Q1}`)).statusCode).toBe(403);
  });

  it.each([
    ['from after to', 'from=2026-03-31&to=2026-01-01', 'querystring.to'],
    ['a date that is not one', 'from=2026-02-30&to=2026-03-31', 'querystring.from'],
    ['a unit that is not an id', `unitId=x&${Q1}`, 'querystring.unitId'],
    ['an unknown parameter', `${Q1}&by=x`, 'querystring'],
  ])('refuses %s with a 400 naming the field', async (_name, qs, path) => {
    for (const route of ['receiving-points', 'online', 'apologies']) {
      const res = await secretariat.get(`/api/dossier-stats/${route}?${qs}`);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(
        res
          .json()
          .error.issues.map((i: { path: string }) => i.path)
          .join(' '),
      ).toContain(path);
    }
  });

  it('computes the online-service figures from what is stored: channel, catalogue level, payment method, result files, scans', async () => {
    const db = t.database.db;
    const clerk = await t.as('one_stop_clerk', { unit: centre });
    const event = (dossierId: string, type: string, at: string, data: object, note: string | null = null, unitId = org.deptA.id) =>
      db
        .insertInto('dossierEvents')
        .values({
          dossierId,
          type,
          fromStatus: 'processing',
          toStatus: 'processing',
          at: new Date(`${at}+07:00`),
          unitId,
          note,
          data: JSON.stringify(data),
        })
        .execute();
    const doc = await db
      .insertInto('procedureDocuments')
      .values({ procedureId: org.procA.id, position: 1, name: 'Tờ khai', form: 'original' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const file = (dossierId: string, kind: 'submitted' | 'result' | 'scan', uploadedBy: string | null) =>
      db
        .insertInto('dossierFiles')
        .values({
          procedureDocumentId: kind === 'scan' ? doc.id : null,
          dossierId,
          kind,
          fileName: 'a.pdf',
          mimeType: 'application/pdf',
          sizeBytes: 3,
          content: Buffer.from('pdf'),
          uploadedBy,
        })
        .execute();
    await event(ids.online as string, 'confirm_payment', '2026-03-21T09:00', { paymentMethod: 'online' });
    await event(ids.early as string, 'confirm_payment', '2026-02-03T09:00', { paymentMethod: 'counter' });
    // Returned on 6 February with its result file; the online dossier's result, returned later, is outside the period.
    await db
      .updateTable('dossiers')
      .set({ returnedAt: new Date('2026-02-06T09:00:00+07:00') })
      .where('id', '=', ids.early as string)
      .execute();
    await file(ids.early as string, 'result', clerk.user.id);
    // Scanned at the counter (twice: one dossier); a document a handler added is not a scan.
    await file(ids.early as string, 'scan', clerk.user.id);
    await file(ids.early as string, 'scan', clerk.user.id);
    await file(ids.forCommune as string, 'submitted', org.handlerA.id);
    await file(ids.online as string, 'submitted', null);

    const res = await secretariat.get(`/api/dossier-stats/online?unitId=${org.province.id}&${Q1}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      received: 4,
      receivedOnline: 1,
      onlineShare: 25,
      receivedFullLevel: 2,
      receivedOnlineFullLevel: 1,
      fullyOnline: 1,
      fullyOnlineShare: 25,
      paymentsOnline: 1,
      paymentsCounter: 1,
      paymentsUnrecorded: 0,
      onlinePaymentShare: 50,
      returned: 1,
      returnedElectronic: 1,
      electronicResultShare: 100,
      receivedAtCounter: 3,
      digitisedAtCounter: 1,
      digitisedShare: 33.33,
    });
    // The online dossier paid at a counter is no longer fully online.
    await event(ids.online as string, 'confirm_payment', '2026-03-22T09:00', { paymentMethod: 'counter' });
    const again = (await secretariat.get(`/api/dossier-stats/online?unitId=${org.province.id}&${Q1}`)).json();
    expect(again).toMatchObject({ fullyOnline: 0, paymentsCounter: 2 });
  });

  it('counts the apology letters by unit and reason, late ones apart, and lists them', async () => {
    const db = t.database.db;
    const apology = (dossierId: string, at: string, note: string | null, late: boolean, unitId: string) =>
      db
        .insertInto('dossierEvents')
        .values({
          dossierId,
          type: 'issue_apology',
          fromStatus: 'processing',
          toStatus: 'processing',
          at: new Date(`${at}+07:00`),
          unitId,
          note,
          data: JSON.stringify({ newDueAt: '2026-04-30T17:00:00+07:00', late }),
        })
        .execute();
    await apology(ids.online as string, '2026-03-25T10:00', 'Chờ  kết quả xác minh', false, org.deptA.id);
    await apology(ids.early as string, '2026-02-04T10:00', 'chờ kết quả xác minh', true, org.deptA.id);
    await apology(ids.early as string, '2026-03-01T10:00', 'Thiếu nhân lực', false, org.deptB1.id);
    await apology(ids.early as string, '2026-05-01T10:00', 'Ngoài kỳ', false, org.deptA.id);

    const res = await secretariat.get(`/api/dossier-stats/apologies?unitId=${org.province.id}&${Q1}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 3, late: 1 });
    expect(body.rows).toEqual([
      { unitId: org.deptA.id, label: org.deptA.name, count: 2, late: 1 },
      // Department B1 counts under its parent, department B.
      { unitId: org.deptB.id, label: org.deptB.name, count: 1, late: 0 },
    ]);
    expect(body.reasons).toEqual([
      { reason: 'Chờ kết quả xác minh', count: 2 },
      { reason: 'Thiếu nhân lực', count: 1 },
    ]);
    expect(body.items.map((i: { reason: string }) => i.reason)).toEqual(['Chờ kết quả xác minh', 'Thiếu nhân lực', 'chờ kết quả xác minh']);
    // A unit user sees only their unit's letters.
    const head = await t.as('unit_head', { unit: org.deptB });
    expect((await head.get(`/api/dossier-stats/apologies?${Q1}`)).json()).toMatchObject({ total: 1, late: 0 });
  });
});
