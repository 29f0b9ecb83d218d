import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ENGINES, buildDossier, buildOrg, buildUnit, createTestApp, type SignedIn, type TestApp } from '@tests/harness';
import { dossierFormDocument } from './dossier-forms.service';

describe.each(ENGINES)('dossier forms on %s', (engine) => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof buildOrg>>;
  let clerk: SignedIn;
  let outsider: SignedIn;
  let noRole: SignedIn;
  let leader: SignedIn;
  let dossierId: string;
  let bare: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { CCHC_PUBLIC_URL: 'https://dvc.example.vn' });
    const db = t.database.db;
    org = await buildOrg(db);
    clerk = await t.as('one_stop_clerk', { unit: org.deptA });
    outsider = await t.as('one_stop_clerk', { unit: org.commune });
    noRole = await t.as([], { unit: org.deptA });
    leader = await t.as('leader', { unit: org.province });
    const full = await buildDossier(db, {
      receivingUnitId: org.deptA.id,
      handlingUnitId: org.deptB.id,
      originalDueAt: '2026-11-25T16:30:00+07:00',
      events: [
        {
          type: 'receive',
          from: 'submitted',
          to: 'received',
          at: '2026-11-18T09:15:00+07:00',
          actorId: clerk.user.id,
          unitId: org.deptA.id,
        },
        {
          type: 'request_supplement',
          from: 'processing',
          to: 'supplement_requested',
          at: '2026-11-19T10:00:00+07:00',
          data: { items: ['Bản vẽ sơ đồ thửa đất'] },
        },
        {
          type: 'extension_issued',
          from: 'processing',
          to: 'processing',
          at: '2026-11-24T10:00:00+07:00',
          note: 'Cần xác minh',
          data: { newDueAt: '2026-12-02T16:30:00+07:00' },
        },
        { type: 'stop', from: 'processing', to: 'stopped', at: '2026-11-26T10:00:00+07:00', note: 'Theo đề nghị' },
      ],
      steps: [
        {
          unitId: org.deptA.id,
          name: 'Tiếp nhận',
          startedAt: '2026-11-18T09:15:00+07:00',
          dueAt: '2026-11-18T16:30:00+07:00',
          finishedAt: '2026-11-18T10:00:00+07:00',
        },
        {
          unitId: org.deptB.id,
          name: 'Thẩm định',
          startedAt: '2026-11-18T10:00:00+07:00',
          dueAt: '2026-11-21T16:30:00+07:00',
          finishedAt: '2026-11-23T10:00:00+07:00',
        },
      ],
    });
    dossierId = full.dossier.id;
    bare = (await buildDossier(db, { receivingUnitId: org.deptA.id })).dossier.id;
  });
  afterAll(async () => t.close());

  const get = (url: string, s?: SignedIn) => (s ?? t.anon).get(url);

  it.each(['01', '02', '04', '05', '06'])('renders form %s as a PDF', async (form) => {
    const res = await get(`/api/dossiers/${dossierId}/forms/${form}.pdf`, clerk);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.rawPayload.length).toBeGreaterThan(10_000);
    expect(res.rawPayload.length).toBeLessThan(500_000);
    expect(res.headers['content-disposition']).toContain(`mau-${form}-`);
  });

  it('puts the public lookup URL from CCHC_PUBLIC_URL in the QR target', async () => {
    const actor = {
      userId: 'x',
      username: 'x',
      fullName: 'x',
      unitId: org.deptA.id,
      grants: [{ role: 'one_stop_clerk' as const, unitId: org.deptA.id }],
      sessionId: 's',
      csrfToken: 'c',
    };
    const doc = await dossierFormDocument(t.app.deps, actor, dossierId, '06', 'https://dvc.example.vn');
    const row = await t.database.db
      .selectFrom('dossiers')
      .select(['code', 'lookupKey'])
      .where('id', '=', dossierId)
      .executeTakeFirstOrThrow();
    expect(doc.qrUrl).toBe(`https://dvc.example.vn/tra-cuu/${row.lookupKey}`);
    expect(doc.qrUrl).not.toContain(row.code);
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' ? table.rows.map((r) => r[5]) : []).toEqual(['Đúng hạn', 'Quá hạn']);
  });

  it.each([
    [
      '2025-06-30T10:00:00+07:00',
      'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
      'THÔNG BÁO VỀ VIỆC DỪNG XỬ LÝ HỒ SƠ',
      'Mẫu số 05 (Thông tư 01/2018/TT-VPCP, Mẫu 05)',
    ],
    [
      '2025-07-01T10:00:00+07:00',
      'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
      'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
      'Mẫu số 06 (Thông tư 03/2025/TT-VPCP, Phụ lục I, Mẫu 06)',
    ],
  ])(
    'prints the forms of a dossier received %s under the rules of that day (docs/DOMAIN.md §10.3)',
    async (receivedAt, t04, t05, ref06) => {
      const actor = {
        userId: 'x',
        username: 'x',
        fullName: 'x',
        unitId: org.deptA.id,
        grants: [{ role: 'one_stop_clerk' as const, unitId: org.deptA.id }],
        sessionId: 's',
        csrfToken: 'c',
      };
      const { dossier } = await buildDossier(t.database.db, {
        receivingUnitId: org.deptA.id,
        handlingUnitId: org.deptB.id,
        receivedAt,
        submittedAt: receivedAt,
        events: [
          { type: 'receive', from: 'submitted', to: 'received', at: receivedAt, unitId: org.deptA.id },
          { type: 'issue_apology', from: 'processing', to: 'processing', at: receivedAt, note: 'Chờ xác minh' },
          { type: 'stop', from: 'processing', to: 'stopped', at: receivedAt, note: 'Theo đề nghị' },
        ],
        steps: [
          { unitId: org.deptA.id, name: 'Tiếp nhận', startedAt: receivedAt, dueAt: null, finishedAt: null },
          { unitId: org.deptB.id, name: 'Thẩm định' },
        ],
      });
      const doc = (form: string) => dossierFormDocument(t.app.deps, actor, dossier.id, form, 'https://dvc.example.vn');
      expect((await doc('04')).title).toBe(t04);
      expect((await doc('05')).title).toBe(t05);
      const slip = await doc('06');
      expect(slip.formRef).toBe(ref06);
      // The centre has not handed the dossier over yet: the slip prints the deadline (docs/DOMAIN.md §10.6).
      expect(JSON.stringify(slip.blocks)).toContain('Hạn chuyển hồ sơ đến cơ quan giải quyết:');
    },
  );

  it.each([
    ['02', 'no supplement event'],
    ['03', 'no refusal event'],
    ['04', 'no apology event'],
    ['05', 'no stop event'],
  ])('answers 404 DOSSIER_FORM_NOT_AVAILABLE for %s when there is %s', async (form) => {
    const res = await get(`/api/dossiers/${bare}/forms/${form}.pdf`, clerk);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('DOSSIER_FORM_NOT_AVAILABLE');
  });

  it('answers 401 without a session, 403 without dossier.read, 404 outside scope and for unknown ids or forms', async () => {
    expect((await get(`/api/dossiers/${dossierId}/forms/01.pdf`)).statusCode).toBe(401);
    expect((await get(`/api/dossiers/${dossierId}/forms/01.pdf`, noRole)).statusCode).toBe(403);
    const outside = await get(`/api/dossiers/${dossierId}/forms/01.pdf`, outsider);
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.code).toBe('NOT_FOUND');
    expect((await get(`/api/dossiers/00000000-0000-4000-8000-000000000000/forms/01.pdf`, clerk)).statusCode).toBe(404);
    expect((await get(`/api/dossiers/${dossierId}/forms/07.pdf`, clerk)).statusCode).toBe(404);
    expect((await get(`/api/dossiers/not-a-uuid/forms/01.pdf`, clerk)).statusCode).toBe(400);
  });

  it('lets the handling unit and a province-wide leader read the forms', async () => {
    const handler = await t.as('specialist', { unit: org.deptB });
    expect((await get(`/api/dossiers/${dossierId}/forms/06.pdf`, handler)).statusCode).toBe(200);
    expect((await get(`/api/dossiers/${dossierId}/forms/01.pdf`, leader)).statusCode).toBe(200);
  });

  it('exports the register of a unit subtree as PDF and Excel with one row per dossier in the period', async () => {
    const q = `unitId=${org.province.id}&from=2026-11-01&to=2026-11-30`;
    const pdf = await get(`/api/dossier-register.pdf?${q}`, leader);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await get(`/api/dossier-register.xlsx?${q}`, leader);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    // Two title rows, one header row, then the two dossiers of this org.
    expect(ws.rowCount).toBe(5);
    expect(ws.getRow(3).getCell(2).value).toBe('Mã hồ sơ');
    expect(String(ws.getRow(4).getCell(5).value)).toBe('Nguyễn Văn An');
    const outOfPeriod = await get(`/api/dossier-register.xlsx?unitId=${org.province.id}&from=2026-10-01&to=2026-10-31`, leader);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(outOfPeriod.rawPayload as unknown as ArrayBuffer);
    expect(wb2.worksheets[0]!.rowCount).toBe(3);
  });

  it('guards the register: 403 without report.export, 404 outside scope, 400 on bad periods', async () => {
    const q = `unitId=${org.deptA.id}&from=2026-11-01&to=2026-11-30`;
    expect((await get(`/api/dossier-register.pdf?${q}`, clerk)).statusCode).toBe(200);
    expect((await get(`/api/dossier-register.xlsx?${q}`, clerk)).statusCode).toBe(403);
    expect((await get(`/api/dossier-register.pdf?unitId=${org.province.id}&from=2026-11-01&to=2026-11-30`, clerk)).statusCode).toBe(404);
    const other = await buildUnit(t.database.db, { kind: 'province' });
    expect((await get(`/api/dossier-register.xlsx?unitId=${other.id}&from=2026-11-01&to=2026-11-30`, leader)).statusCode).toBe(404);
    for (const bad of [
      'from=2026-11-30&to=2026-11-01',
      'from=2025-01-01&to=2026-11-30',
      'from=2026-02-30&to=2026-03-01',
      'from=x&to=y',
      'from=2026-11-01',
    ]) {
      const res = await get(`/api/dossier-register.pdf?unitId=${org.deptA.id}&${bad}`, clerk);
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    // An impossible date is reported as such, on its own field (not as a wrong order).
    for (const [bad, field] of [
      ['from=2026-13-01&to=2026-12-31', 'from'],
      ['from=2026-11-01&to=2026-11-31', 'to'],
      ['from=2026-02-30&to=2026-03-01', 'from'],
    ]) {
      const issues = (await get(`/api/dossier-register.pdf?unitId=${org.deptA.id}&${bad}`, clerk)).json().error.issues;
      expect(issues, bad).toEqual([
        expect.objectContaining({ path: `querystring.${field}`, message: 'Ngày không tồn tại / no such date' }),
      ]);
    }
    // A malformed date gets one message: its format (the calendar check does not run on it).
    const malformed = (await get(`/api/dossier-register.pdf?unitId=${org.deptA.id}&from=x&to=2026-12-31`, clerk)).json().error.issues;
    expect(malformed).toEqual([
      expect.objectContaining({ path: 'querystring.from', message: 'Ngày phải có dạng YYYY-MM-DD / date must be YYYY-MM-DD' }),
    ]);
    const order = (await get(`/api/dossier-register.pdf?unitId=${org.deptA.id}&from=2026-11-30&to=2026-11-01`, clerk)).json().error.issues;
    expect(order).toEqual([
      expect.objectContaining({ path: 'querystring.to', message: 'Ngày kết thúc phải sau ngày bắt đầu / to must not be before from' }),
    ]);
  });
});
