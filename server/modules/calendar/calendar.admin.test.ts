import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asLocalDate, weekdayOf } from '@core/calendar';
import { ENGINES, buildOrg, createTestApp, type SignedIn, type TestApp } from '@tests/harness';

// Writes use years no other test reads (2040–2049, office hours from 2090), so both test files can share one
// PostgreSQL database while running in parallel.

type Cell = string | Date | number;
async function workbook(rows: Cell[][], headers = ['Ngày', 'Loại', 'Tên', 'Căn cứ pháp lý']): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lịch');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

describe.each(ENGINES)('calendar administration on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t.close());

  async function world() {
    const org = await buildOrg(t.db);
    const admin = await t.as('system_admin', { unit: org.province });
    return {
      org,
      adminId: admin.user.id,
      admin,
      secretariat: await t.as('secretariat', { unit: org.deptA }),
      clerk: await t.as('one_stop_clerk', { unit: org.commune }),
    };
  }

  const call = async (s: SignedIn | null, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown) => {
    const res = await (s ?? t.anon).request(method, url, payload);
    return { status: res.statusCode, body: res.body ? res.json() : undefined };
  };
  const year = (s: SignedIn, y: number) => call(s, 'GET', `/api/calendar/days?year=${y}`).then((r) => r.body);
  const dueAt = (s: SignedIn, receivedAt: string) =>
    call(s, 'GET', `/api/calendar/due-date?receivedAt=${encodeURIComponent(receivedAt)}&amount=1&unit=working_day`).then(
      (r) => r.body.dueAt,
    );
  const audits = (actorId: string) =>
    t.database.db
      .selectFrom('auditLog')
      .select(['action', 'entityType', 'entityId', 'before', 'after', 'unitId'])
      .where('actorId', '=', actorId)
      .where('entityType', 'like', 'calendar%')
      .orderBy('id')
      .execute();

  it('adds, edits, confirms and removes entries, each audit-logged, and due dates follow at once', async () => {
    const { admin, adminId } = await world();
    expect((await year(admin, 2045)).stored).toBe(false);
    expect(await dueAt(admin, '2045-03-14T09:00:00+07:00')).toBe('2045-03-15T09:00:00+07:00');
    const created = await call(admin, 'POST', '/api/calendar/days', {
      date: '2045-03-15',
      kind: 'holiday',
      name: 'Ngày lễ thử',
      legalRef: 'NQ thử 01/2045',
      nameEn: 'Test day',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      date: '2045-03-15',
      kind: 'holiday',
      status: 'confirmed',
      unitId: null,
      abilities: ['calendar.read', 'calendar.manage'],
    });
    expect(await dueAt(admin, '2045-03-14T09:00:00+07:00')).toBe('2045-03-16T09:00:00+07:00');
    // The year's statutory proposal was stored with the first entry, so its holidays stay.
    const stored = await year(admin, 2045);
    expect(stored.stored).toBe(true);
    expect(stored.days.filter((d: { status: string }) => d.status === 'proposed').length).toBeGreaterThan(8);
    const duplicate = await call(admin, 'POST', '/api/calendar/days', {
      date: '2045-03-15',
      kind: 'holiday',
      name: 'Lần hai',
      legalRef: 'x',
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('CALENDAR_DAY_EXISTS');

    const newYear = stored.days.find((d: { date: string }) => d.date === '2045-01-01');
    const edited = await call(admin, 'PATCH', `/api/calendar/days/${newYear.id}`, { name: 'Tết Dương lịch 2045' });
    expect(edited.body).toMatchObject({ name: 'Tết Dương lịch 2045', status: 'confirmed' });
    const victory = stored.days.find((d: { date: string }) => d.date === '2045-04-30');
    const confirmed = await call(admin, 'POST', `/api/calendar/days/${victory.id}/confirm`);
    expect(confirmed.body.status).toBe('confirmed');
    const again = await call(admin, 'POST', `/api/calendar/days/${victory.id}/confirm`);
    expect(again.status).toBe(200);
    const removed = await call(admin, 'DELETE', `/api/calendar/days/${created.body.id}`);
    expect(removed.body).toEqual({ id: created.body.id, deleted: true });
    expect(await dueAt(admin, '2045-03-14T09:00:00+07:00')).toBe('2045-03-15T09:00:00+07:00');
    expect((await call(admin, 'PATCH', `/api/calendar/days/${created.body.id}`, { name: 'x' })).status).toBe(404);

    const log = await audits(adminId);
    expect(log.map((a) => a.action)).toEqual([
      'calendar.year.propose',
      'calendar.day.create',
      'calendar.day.update',
      'calendar.day.confirm',
      'calendar.day.delete',
    ]);
    expect(log[1]).toMatchObject({
      entityType: 'calendar_day',
      entityId: created.body.id,
      after: { date: '2045-03-15', name: 'Ngày lễ thử', status: 'confirmed' },
    });
    expect(log[2]?.before).toMatchObject({ name: 'Tết Dương lịch', status: 'proposed' });
    expect(log[2]?.after).toMatchObject({ name: 'Tết Dương lịch 2045', status: 'confirmed' });
    expect(log[4]).toMatchObject({ before: { date: '2045-03-15' }, after: null });
  });

  it('confirms a whole year and stores a proposal only for an empty year', async () => {
    const { admin, adminId } = await world();
    const proposed = await call(admin, 'POST', '/api/calendar/years/2046/propose');
    expect(proposed.status).toBe(200);
    expect(proposed.body.changed).toBeGreaterThan(8);
    const twice = await call(admin, 'POST', '/api/calendar/years/2046/propose');
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('CALENDAR_YEAR_EXISTS');
    const all = await call(admin, 'POST', '/api/calendar/years/2046/confirm');
    expect(all.body).toEqual({ year: 2046, changed: proposed.body.changed });
    expect((await year(admin, 2046)).days.every((d: { status: string }) => d.status === 'confirmed')).toBe(true);
    expect((await call(admin, 'POST', '/api/calendar/years/2046/confirm')).body.changed).toBe(0);
    expect((await audits(adminId)).map((a) => a.action)).toEqual(['calendar.year.propose', 'calendar.year.confirm']);
  });

  it('scopes writes: province-wide entries need a root unit, closures the unit’s subtree', async () => {
    const { org, admin, secretariat, clerk } = await world();
    const day = { date: '2044-06-01', kind: 'local_closure', name: 'Nghỉ do mất điện', legalRef: 'QĐ thử' };
    expect((await call(clerk, 'POST', '/api/calendar/days', { ...day, unitId: org.commune.id })).status).toBe(403);
    expect(
      (await call(secretariat, 'POST', '/api/calendar/days', { date: '2044-06-02', kind: 'holiday', name: 'x', legalRef: 'y' })).status,
    ).toBe(403);
    const outside = await call(secretariat, 'POST', '/api/calendar/days', { ...day, unitId: org.commune.id });
    expect(outside.status).toBe(404);
    const own = await call(secretariat, 'POST', '/api/calendar/days', { ...day, unitId: org.deptA.id });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    expect(own.body).toMatchObject({ unitName: 'Sở Nội vụ thử', abilities: ['calendar.read', 'calendar.manage'] });
    const stranger = await world();
    expect((await call(stranger.admin, 'PATCH', `/api/calendar/days/${own.body.id}`, { name: 'x' })).status).toBe(404);
    expect((await call(stranger.admin, 'DELETE', `/api/calendar/days/${own.body.id}`)).status).toBe(404);
    expect((await call(admin, 'PATCH', `/api/calendar/days/${own.body.id}`, { kind: 'holiday' })).body.error.code).toBe(
      'CALENDAR_KIND_SCOPE',
    );
    expect((await call(admin, 'DELETE', `/api/calendar/days/${own.body.id}`)).status).toBe(200);
    const noCsrf = await admin.post('/api/calendar/years/2044/confirm', undefined, { csrf: false });
    expect(noCsrf.statusCode).toBe(403);
    expect((await call(null, 'POST', '/api/calendar/days', day)).status).toBe(401);
  });

  it.each([
    ['an unknown kind', { date: '2043-05-05', kind: 'vacation', name: 'x', legalRef: 'y' }, /kind/],
    ['an impossible date', { date: '2043-02-30', kind: 'holiday', name: 'x', legalRef: 'y' }, /YYYY-MM-DD/],
    ['a missing legal reference', { date: '2043-05-05', kind: 'holiday', name: 'x' }, /legalRef|căn cứ/],
    ['a closure without a unit', { date: '2043-05-05', kind: 'local_closure', name: 'x', legalRef: 'y' }, /unit/],
    [
      'a unit on a province-wide day',
      { date: '2043-05-05', kind: 'holiday', name: 'x', legalRef: 'y', unitId: '00000000-0000-4000-8000-000000000000' },
      /unit/,
    ],
    ['a make-up day on a weekday', { date: '2043-05-05', kind: 'makeup_workday', name: 'x', legalRef: 'y' }, /thứ Bảy hoặc Chủ nhật/],
    ['an unknown field', { date: '2043-05-05', kind: 'holiday', name: 'x', legalRef: 'y', hidden: true }, /hidden/],
  ])('refuses %s with 400', async (_what, payload, message) => {
    const { admin } = await world();
    const r = await call(admin, 'POST', '/api/calendar/days', payload);
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.error.message).toMatch(message);
  });

  it('imports a year from Excel all or nothing, reporting each bad row by number', async () => {
    const { admin, adminId } = await world();
    const good: Cell[][] = [
      [new Date('2047-01-01T00:00:00Z'), 'Nghỉ lễ', 'Tết Dương lịch', 'Bộ luật Lao động 2019 Điều 112'],
      ['25/01/2047', 'Tết Nguyên đán', 'Tết Đinh Mão (29 tháng Chạp)', 'TB thử 01/TB-BNV'],
      ['2047-01-28', 'tet', 'Tết Đinh Mão (mùng 3)', 'TB thử 01/TB-BNV'],
      ['02/02/2047', 'Làm bù', 'Làm bù thứ Bảy', 'TB thử 01/TB-BNV'],
    ];
    const bad = [
      ...good.slice(0, 2),
      ['31/02/2047', 'Nghỉ lễ', 'Ngày sai', 'x'],
      ['2047-03-03', 'Nghỉ phép', 'Loại sai', 'x'],
      good[3] as Cell[],
    ];
    const body = (content: string, extra: object = {}) => ({ year: 2047, fileName: 'lich-2047.xlsx', contentBase64: content, ...extra });

    const preview = await call(admin, 'POST', '/api/calendar/import', body(await workbook(bad), { dryRun: true }));
    expect(preview.status).toBe(200);
    expect(preview.body.errors.map((e: { row: number }) => e.row)).toEqual([4, 5]);
    expect(preview.body.errors[0].message).toMatch(/^Dòng 4: ngày "31\/02\/2047" không hợp lệ/);
    expect(preview.body.errors[1].message).toMatch(/loại "Nghỉ phép" không hợp lệ/);
    const refused = await call(admin, 'POST', '/api/calendar/import', body(await workbook(bad)));
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('CALENDAR_IMPORT_INVALID');
    expect(refused.body.error.message).toMatch(/2 dòng lỗi, chưa lưu/);
    expect(refused.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['row 4', 'row 5']);
    expect((await year(admin, 2047)).stored).toBe(false);

    const notice = { ref: 'TB thử 01/TB-BNV', issuedOn: '2046-10-15', covers: 'Lịch nghỉ Tết 2047' };
    const done = await call(admin, 'POST', '/api/calendar/import', body(await workbook(good), { notice }));
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ imported: 4, replaced: 0, errors: [] });
    const after = await year(admin, 2047);
    expect(after.days.map((d: { date: string; kind: string; status: string }) => [d.date, d.kind, d.status])).toEqual([
      ['2047-01-01', 'holiday', 'confirmed'],
      ['2047-01-25', 'tet', 'confirmed'],
      ['2047-01-28', 'tet', 'confirmed'],
      ['2047-02-02', 'makeup_workday', 'confirmed'],
    ]);
    expect(after.notices[0]).toMatchObject(notice);
    const log = await audits(adminId);
    expect(log.map((a) => a.action)).toEqual(['calendar.year.import']);
    expect(log[0]?.after).toMatchObject({ fileName: 'lich-2047.xlsx', days: [{ date: '2047-01-01' }, {}, {}, {}] });
  });

  it('round-trips the template: download, edit nothing, import back', async () => {
    const { admin } = await world();
    await call(admin, 'POST', '/api/calendar/years/2048/propose');
    const res = await admin.get('/api/calendar/template.xlsx?year=2048');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const expected = (await year(admin, 2048)).days.length;
    const imported = await call(admin, 'POST', '/api/calendar/import', {
      year: 2048,
      fileName: 'mau.xlsx',
      contentBase64: res.rawPayload.toString('base64'),
    });
    expect(imported.body).toMatchObject({ imported: expected, replaced: expected, errors: [] });
    expect((await year(admin, 2048)).days.every((d: { status: string }) => d.status === 'confirmed')).toBe(true);
  });

  it.each([
    [
      'a file that is not xlsx',
      { year: 2049, fileName: 'a.xlsx', contentBase64: Buffer.from('hello').toString('base64') },
      'CALENDAR_IMPORT_UNREADABLE',
    ],
    ['another extension', { year: 2049, fileName: 'a.csv', contentBase64: 'aGVsbG8=' }, 'VALIDATION_FAILED'],
    ['a year out of range', { year: 2100, fileName: 'a.xlsx', contentBase64: 'aGVsbG8=' }, 'VALIDATION_FAILED'],
  ])('refuses %s', async (_what, payload, code) => {
    const { admin } = await world();
    const r = await call(admin, 'POST', '/api/calendar/import', payload);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe(code);
  });

  it('reports missing columns on the header row', async () => {
    const { admin } = await world();
    const content = await workbook([['2049-01-01', 'Nghỉ lễ', 'x']], ['Ngày', 'Loại', 'Tên']);
    const r = await call(admin, 'POST', '/api/calendar/import', { year: 2049, fileName: 'a.xlsx', contentBase64: content, dryRun: true });
    expect(r.body.errors).toEqual([{ row: 1, message: expect.stringMatching(/Thiếu cột: "Căn cứ pháp lý"/) }]);
  });

  it('sets office hours from a date, audited, and the calendar uses them', async () => {
    const { admin, adminId, clerk } = await world();
    const week = [0, 1, 2, 3, 4].map(() => [
      { start: '07:00', end: '11:00' },
      { start: '13:00', end: '17:00' },
    ]);
    const saturday = [{ start: '07:30', end: '11:30' }];
    let sat = asLocalDate('2090-01-07');
    while (weekdayOf(sat) !== 6) sat = asLocalDate(`2090-01-${String(Number(sat.slice(8)) + 1).padStart(2, '0')}`);
    const bad = await call(admin, 'PUT', '/api/calendar/office-hours', {
      validFrom: '2090-01-01',
      weekly: [[{ start: '12:00', end: '08:00' }], [], [], [], [], [], []],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('CALENDAR_OFFICE_HOURS_INVALID');
    expect(
      (await call(clerk, 'PUT', '/api/calendar/office-hours', { validFrom: '2090-01-01', weekly: [...week, saturday, []] })).status,
    ).toBe(403);
    const put = await call(admin, 'PUT', '/api/calendar/office-hours', {
      validFrom: '2090-01-01',
      weekly: [...week, saturday, []],
      legalRef: 'QĐ thử giờ làm việc',
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const state = await call(clerk, 'GET', '/api/calendar/office-hours');
    expect(state.body.periods.map((p: { validFrom: string }) => p.validFrom)).toContain('2090-01-01');
    expect(state.body.abilities).toEqual(['calendar.read']);
    const r = await call(clerk, 'GET', `/api/calendar/working-time?from=${sat}T00:00&to=${sat}T23:59`);
    expect(r.body.workingMinutes).toBe(240);
    expect((await audits(adminId)).map((a) => [a.action, a.entityId])).toEqual([['calendar.office_hours.update', '2090-01-01']]);
  });
});
