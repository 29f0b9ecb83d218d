import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, buildOrg, createTestApp, writeZip, type SignedIn, type TestApp } from '@tests/harness';

// Issue #16 point 5: every Excel import (procedure catalogue, holiday schedule) refuses a workbook over its limits before
// it is expanded, with a 413 naming the limit; a 0.7 MB zip bomb once held the event loop 95 s.
describe.each(ENGINES)('bounded Excel imports on %s', (engine) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = await t.as('system_admin', { unit: (await buildOrg(t.database.db)).province });
  });
  afterAll(async () => t.close());

  const bomb = () => writeZip([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(128 * 1024 * 1024, 0x20) }]);
  const importProcedures = (content: Buffer) =>
    admin.post('/api/procedures/import', { fileName: 'thu-tuc.xlsx', contentBase64: content.toString('base64'), dryRun: true });
  const importCalendar = (content: Buffer) =>
    admin.post('/api/calendar/import', { year: 2049, fileName: 'lich.xlsx', contentBase64: content.toString('base64'), dryRun: true });

  it.each([
    ['procedure catalogue', importProcedures],
    ['holiday schedule', importCalendar],
  ])('refuses a zip bomb sent as a %s with 413 naming the unpacked-size limit', async (_n, send) => {
    const zip = bomb();
    expect(zip.length).toBeLessThan(700_000);
    const res = await send(zip);
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({ code: 'EXCEL_TOO_LARGE', issues: [{ path: 'body.contentBase64', code: 'maxUnpackedBytes' }] });
    expect(res.json().error.message).toContain('40 MB');
  });

  it('refuses a schedule sheet over its 400 rows with 413 naming the row limit', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Lịch nghỉ');
    ws.addRow(['Ngày', 'Loại', 'Tên']);
    for (let i = 0; i < 450; i++) ws.addRow(['01/01/2049', 'Nghỉ lễ', `Ngày ${i}`]);
    const res = await importCalendar(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.issues[0]).toMatchObject({ code: 'maxRowsPerSheet' });
    expect(res.json().error.message).toContain('Một trang tính có quá 401 dòng');
  });

  it('answers a file that is not a workbook as unreadable (400)', async () => {
    const res = await importProcedures(Buffer.from('không phải tệp Excel'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('PROCEDURE_IMPORT_UNREADABLE');
  });
});
