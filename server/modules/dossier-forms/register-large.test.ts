import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ENGINES, buildDossier, buildOrg, createTestApp, type SignedIn, type TestApp } from '@tests/harness';
import { registerEntries } from './dossier-forms.service';
import { pdfQueueOf } from './index';

// Issue #16 point 3: a register never stalls the app (PDF laid out in a worker thread, Excel streamed page by page)
// and one request may not ask for more than the configured number of lines.
describe.each(ENGINES)('large registers on %s', (engine) => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof buildOrg>>;
  let leader: SignedIn;
  const codes: string[] = [];
  beforeAll(async () => {
    t = await createTestApp(engine, { REGISTER_PDF_MAX_ROWS: '4', REGISTER_XLSX_MAX_ROWS: '5' });
    org = await buildOrg(t.db);
    leader = await t.as('leader', { unit: org.province });
    // Five dossiers, three received at the same moment: paging must order and resume by (moment, code).
    const at = ['2026-11-03T08:00:00+07:00', '2026-11-03T08:00:00+07:00', '2026-11-03T08:00:00+07:00', '2026-11-04T09:00:00+07:00'];
    for (const [i, when] of [...at, '2026-11-05T10:00:00+07:00'].entries()) {
      const code = `66.TEST-${String(5 - i).padStart(4, '0')}`;
      await buildDossier(t.db, { receivingUnitId: org.deptA.id, code, receivedAt: when });
      codes.push(code);
    }
  });
  afterAll(async () => t.close());
  const q = (from: string, to: string) => `unitId=${org.province.id}&from=${from}&to=${to}`;

  it('reads a register page by page in receipt order, then code, with no line lost or repeated', async () => {
    const scope = {
      unitIds: [org.province.id, org.deptA.id, org.deptB.id, org.commune.id],
      from: new Date('2026-11-01T00:00:00+07:00'),
      to: new Date('2026-12-01T00:00:00+07:00'),
    };
    const pages: string[][] = [];
    for await (const page of registerEntries(t.app.deps, scope, 2)) pages.push(page.map((e) => e.code));
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    const expected = [...codes.slice(0, 3)].sort().concat(codes.slice(3));
    expect(pages.flat()).toEqual(expected);
  });

  it('refuses a PDF longer than the limit with a 400 that says how to narrow it, and allows a shorter one', async () => {
    const res = await leader.get(`/api/dossier-register.pdf?${q('2026-11-01', '2026-11-30')}`);
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('REPORT_TOO_LARGE');
    expect(error.message).toContain('Sổ có 5 hồ sơ, nhiều hơn 4 hồ sơ của một bản PDF');
    expect(error.message).toContain('tải bản Excel');
    expect(error.issues).toEqual([expect.objectContaining({ path: 'querystring.to' })]);
    const ok = await leader.get(`/api/dossier-register.pdf?${q('2026-11-01', '2026-11-04')}`);
    expect(ok.statusCode).toBe(200);
    expect(ok.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('streams the Excel register with every line numbered in order, and refuses one over its limit', async () => {
    const res = await leader.get(`/api/dossier-register.xlsx?${q('2026-11-01', '2026-11-30')}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-length']).toBeUndefined();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(3 + 5);
    expect([4, 5, 6, 7, 8].map((r) => ws.getRow(r).getCell(1).value)).toEqual([1, 2, 3, 4, 5]);
    expect(ws.getRow(8).getCell(2).value).toBe(codes[4]);
    await buildDossier(t.db, { receivingUnitId: org.deptB.id, receivedAt: '2026-11-20T10:00:00+07:00' });
    const over = await leader.get(`/api/dossier-register.xlsx?${q('2026-11-01', '2026-11-30')}`);
    expect(over.statusCode).toBe(400);
    expect(over.json().error.code).toBe('REPORT_TOO_LARGE');
  });

  it('keeps answering other requests while registers are being laid out', async () => {
    const done: string[] = [];
    const track = (name: string, p: Promise<{ statusCode: number }>) =>
      p.then((r) => {
        done.push(name);
        return r.statusCode;
      });
    const url = `/api/dossier-register.pdf?${q('2026-11-01', '2026-11-04')}`;
    const queue = pdfQueueOf(t.app.deps)!;
    const registers = [1, 2, 3].map((i) => track(`register ${i}`, leader.get(url)));
    // Once all three are with the worker (running or waiting), the event loop is free: health answers before them.
    while (queue.pending < 3 && done.length === 0) await new Promise((r) => setImmediate(r));
    expect(done).toEqual([]);
    const health = await track('health', t.anon.get('/api/health'));
    expect(health).toBe(200);
    expect(queue.pending).toBeGreaterThan(0);
    expect(await Promise.all(registers)).toEqual([200, 200, 200]);
    expect(done[0]).toBe('health');
  });
});
