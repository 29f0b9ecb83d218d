import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, buildOrg, createTestApp, type TestApp } from '@tests/harness';

// The per-procedure payment pause (docs/DOMAIN.md §10.5) in the catalogue: create, read, change, Excel export and import.
describe.each(ENGINES)('procedure payment pause on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
    t.clock.now = new Date('2026-03-02T03:00:00Z');
  });
  afterAll(async () => t.close());

  it('is off by default, set and changed through the API, and exported and imported as a Có/Không column', async () => {
    const org = await buildOrg(t.database.db);
    const admin = await t.as('system_admin', { unit: org.province });
    const body = (o: Record<string, unknown>) => ({
      nationalCode: `9.${randomUUID().replace(/-/g, '').slice(0, 8)}`,
      name: 'Đăng ký biến động đất đai thử',
      sector: 'Đất đai',
      level: 'province',
      handlingUnitId: org.deptB.id,
      durationValue: 10,
      durationUnit: 'working_day',
      validFrom: '2025-07-01',
      documents: [{ name: 'Đơn đăng ký biến động', form: 'original' }],
      steps: [{ unitId: org.deptB.id, name: 'Giải quyết', timeShare: 1 }],
      ...o,
    });
    const plain = await admin.post('/api/procedures', body({}));
    expect(plain.statusCode, plain.body).toBe(201);
    expect(plain.json().paymentPausesClock).toBe(false);
    const land = await admin.post('/api/procedures', body({ paymentPausesClock: true }));
    expect(land.json().paymentPausesClock).toBe(true);
    const off = await admin.patch(`/api/procedures/${plain.json().id}`, { paymentPausesClock: true });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().paymentPausesClock).toBe(true);
    expect((await admin.patch(`/api/procedures/${plain.json().id}`, { paymentPausesClock: 'yes' })).statusCode).toBe(400);

    const exported = await admin.get('/api/procedures/export.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Thủ tục');
    const header = Array.from(ws?.getRow(1).values as unknown[], (v) => String(v ?? ''));
    const col = header.findIndex((h) => h.startsWith('Không tính thời gian thực hiện nghĩa vụ tài chính'));
    expect(col).toBeGreaterThan(0);
    const codeCol = header.findIndex((h) => h.startsWith('Mã TTHC'));
    const row = (code: string) => ws?.getRows(2, ws.rowCount - 1)?.find((r) => String(r.getCell(codeCol).value) === code);
    expect(row(land.json().nationalCode)?.getCell(col).value).toBe('Có');

    // Turned off in the file, then imported: the catalogue follows.
    const landRow = row(land.json().nationalCode);
    if (!landRow) throw new Error('the land procedure is not exported');
    landRow.getCell(col).value = 'Không';
    const content = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const imported = await admin.post('/api/procedures/import', { fileName: 'danh-muc.xlsx', contentBase64: content });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json().errors).toEqual([]);
    const after = await admin.get(`/api/procedures?q=${encodeURIComponent(land.json().nationalCode)}`);
    expect(after.json().items[0].paymentPausesClock).toBe(false);
  });
});
