import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, buildOrg, createTestApp, type SignedIn, type TestApp } from '@tests/harness';

const code = () => `9.${randomUUID().replace(/-/g, '').slice(0, 8)}`;
const load = async (buf: Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
};

// Same-day procedures in the catalogue (docs/DOMAIN.md §3.9): durationUnit 'same_day' with a cutoff 'HH:MM' (default
// 15:00, the rule of Decree 23/2015/NĐ-CP Art. 7), through the API and the Excel exchange.
describe.each(ENGINES)('same-day procedures in the catalogue on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
    t.clock.now = new Date('2026-03-02T03:00:00Z');
  });
  afterAll(async () => t.close());

  async function world() {
    const org = await buildOrg(t.database.db);
    return { ...org, admin: await t.as('system_admin', { unit: org.province }) };
  }
  const body = (w: Awaited<ReturnType<typeof world>>, o: Record<string, unknown> = {}) => ({
    nationalCode: code(),
    name: 'Chứng thực bản sao từ bản chính thử',
    sector: 'Chứng thực',
    level: 'commune',
    handlingUnitId: w.province.id,
    durationValue: 0,
    durationUnit: 'same_day',
    onlineLevel: 'partial',
    validFrom: '2025-07-01',
    documents: [{ name: 'Bản chính giấy tờ', form: 'original' }],
    steps: [{ unitId: w.province.id, name: 'Xã chứng thực', timeShare: 1 }],
    ...o,
  });
  const post = (s: SignedIn, payload: unknown) => s.request('POST', '/api/procedures', payload);

  it('creates a same-day procedure with the default 15:00 cutoff, or its own, and lists it', async () => {
    const w = await world();
    const byDefault = await post(w.admin, body(w));
    expect(byDefault.statusCode, byDefault.body).toBe(201);
    expect(byDefault.json()).toMatchObject({ durationUnit: 'same_day', durationValue: 0, cutoff: '15:00' });
    const own = await post(w.admin, body(w, { cutoff: '16:30', durationValue: 1 }));
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json()).toMatchObject({ cutoff: '16:30', durationValue: 0 });
    const list = (await w.admin.get(`/api/procedures?unitId=${w.province.id}&limit=500`)).json();
    expect(list.items.find((p: { id: string }) => p.id === own.json().id)).toMatchObject({ durationUnit: 'same_day', cutoff: '16:30' });
    const other = await post(w.admin, body(w, { durationUnit: 'working_day', durationValue: 3 }));
    expect(other.json()).toMatchObject({ cutoff: null });
  });

  it('changes the cutoff, and clears it when the procedure stops being same-day', async () => {
    const w = await world();
    const p = (await post(w.admin, body(w))).json();
    const moved = await w.admin.patch(`/api/procedures/${p.id}`, { cutoff: '14:00' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ cutoff: '14:00', durationUnit: 'same_day' });
    const days = await w.admin.patch(`/api/procedures/${p.id}`, { durationUnit: 'working_day', durationValue: 3 });
    expect(days.json()).toMatchObject({ cutoff: null, durationUnit: 'working_day', durationValue: 3 });
    const back = await w.admin.patch(`/api/procedures/${p.id}`, { durationUnit: 'same_day' });
    expect(back.json()).toMatchObject({ cutoff: '15:00', durationValue: 0 });
  });

  it.each([
    ['a cutoff that is not a time of day', { cutoff: '25:00' }, /00:00 đến 23:59/],
    ['a cutoff written as 15h', { cutoff: '15h' }, /time of day HH:MM/],
    [
      'a cutoff with a working-day procedure',
      { durationUnit: 'working_day', durationValue: 3, cutoff: '15:00' },
      /same-day procedures only/,
    ],
  ])('answers 400 for %s', async (_what, patch, message) => {
    const w = await world();
    const res = await post(w.admin, body(w, patch));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(message) });
    expect(res.json().error.issues[0].path).toBe('body.cutoff');
  });

  it('answers 400 when a patch gives a cutoff to a procedure counted in days', async () => {
    const w = await world();
    const p = (await post(w.admin, body(w, { durationUnit: 'working_day', durationValue: 3 }))).json();
    const res = await w.admin.patch(`/api/procedures/${p.id}`, { cutoff: '15:00' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0]).toMatchObject({ path: 'body.cutoff', message: expect.stringMatching(/same-day procedures only/) });
  });

  it('exports the unit and the cutoff to Excel and round-trips them; reads "Trong ngày" with 16h30 or a time cell', async () => {
    const w = await world();
    const p = (await post(w.admin, body(w, { cutoff: '16:30', sector: `Chứng thực ${w.province.code}` }))).json();
    const exported = (await w.admin.get(`/api/procedures/export.xlsx?sector=${encodeURIComponent(`Chứng thực ${w.province.code}`)}`))
      .rawPayload;
    const wb = await load(exported);
    const ws = wb.getWorksheet('Thủ tục');
    if (!ws) throw new Error('no sheet');
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const col = (title: RegExp) => header.findIndex((h) => title.test(h));
    const row = ws.getRow(2);
    expect(row.getCell(col(/^Đơn vị thời hạn/)).value).toBe('trong ngày');
    expect(row.getCell(col(/^Giờ chốt/)).value).toBe('16:30');
    const same = await w.admin.post('/api/procedures/import', {
      fileName: 'a.xlsx',
      contentBase64: exported.toString('base64'),
      dryRun: true,
    });
    expect(same.json()).toMatchObject({
      errors: [],
      procedures: [{ nationalCode: p.nationalCode, durationUnit: 'same_day', cutoff: '16:30' }],
    });

    // A clerk's own spelling: "Trong ngày", a blank duration and "16h" as text; then an Excel time cell (15:45).
    row.getCell(col(/^Đơn vị thời hạn/)).value = 'Trong ngày';
    row.getCell(col(/^Thời hạn giải quyết/)).value = null;
    row.getCell(col(/^Giờ chốt/)).value = '16h';
    const typed = await w.admin.post('/api/procedures/import', {
      fileName: 'b.xlsx',
      contentBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'),
    });
    expect(typed.statusCode, typed.body).toBe(200);
    expect((await w.admin.get(`/api/procedures/${p.id}`)).json()).toMatchObject({ cutoff: '16:00', durationUnit: 'same_day' });
    row.getCell(col(/^Giờ chốt/)).value = 15.75 / 24;
    const timed = await w.admin.post('/api/procedures/import', {
      fileName: 'c.xlsx',
      contentBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'),
    });
    expect(timed.statusCode, timed.body).toBe(200);
    expect((await w.admin.get(`/api/procedures/${p.id}`)).json()).toMatchObject({ cutoff: '15:45' });

    row.getCell(col(/^Giờ chốt/)).value = '25 giờ';
    const bad = await w.admin.post('/api/procedures/import', {
      fileName: 'd.xlsx',
      contentBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'),
      dryRun: true,
    });
    expect(bad.json().errors[0]).toMatchObject({ sheet: 'Thủ tục', row: 2, message: expect.stringMatching(/giờ chốt "25 giờ"/) });
  });
});
