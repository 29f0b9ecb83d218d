import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, buildOrg, createTestApp, writeZip, type SignedIn, type TestApp } from '@tests/harness';
import { excelQueue } from '../../infra/excel-read';

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

  // Issue #16 point 5: an accepted workbook is parsed in the Excel worker thread, so a large one never holds the event loop.
  it('answers /api/health within a second while the largest accepted catalogue is being parsed', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Thủ tục');
    ws.addRow(Array.from({ length: 15 }, (_, c) => `Cột ${c + 1}`));
    for (let r = 0; r < 5000; r++) ws.addRow(Array.from({ length: 15 }, (_, c) => `Dòng ${r} ô ${c} thủ tục hành chính`));
    const content = Buffer.from(await wb.xlsx.writeBuffer());
    expect(content.length * 1.34).toBeLessThan(1024 * 1024);
    const queue = excelQueue();
    let finished = false;
    const imported = importProcedures(content).then((r) => {
      finished = true;
      return r;
    });
    // Once the guard has passed it, the workbook is with the worker: health is probed until the import answers.
    while (queue.pending === 0 && !finished) await new Promise((r) => setTimeout(r, 5));
    const waits: number[] = [];
    while (!finished) {
      const started = performance.now();
      expect((await t.anon.get('/api/health')).statusCode).toBe(200);
      waits.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 50));
    }
    const res = await imported;
    expect(res.statusCode).toBe(200);
    expect(res.json().errors[0]).toMatchObject({ sheet: 'Thủ tục', row: 1 });
    // The parse lasted long enough to be probed several times, and no probe waited for it.
    expect(waits.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...waits)).toBeLessThan(1000);
  }, 120_000);
});
