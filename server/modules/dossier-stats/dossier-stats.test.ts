import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, buildStatsDossier, buildStatsOrg, createTestApp, type SignedIn, type TestApp } from '@tests/harness';

const Q1 = 'from=2026-01-01&to=2026-03-31';

describe.each(ENGINES)('dossier statistics on %s', (engine) => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof buildStatsOrg>>;
  let head: SignedIn;
  let codes: Record<number, string>;

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.clock.now = new Date('2026-06-01T00:00:00+07:00');
    const db = t.database.db;
    org = await buildStatsOrg(db);
    const { deptA: A, deptB: B, deptB1: B1, commune: C, procA, procB, procC, handlerA, handlerB1 } = org;
    const a = { procedureId: procA.id, handlingUnitId: A.id };
    const b = { procedureId: procB.id, handlingUnitId: B.id };
    // Hand-computed expectations for Q1 2026 judged on 1 June 2026 are in the tests below; numbers = dossier #.
    const set = {
      1: {
        ...a,
        channel: 'in_person',
        status: 'returned',
        receivedAt: '2025-12-10T08:00',
        finishedAt: '2026-01-05T09:00',
        originalDueAt: '2026-01-08T08:00',
        timeliness: 'early',
      },
      2: { ...a, channel: 'online', status: 'processing', receivedAt: '2025-12-20T08:00', originalDueAt: '2026-01-15T08:00' },
      3: {
        ...a,
        channel: 'online',
        status: 'returned',
        receivedAt: '2026-01-10T08:00',
        finishedAt: '2026-01-20T09:00',
        originalDueAt: '2026-01-20T10:00',
        timeliness: 'on_time',
      },
      4: {
        ...a,
        channel: 'in_person',
        status: 'returned',
        receivedAt: '2026-02-01T08:00',
        finishedAt: '2026-02-20T09:00',
        originalDueAt: '2026-02-15T08:00',
        timeliness: 'late',
        steps: [{ unitId: A.id, handlerId: handlerA.id, dueAt: '2026-02-15T08:00', finishedAt: '2026-02-20T09:00', timeliness: 'late' }],
      },
      5: { ...a, channel: 'postal', status: 'processing', receivedAt: '2026-03-25T08:00', originalDueAt: '2026-04-10T08:00' },
      6: {
        ...b,
        channel: 'online',
        status: 'done',
        receivedAt: '2026-01-05T08:00',
        finishedAt: '2026-01-09T08:00',
        originalDueAt: '2026-01-19T08:00',
        timeliness: 'early',
      },
      7: {
        ...b,
        channel: 'in_person',
        status: 'returned',
        receivedAt: '2026-02-10T08:00',
        finishedAt: '2026-03-10T08:00',
        originalDueAt: '2026-03-03T08:00',
        timeliness: 'late',
        // Inter-agency: a step at B then at its sub-unit B1, which lost the time; the dossier counts once, for B.
        steps: [
          { unitId: B.id, dueAt: '2026-02-20T08:00', finishedAt: '2026-02-19T08:00', timeliness: 'early' },
          { unitId: B1.id, handlerId: handlerB1.id, dueAt: '2026-03-03T08:00', finishedAt: '2026-03-10T08:00', timeliness: 'late' },
        ],
      },
      8: {
        procedureId: procB.id,
        handlingUnitId: B1.id,
        channel: 'online',
        status: 'processing',
        receivedAt: '2026-03-01T08:00',
        originalDueAt: '2026-03-20T08:00',
        steps: [{ unitId: B1.id, handlerId: handlerB1.id, dueAt: '2026-03-20T08:00' }],
      },
      9: { ...b, channel: 'online', status: 'supplement_requested', receivedAt: '2026-03-05T08:00', originalDueAt: '2026-03-15T08:00' },
      10: {
        procedureId: procC.id,
        handlingUnitId: C.id,
        channel: 'in_person',
        status: 'returned',
        receivedAt: '2026-02-02T08:00',
        finishedAt: '2026-02-03T08:00',
        originalDueAt: '2026-02-05T08:00',
      },
      11: { procedureId: procC.id, handlingUnitId: C.id, channel: 'in_person', status: 'withdrawn', receivedAt: '2026-01-15T08:00' },
      12: {
        procedureId: procC.id,
        handlingUnitId: C.id,
        channel: 'in_person',
        status: 'processing',
        receivedAt: '2026-04-02T08:00',
        originalDueAt: '2026-04-09T08:00',
      },
      13: {
        ...a,
        channel: 'in_person',
        status: 'returned',
        receivedAt: '2025-11-01T08:00',
        finishedAt: '2025-12-15T08:00',
        originalDueAt: '2025-12-20T08:00',
        timeliness: 'early',
      },
      14: {
        ...a,
        channel: 'online',
        status: 'returned',
        receivedAt: '2026-03-30T08:00',
        finishedAt: '2026-04-05T08:00',
        originalDueAt: '2026-04-02T08:00',
        timeliness: 'late',
      },
      15: {
        ...a,
        channel: 'in_person',
        status: 'returned',
        receivedAt: '2026-03-02T08:00',
        finishedAt: '2026-04-03T08:00',
        originalDueAt: '2026-03-27T08:00',
        timeliness: 'late',
        steps: [{ unitId: A.id, handlerId: handlerA.id, dueAt: '2026-03-27T08:00', finishedAt: '2026-04-03T08:00', timeliness: 'late' }],
      },
    } as const;
    codes = {};
    const ids: Record<number, string> = {};
    for (const [n, d] of Object.entries(set)) {
      const row = await buildStatsDossier(db, { ...d, steps: 'steps' in d ? [...d.steps] : [] });
      codes[Number(n)] = row.code;
      ids[Number(n)] = row.id;
    }
    // Supplement requests as the dossiers action records them: 9 asked twice by B in March (the second flagged), 7 once,
    // 3 a second time in April (after Q1).
    const supplement = (n: number, at: string, unitId: string, repeated: boolean) =>
      db
        .insertInto('dossierEvents')
        .values({
          dossierId: ids[n]!,
          type: 'request_supplement',
          fromStatus: 'processing',
          toStatus: 'supplement_requested',
          at: new Date(`${at}+07:00`),
          actorId: null,
          unitId,
          note: 'Thiếu bản sao',
          data: JSON.stringify({ repeated, reason: repeated ? 'Bản sao chưa chứng thực' : null, previousAtUnit: repeated ? 1 : 0 }),
        })
        .execute();
    await supplement(9, '2026-03-06T08:00', B.id, false);
    await supplement(9, '2026-03-10T08:00', B.id, true);
    await supplement(7, '2026-02-12T08:00', B.id, false);
    await supplement(3, '2026-01-12T08:00', A.id, false);
    await supplement(3, '2026-04-10T08:00', A.id, true);
    head = await t.as('unit_head', { unit: org.province });
  });
  afterAll(async () => t.close());

  const get = (s: SignedIn, url: string) => s.get(url);

  it('counts the province for Q1 by hand-computed figures', async () => {
    const res = await get(head, `/api/dossier-stats?unitId=${org.province.id}&${Q1}`);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.total).toEqual({
      carriedOver: 2,
      receivedOnline: 5,
      receivedInPerson: 4,
      receivedPostal: 1,
      received: 10,
      toHandle: 12,
      finished: 6,
      finishedEarly: 3,
      finishedOnTime: 1,
      finishedLate: 2,
      inProgress: 6,
      inProgressWithinTime: 3,
      inProgressOverdue: 3,
      // (2 late finished + 3 overdue) / 12 = 41.67 % late.
      onTimeRate: 58.33,
      // Only 9's second request falls in Q1 (3's is in April).
      repeatedSupplements: 1,
    });
    expect(r.endedWithoutResult).toBe(1);
    expect(r.asOf).toBe('2026-04-01T00:00:00+07:00');
  });

  it('breaks the province down by child unit, inter-agency dossiers once', async () => {
    const r = (await get(head, `/api/dossier-stats?unitId=${org.province.id}&${Q1}&groupBy=unit`)).json();
    const row = (id: string) => r.rows.find((x: { unitId: string }) => x.unitId === id);
    expect(r.rows.map((x: { key: string }) => x.key)).not.toContain('self');
    expect(row(org.deptA.id)).toMatchObject({
      carriedOver: 2,
      receivedOnline: 2,
      receivedInPerson: 2,
      receivedPostal: 1,
      finishedEarly: 1,
      finishedOnTime: 1,
      finishedLate: 1,
      inProgressWithinTime: 2,
      inProgressOverdue: 2,
      toHandle: 7,
      onTimeRate: 57.14,
    });
    expect(row(org.deptB.id)).toMatchObject({
      receivedOnline: 3,
      receivedInPerson: 1,
      finishedEarly: 1,
      finishedLate: 1,
      inProgressWithinTime: 1,
      inProgressOverdue: 1,
      toHandle: 4,
      onTimeRate: 50,
    });
    expect(row(org.commune.id)).toMatchObject({ receivedInPerson: 1, finishedEarly: 1, toHandle: 1, onTimeRate: 100 });
    expect([row(org.deptA.id).repeatedSupplements, row(org.deptB.id).repeatedSupplements, row(org.commune.id).repeatedSupplements]).toEqual(
      [0, 1, 0],
    );
  });

  it('gives a unit its own row and its sub-units', async () => {
    const r = (await get(head, `/api/dossier-stats?unitId=${org.deptB.id}&${Q1}`)).json();
    expect(r.rows.map((x: { key: string; toHandle: number }) => [x.key, x.toHandle])).toEqual([
      ['self', 3],
      [org.deptB1.id, 1],
    ]);
    expect(r.total.inProgressOverdue).toBe(1);
  });

  it('groups by sector and filters by sector or procedure', async () => {
    const bySector = (await get(head, `/api/dossier-stats?unitId=${org.province.id}&${Q1}&groupBy=sector`)).json();
    expect(bySector.rows.map((x: { key: string; toHandle: number }) => [x.key, x.toHandle])).toEqual([
      ['Đất đai', 4],
      ['Hộ tịch', 1],
      ['Tư pháp', 7],
    ]);
    expect(bySector.rows.map((x: { key: string; repeatedSupplements: number }) => x.repeatedSupplements)).toEqual([1, 0, 0]);
    const land = (await get(head, `/api/dossier-stats?unitId=${org.province.id}&${Q1}&sector=${encodeURIComponent('Đất đai')}`)).json();
    expect(land.total).toMatchObject({ toHandle: 4, repeatedSupplements: 1 });
    const proc = (await get(head, `/api/dossier-stats?unitId=${org.province.id}&${Q1}&procedureId=${org.procC.id}`)).json();
    expect(proc.total).toMatchObject({ toHandle: 1, finishedEarly: 1, repeatedSupplements: 0 });
    // April: 3's second request (Tư pháp, unit A).
    const april = (await get(head, `/api/dossier-stats?unitId=${org.province.id}&from=2026-04-01&to=2026-04-30&groupBy=sector`)).json();
    expect(april.rows.filter((x: { repeatedSupplements: number }) => x.repeatedSupplements > 0).map((x: { key: string }) => x.key)).toEqual(
      ['Tư pháp'],
    );
  });

  it('lists late dossiers with the step, unit and handler that lost the time', async () => {
    const res = await get(head, `/api/dossier-stats/late?unitId=${org.province.id}&${Q1}`);
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.total).toBe(5);
    expect(page.items.map((x: { code: string; state: string }) => [x.code, x.state])).toEqual([
      [codes[2], 'overdue'],
      [codes[4], 'finished'],
      [codes[7], 'finished'],
      [codes[8], 'overdue'],
      [codes[15], 'overdue'],
    ]);
    const [d2, d4, d7, d8] = page.items;
    expect(d2.step).toBeNull();
    expect(d4.step).toMatchObject({ position: 1, unitId: org.deptA.id, handlerId: org.handlerA.id, handlerName: 'Người dùng thử' });
    expect(d7.step).toMatchObject({ position: 2, unitId: org.deptB1.id, unitName: 'Văn phòng đăng ký B1', handlerId: org.handlerB1.id });
    expect(d8.step).toMatchObject({ position: 1, unitId: org.deptB1.id, finishedAt: null });
    // Due Tue 3/3 08:00, finished Tue 10/3 08:00: five working days late (the Tết days around 4's due count none).
    expect(d7.workingDaysLate).toBe(5);
    const second = (await get(head, `/api/dossier-stats/late?unitId=${org.province.id}&${Q1}&limit=2&offset=4`)).json();
    expect(second.items).toHaveLength(1);
    expect((await get(head, `/api/dossier-stats/late?unitId=${org.province.id}&${Q1}&limit=2&offset=10`)).json()).toEqual({
      items: [],
      total: 5,
    });
  });

  it('gives the monthly trend', async () => {
    const r = (await get(head, `/api/dossier-stats/trend?unitId=${org.province.id}&${Q1}`)).json();
    expect(r.points.map((p: { month: string; received: number; finishedLate: number }) => [p.month, p.received, p.finishedLate])).toEqual([
      ['2026-01', 2, 0],
      ['2026-02', 3, 1],
      ['2026-03', 5, 1],
    ]);
  });

  it('answers 404 outside the caller’s report scope and defaults to the caller’s unit', async () => {
    const s = await t.as('unit_officer', { unit: org.deptA });
    expect((await get(s, `/api/dossier-stats?unitId=${org.province.id}&${Q1}`)).statusCode).toBe(404);
    expect((await get(s, `/api/dossier-stats/late?unitId=${org.deptB.id}&${Q1}`)).statusCode).toBe(404);
    const own = (await get(s, `/api/dossier-stats?${Q1}`)).json();
    expect(own.unit.id).toBe(org.deptA.id);
    expect(own.total.toHandle).toBe(7);
    // unit_officer has report.read but not report.export.
    expect((await get(s, `/api/dossier-stats/export.xlsx?${Q1}`)).statusCode).toBe(403);
    expect((await get(await t.as('one_stop_clerk', { unit: org.deptA }), `/api/dossier-stats?${Q1}`)).statusCode).toBe(403);
  });

  it.each([
    ['from after to', 'from=2026-03-01&to=2026-02-01'],
    ['not a date', 'from=2026-02-30&to=2026-03-01'],
    ['missing to', 'from=2026-01-01'],
    ['bad groupBy', `${Q1}&groupBy=month`],
    ['unknown field', `${Q1}&foo=1`],
    ['bad unit id', `${Q1}&unitId=abc`],
    ['too long', 'from=2000-01-01&to=2026-01-01'],
  ])('refuses %s with 400', async (_name, qs) => {
    const res = await get(head, `/api/dossier-stats?${qs}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('exports the periodic report to Excel with merged headers and the figures', async () => {
    const res = await get(head, `/api/dossier-stats/export.xlsx?unitId=${org.province.id}&${Q1}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('C4').value).toBe('Tổng số hồ sơ tiếp nhận');
    expect(ws.getCell('D4').isMerged).toBe(true);
    expect(ws.getCell('E6').value).toBe('Trực tuyến');
    expect(ws.getCell('G4').value).toBe('Đã giải quyết');
    expect(ws.getCell('K4').value).toBe('Đang giải quyết');
    expect(ws.getCell('N4').value).toBe('Tỉ lệ đúng hạn (%)');
    expect(ws.getCell('O4').value).toBe('Hồ sơ yêu cầu bổ sung lần 2 trở lên');
    const rows = ws.getSheetValues().filter((v) => Array.isArray(v)) as unknown[][];
    const total = rows.find((v) => v[2] === 'Tổng cộng')!;
    // STT, label, then: to handle, carried over, online, in person+postal, finished (early, on time, late), in progress
    // (within, overdue), rate, repeated supplements.
    expect(total.slice(3)).toEqual([12, 2, 5, 5, 6, 3, 1, 2, 6, 3, 3, 58.33, 1]);
    const a = rows.find((v) => v[2] === org.deptA.name)!;
    expect(a.slice(3, 7)).toEqual([7, 2, 2, 3]);
  });
});
