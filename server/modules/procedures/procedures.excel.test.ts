import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, buildOrg, createTestApp, type SignedIn, type TestApp } from '@tests/harness';

const code = () => `9.${randomUUID().replace(/-/g, '').slice(0, 8)}`;

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}
const sheet = (wb: ExcelJS.Workbook, name: string) => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};
const toBase64 = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');

describe.each(ENGINES)('procedure catalogue Excel on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
    t.clock.now = new Date('2026-03-02T03:00:00Z');
  });
  afterAll(async () => t.close());

  const db = () => t.database.db;
  const req = (s: SignedIn | null, method: 'GET' | 'POST', url: string, payload?: unknown) => (s ?? t.anon).request(method, url, payload);
  async function world() {
    const org = await buildOrg(db());
    const admin = await t.as('system_admin', { unit: org.province });
    const mk = async (o: Record<string, unknown>) => {
      const res = await req(admin, 'POST', '/api/procedures', {
        nationalCode: code(),
        name: 'Thủ tục thử',
        sector: 'Lĩnh vực A',
        level: 'province',
        handlingUnitId: org.deptB.id,
        durationValue: 10,
        durationUnit: 'working_day',
        validFrom: '2025-07-01',
        documents: [
          { name: 'Tờ khai', form: 'original' },
          { name: 'Căn cước', form: 'copy', quantity: 2, isRequired: false },
        ],
        steps: [
          { unitId: org.deptA.id, name: 'Tiếp nhận', timeShare: 0.25 },
          { unitId: org.deptB.id, name: 'Giải quyết', timeShare: 0.75 },
        ],
        ...o,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string; nationalCode: string };
    };
    const a = await mk({ name: 'Cấp giấy phép A', feeAmount: 150000, feeText: '150.000 đồng' });
    const b = await mk({ name: 'Cấp giấy phép B', sector: 'Lĩnh vực B', onlineLevel: 'full', isInterAgency: true });
    const c = await mk({
      name: 'Khai sinh thử',
      sector: 'Hộ tịch',
      level: 'commune',
      handlingUnitId: org.province.id,
      durationValue: 4,
      durationUnit: 'working_hour',
      steps: [{ unitId: org.province.id, name: 'Xã giải quyết', timeShare: 1 }],
    });
    return { ...org, admin, a, b, c };
  }

  it('exports the filtered catalogue with documents and steps, readable by exceljs', async () => {
    const w = await world();
    const res = await req(w.admin, 'GET', `/api/procedures/export.xlsx?sector=${encodeURIComponent('Lĩnh vực A')}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = await load(res.rawPayload);
    const procs = sheet(wb, 'Thủ tục');
    expect(procs.rowCount).toBe(2);
    const row = procs.getRow(2);
    expect(row.getCell(1).value).toBe(w.a.nationalCode);
    expect(row.getCell(2).value).toBe('Cấp giấy phép A');
    expect(row.getCell(4).value).toBe('Cấp tỉnh');
    expect(row.getCell(7).value).toBe(10);
    expect(row.getCell(8).value).toBe('ngày làm việc');
    expect(row.getCell(10).value).toBe(150000);
    expect(row.getCell(11).value).toBe('Một phần');
    expect(row.getCell(12).value).toBe('Không');
    const docs = sheet(wb, 'Giấy tờ');
    expect(docs.rowCount).toBe(3);
    expect(docs.getRow(3).values).toEqual([undefined, w.a.nationalCode, 'Căn cước', 'Bản sao', 2, 'Không']);
    const steps = sheet(wb, 'Quy trình');
    expect(steps.getRow(2).getCell(5).value).toBe(25);
    expect(steps.getRow(3).getCell(5).value).toBe(75);
    const all = await load((await req(w.admin, 'GET', '/api/procedures/export.xlsx')).rawPayload);
    expect(sheet(all, 'Thủ tục').rowCount).toBe(4);
    const tpl = await req(w.admin, 'GET', '/api/procedures/template.xlsx');
    expect(tpl.statusCode).toBe(200);
    const template = await load(tpl.rawPayload);
    expect(template.worksheets.map((s) => s.name)).toEqual(['Thủ tục', 'Giấy tờ', 'Quy trình', 'Đơn vị', 'Hướng dẫn']);
    expect(sheet(template, 'Thủ tục').rowCount).toBe(1);
    expect(sheet(template, 'Đơn vị').rowCount).toBe(5);
  });

  it('round-trips an export, reports every bad row with its sheet and row, and saves nothing when one is bad', async () => {
    const w = await world();
    const exported = (await req(w.admin, 'GET', '/api/procedures/export.xlsx')).rawPayload;
    const same = await req(w.admin, 'POST', '/api/procedures/import', {
      fileName: 'danh-muc.xlsx',
      contentBase64: exported.toString('base64'),
      dryRun: true,
    });
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json()).toMatchObject({ dryRun: true, errors: [], created: 0, updated: 0 });
    expect(same.json().procedures.map((p: { action: string }) => p.action)).toEqual(['update', 'update', 'update']);

    const wb = await load(exported);
    const newCode = code();
    const badCode = code();
    sheet(wb, 'Thủ tục').addRow([
      newCode,
      'Thủ tục mới từ Excel',
      'Lĩnh vực C',
      'Cấp tỉnh',
      w.deptA.code,
      '',
      5,
      'ngày làm việc',
      '',
      '',
      'Toàn trình',
      'Có',
      '',
      'Căn cứ',
      '01/03/2026',
      '',
    ]);
    sheet(wb, 'Thủ tục').addRow([
      badCode,
      'Thủ tục sai',
      'Lĩnh vực C',
      'Cấp huyện',
      'KHONG-CO',
      '',
      'mười',
      'tuần',
      '',
      '',
      'Toàn trình',
      'Có',
      '',
      '',
      '31/02/2026',
      '',
    ]);
    sheet(wb, 'Giấy tờ').addRow([newCode, 'Tờ khai', 'Bản chính', 1, 'Có']);
    sheet(wb, 'Giấy tờ').addRow([badCode, 'Tờ khai', 'Bản scan', 0, 'Có']);
    sheet(wb, 'Quy trình').addRow([newCode, 'Giải quyết', w.deptA.code, '', 60]);
    sheet(wb, 'Quy trình').addRow([newCode, 'Ký', w.deptA.code, '', 30]);
    sheet(wb, 'Quy trình').addRow(['9.khongco', 'Bước lạc', w.deptA.code, '', 100]);
    const content = await toBase64(wb);
    const dry = (
      await req(w.admin, 'POST', '/api/procedures/import', { fileName: 'sai.xlsx', contentBase64: content, dryRun: true })
    ).json();
    const where = dry.errors.map((e: { sheet: string; row: number }) => `${e.sheet}!${e.row}`);
    expect(where).toEqual(['Thủ tục!5', 'Thủ tục!6', 'Giấy tờ!9', 'Quy trình!9']);
    expect(dry.errors[0].message).toMatch(/tổng tỉ lệ thời gian các bước là 90%/);
    expect(dry.errors[1].message).toMatch(/cấp thực hiện "Cấp huyện"/);
    expect(dry.errors[1].message).toMatch(/không có đơn vị mã "KHONG-CO"/);
    expect(dry.errors[1].message).toMatch(/ngày hiệu lực "31\/02\/2026"/);
    const res = await req(w.admin, 'POST', '/api/procedures/import', { fileName: 'sai.xlsx', contentBase64: content });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'PROCEDURE_IMPORT_INVALID' });
    expect(res.json().error.issues.map((i: { path: string }) => i.path)).toEqual(where);
    expect(await db().selectFrom('procedures').select('id').where('nationalCode', 'in', [newCode, badCode]).execute()).toEqual([]);

    // Fix the file: drop the bad rows, make the shares 100%, change one existing procedure.
    sheet(wb, 'Thủ tục').spliceRows(6, 1);
    sheet(wb, 'Giấy tờ').spliceRows(9, 1);
    sheet(wb, 'Quy trình').spliceRows(9, 1);
    sheet(wb, 'Quy trình').getRow(8).getCell(5).value = 40;
    sheet(wb, 'Thủ tục').getRow(2).getCell(7).value = 12;
    const ok = await req(w.admin, 'POST', '/api/procedures/import', { fileName: 'dung.xlsx', contentBase64: await toBase64(wb) });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ dryRun: false, errors: [], created: 1, updated: 3 });
    const created = await db().selectFrom('procedures').selectAll().where('nationalCode', '=', newCode).executeTakeFirstOrThrow();
    expect(created).toMatchObject({
      name: 'Thủ tục mới từ Excel',
      handlingUnitId: w.deptA.id,
      durationValue: 5,
      onlineLevel: 'full',
      isInterAgency: true,
      validFrom: '2026-03-01',
    });
    const steps = await db()
      .selectFrom('procedureSteps')
      .select(['position', 'timeShare'])
      .where('procedureId', '=', created.id)
      .orderBy('position')
      .execute();
    expect(steps).toEqual([
      { position: 1, timeShare: 0.6 },
      { position: 2, timeShare: 0.4 },
    ]);
    const list = (await req(w.admin, 'GET', '/api/procedures')).json();
    expect(list.total).toBe(4);
    const firstCode = sheet(wb, 'Thủ tục').getRow(2).getCell(1).value as string;
    const changed = list.items.find((i: { nationalCode: string }) => i.nationalCode === firstCode);
    expect(changed).toMatchObject({ durationValue: 12, documentCount: expect.any(Number) });
    const audit = await db().selectFrom('auditLog').select(['action']).where('entityId', '=', created.id).execute();
    expect(audit).toEqual([{ action: 'procedure.create' }]);
  });

  it('re-imports its own export unchanged while dossiers use the documents, and still refuses changing a used document', async () => {
    const w = await world();
    const docsOf = (procedureId: string) =>
      db()
        .selectFrom('procedureDocuments')
        .select(['id', 'position', 'name', 'form', 'quantity', 'isRequired'])
        .where('procedureId', '=', procedureId)
        .orderBy('position')
        .execute();
    const before = await docsOf(w.a.id);
    const used = before[0];
    if (!used) throw new Error('no document');
    const dossier = await db()
      .insertInto('dossiers')
      .values({
        code: `T${randomUUID().slice(0, 8)}-260302-0001`,
        procedureId: w.a.id,
        receivingUnitId: w.deptB.id,
        handlingUnitId: w.deptB.id,
        currentUnitId: w.deptB.id,
        channel: 'online',
        status: 'submitted',
        applicantName: 'Nguyễn Văn An',
        submittedAt: '2026-03-02T09:00:00+07:00',
        updatedAt: '2026-03-02T09:00:00+07:00',
        clock: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db()
      .insertInto('dossierFiles')
      .values({
        dossierId: dossier.id,
        kind: 'submitted',
        procedureDocumentId: used.id,
        fileName: 'to-khai.pdf',
        mimeType: 'application/pdf',
        sizeBytes: 3,
        content: Buffer.from('pdf'),
      })
      .execute();
    const procBefore = await db().selectFrom('procedures').selectAll().where('id', '=', w.a.id).executeTakeFirstOrThrow();

    const exported = (await req(w.admin, 'GET', '/api/procedures/export.xlsx')).rawPayload;
    const same = await req(w.admin, 'POST', '/api/procedures/import', {
      fileName: 'danh-muc.xlsx',
      contentBase64: exported.toString('base64'),
    });
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json()).toMatchObject({ errors: [], created: 0, updated: 3 });
    expect(await docsOf(w.a.id)).toEqual(before); // same rows, same ids: the dossier's file still points at its document
    const { updatedAt: _a, ...procAfter } = await db()
      .selectFrom('procedures')
      .selectAll()
      .where('id', '=', w.a.id)
      .executeTakeFirstOrThrow();
    const { updatedAt: _b, ...procSame } = procBefore;
    expect(procAfter).toEqual(procSame);

    // Unused documents may change and be added; the used one keeps its id.
    const wb = await load(exported);
    const docRows = sheet(wb, 'Giấy tờ');
    const rowOf = (n: number) => {
      const rows: number[] = [];
      docRows.eachRow((r, i) => {
        if (r.getCell(1).value === w.a.nationalCode) rows.push(i);
      });
      return docRows.getRow(rows[n] ?? 0);
    };
    rowOf(1).getCell(4).value = 3;
    docRows.addRow([w.a.nationalCode, 'Giấy ủy quyền', 'Bản chính', 1, 'Không']);
    const grown = await req(w.admin, 'POST', '/api/procedures/import', { fileName: 'them.xlsx', contentBase64: await toBase64(wb) });
    expect(grown.statusCode, grown.body).toBe(200);
    const after = await docsOf(w.a.id);
    expect(after.map((d) => [d.position, d.name, d.quantity])).toEqual([
      [1, 'Tờ khai', 1],
      [2, 'Căn cước', 3],
      [3, 'Giấy ủy quyền', 1],
    ]);
    expect(after[0]?.id).toBe(used.id);
    expect(after[1]?.id).toBe(before[1]?.id);

    // Renaming, re-forming, re-counting or removing the used document is refused, and nothing else is saved.
    const changes: Array<(ws: ExcelJS.Worksheet, r: ExcelJS.Row) => void> = [
      (_ws, r) => (r.getCell(2).value = 'Tờ khai (mẫu mới)'),
      (_ws, r) => (r.getCell(3).value = 'Bản sao'),
      (_ws, r) => (r.getCell(4).value = 2),
      (ws, r) => ws.spliceRows(r.number, 1),
    ];
    for (const change of changes) {
      const file = await load(exported);
      const docs = sheet(file, 'Giấy tờ');
      let first: ExcelJS.Row | undefined;
      docs.eachRow((r) => {
        if (!first && r.getCell(1).value === w.a.nationalCode) first = r;
      });
      if (!first) throw new Error('no row');
      change(docs, first);
      sheet(file, 'Thủ tục').getRow(3).getCell(7).value = 99; // another procedure's change, which must not be saved
      const res = await req(w.admin, 'POST', '/api/procedures/import', { fileName: 'doi.xlsx', contentBase64: await toBase64(file) });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.message).toContain(
        `giấy tờ của thủ tục ${w.a.nationalCode} đã dùng trong hồ sơ; hãy dùng "Thay thế phiên bản"`,
      );
      expect(await docsOf(w.a.id)).toEqual(after);
    }
    expect(
      (
        await db()
          .selectFrom('procedures')
          .select('durationValue')
          .where('durationValue', '=', 99)
          .where('handlingUnitId', 'in', [w.deptB.id, w.province.id])
          .execute()
      ).length,
    ).toBe(0);

    // The edit form follows the same rule: sending the documents back unchanged is fine, changing the used one is not.
    const same2 = after.map(({ name, form, quantity, isRequired }) => ({ name, form, quantity, isRequired }));
    const patch = (documents: unknown) => w.admin.patch(`/api/procedures/${w.a.id}`, { durationValue: 11, documents });
    expect((await patch(same2)).statusCode).toBe(200);
    expect(await docsOf(w.a.id)).toEqual(after);
    // A used document's name sent back with other spacing is the same document: accepted, and stored as it was.
    const spaced = [{ ...same2[0], name: ` ${same2[0]?.name.replace(' ', '  ')} ` }, ...same2.slice(1)];
    expect((await patch(spaced)).statusCode).toBe(200);
    expect(await docsOf(w.a.id)).toEqual(after);
    const refused = await patch([{ ...same2[0], quantity: 5 }, ...same2.slice(1)]);
    expect([refused.statusCode, refused.json().error.code]).toEqual([400, 'PROCEDURE_IN_USE']);
  });

  it('refuses an unreadable file, a missing sheet, and rows of units the caller may not manage', async () => {
    const w = await world();
    const unreadable = await req(w.admin, 'POST', '/api/procedures/import', {
      fileName: 'a.xlsx',
      contentBase64: Buffer.from('hello').toString('base64'),
    });
    expect(unreadable.statusCode).toBe(400);
    expect(unreadable.json().error.code).toBe('PROCEDURE_IMPORT_UNREADABLE');
    const bare = new ExcelJS.Workbook();
    bare.addWorksheet('Thủ tục').addRow(['Mã TTHC']);
    const missing = (
      await req(w.admin, 'POST', '/api/procedures/import', { fileName: 'a.xlsx', contentBase64: await toBase64(bare), dryRun: true })
    ).json();
    expect(missing.errors.map((e: { message: string }) => e.message).join(' ')).toMatch(
      /Thiếu cột.*Thiếu trang "Giấy tờ".*Thiếu trang "Quy trình"/,
    );
    expect((await req(w.admin, 'POST', '/api/procedures/import', { fileName: 'a.csv', contentBase64: 'aGVsbG8=' })).statusCode).toBe(400);
    expect((await req(w.admin, 'POST', '/api/procedures/import', { fileName: 'a.xlsx', contentBase64: 'not base64!' })).statusCode).toBe(
      400,
    );
    const adminA = await t.as('system_admin', { unit: w.deptA });
    const exported = (await req(w.admin, 'GET', '/api/procedures/export.xlsx')).rawPayload.toString('base64');
    const denied = (
      await req(adminA, 'POST', '/api/procedures/import', { fileName: 'a.xlsx', contentBase64: exported, dryRun: true })
    ).json();
    expect(denied.errors).toHaveLength(3);
    expect(denied.errors[0].message).toMatch(/không có quyền quản lý/);
    const clerk = await t.as('one_stop_clerk', { unit: w.commune });
    expect((await req(clerk, 'POST', '/api/procedures/import', { fileName: 'a.xlsx', contentBase64: exported })).statusCode).toBe(403);
    expect((await req(clerk, 'GET', '/api/procedures/export.xlsx')).statusCode).toBe(200);
    expect((await req(null, 'GET', '/api/procedures/template.xlsx')).statusCode).toBe(401);
  });
});
