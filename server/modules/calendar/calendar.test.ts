import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEDULE_2025, SCHEDULE_2026, proposeHolidays } from '@core/calendar';
import { seedCalendar } from '@db/seeds/calendar';
import { ENGINES, buildOrg, buildUnit, buildUser, createTestApp, type SignedIn, type TestApp } from '@tests/harness';
import { calendarSnapshot } from './calendar.engine';

const due = (receivedAt: string, amount: number | string, unit: string, unitId?: string) =>
  `/api/calendar/due-date?${new URLSearchParams({ receivedAt, amount: String(amount), unit, ...(unitId ? { unitId } : {}) }).toString()}`;

describe.each(ENGINES)('calendar reads on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t.close());

  async function world() {
    const org = await buildOrg(t.db);
    return { org, admin: await t.as('system_admin', { unit: org.province }), clerk: await t.as('one_stop_clerk', { unit: org.commune }) };
  }

  const get = async (s: SignedIn, url: string) => {
    const res = await s.get(url);
    return { status: res.statusCode, body: res.json() };
  };

  it.each([
    [
      '2026-02-13T16:59:00+07:00',
      1,
      'working_day',
      '2026-02-23T16:59:00+07:00',
      'Tết 2026: 16:59 on the Friday before → same time first day after',
    ],
    ['2026-02-13T17:31:00+07:00', 1, 'working_day', '2026-02-24T07:30:00+07:00', 'Tết 2026: 17:31 counts from the next opening'],
    ['2026-02-13T09:59:00Z', 1, 'working_day', '2026-02-23T16:59:00+07:00', 'a UTC moment is read at +07:00'],
    ['2026-02-13T16:59', 1, 'working_day', '2026-02-23T16:59:00+07:00', 'no offset means Vietnam time'],
    ['2025-01-24T17:31:00+07:00', 8, 'working_hour', '2025-02-03T17:30:00+07:00', 'Tết 2025 in working hours'],
    ['2025-03-08T09:00:00+07:00', 1, 'working_day', '2025-03-11T07:30:00+07:00', 'receipt on a Saturday'],
    ['2026-04-30T09:00:00+07:00', 1, 'working_day', '2026-05-05T07:30:00+07:00', 'receipt on a holiday (30/4/2026)'],
    ['2025-12-31T16:00:00+07:00', 1, 'working_day', '2026-01-02T16:00:00+07:00', 'across New Year'],
    ['2025-04-25T10:00:00+07:00', 1, 'working_day', '2025-04-26T10:00:00+07:00', 'make-up Saturday 26/4/2025 is a working day'],
    ['2026-04-24T09:00:00+07:00', 1, 'working_day', '2026-04-28T09:00:00+07:00', 'compensatory Monday 27/4/2026 is skipped'],
    ['2026-08-21T10:00:00+07:00', 1, 'working_day', '2026-08-22T10:00:00+07:00', 'make-up Saturday 22/8/2026 counts'],
    ['2026-08-28T10:00:00+07:00', 1, 'working_day', '2026-09-03T10:00:00+07:00', 'Monday 31/8/2026 off, then 1–2/9'],
    ['2025-03-05T09:00:00+07:00', 3, 'calendar_day', '2025-03-10T17:30:00+07:00', 'calendar days ending on a Saturday roll to Monday'],
  ])('due date from %s + %s %s → %s (%s)', async (receivedAt, amount, unit, expected) => {
    const { admin } = await world();
    const r = await get(admin, due(receivedAt, amount, unit));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.dueAt).toBe(expected);
    expect(r.body.provisionalDays).toEqual([]);
  });

  it('answers an older known version from the newer snapshot, and rebuilds for a newer one', async () => {
    const db = t.database.db;
    const current = await calendarSnapshot(db);
    expect(await calendarSnapshot(db, current.version)).toBe(current);
    // As a calendar write does in its transaction.
    await db
      .updateTable('calendarState')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .execute();
    const newer = await calendarSnapshot(db);
    expect(newer).not.toBe(current);
    expect(newer.version).toBeGreaterThan(current.version);
    expect(await calendarSnapshot(db, current.version)).toBe(newer);
  });

  it('tells which proposed days a due date rests on', async () => {
    const { clerk } = await world();
    const r = await get(clerk, due('2027-02-01T09:00:00+07:00', 10, 'working_day'));
    expect(r.status).toBe(200);
    expect(r.body.countFrom).toBe('2027-02-01T09:00:00+07:00');
    expect(r.body.provisionalDays.map((d: { date: string }) => d.date)).toEqual(
      expect.arrayContaining(['2027-02-05', '2027-02-08', '2027-02-10']),
    );
  });

  it('reports working time in minutes, hours and 8-hour days', async () => {
    const { clerk } = await world();
    const r = await get(
      clerk,
      `/api/calendar/working-time?from=${encodeURIComponent('2025-01-24T10:00:00+07:00')}&to=${encodeURIComponent('2025-02-04T10:00:00+07:00')}`,
    );
    expect(r.body).toMatchObject({ workingMinutes: 960, workingHours: 16, workingDays: 2 });
  });

  it('applies a local closure to that unit and the units inside it only', async () => {
    const { org, admin, clerk } = await world();
    const office = await buildUnit(t.database.db, { kind: 'one_stop_centre', parentId: org.commune.id });
    const created = await admin.post('/api/calendar/days', {
      date: '2026-03-10',
      kind: 'local_closure',
      name: 'Nghỉ do lũ lụt',
      legalRef: 'QĐ số 12/QĐ-UBND ngày 9/3/2026 của UBND xã',
      unitId: org.commune.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    const at = (unitId?: string) => get(admin, due('2026-03-09T09:00:00+07:00', 1, 'working_day', unitId)).then((r) => r.body.dueAt);
    expect(await at(org.commune.id)).toBe('2026-03-11T09:00:00+07:00');
    expect(await at(office.id)).toBe('2026-03-11T09:00:00+07:00');
    expect(await at(org.deptA.id)).toBe('2026-03-10T09:00:00+07:00');
    expect(await at()).toBe('2026-03-10T09:00:00+07:00');
    // The clerk reads the commune's calendar but not a department's.
    expect((await get(clerk, due('2026-03-09T09:00:00+07:00', 1, 'working_day', org.commune.id))).body.dueAt).toBe(
      '2026-03-11T09:00:00+07:00',
    );
    const hidden = await get(clerk, due('2026-03-09T09:00:00+07:00', 1, 'working_day', org.deptA.id));
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.code).toBe('CALENDAR_UNIT_NOT_FOUND');
    const year = await get(clerk, '/api/calendar/days?year=2026');
    const closure = year.body.days.find((d: { kind: string }) => d.kind === 'local_closure');
    expect(closure).toMatchObject({
      date: '2026-03-10',
      unitId: org.commune.id,
      unitName: 'Xã thử',
      status: 'confirmed',
      abilities: ['calendar.read'],
    });
    const other = await world();
    const elsewhere = await get(other.clerk, '/api/calendar/days?year=2026');
    expect(elsewhere.body.days.some((d: { unitId: string | null }) => d.unitId === org.commune.id)).toBe(false);
  });

  it('lists a year with kinds, legal references, lunar dates, notices and abilities', async () => {
    const { admin, clerk } = await world();
    const r = await get(admin, '/api/calendar/days?year=2026');
    expect(r.status).toBe(200);
    expect(r.body.stored).toBe(true);
    expect(r.body.abilities).toEqual(['calendar.read', 'calendar.manage']);
    const tet = r.body.days.find((d: { date: string }) => d.date === '2026-02-17');
    expect(tet).toMatchObject({
      kind: 'tet',
      status: 'confirmed',
      weekday: 2,
      lunar: { day: 1, month: 1, year: 2026, label: 'mùng 1 tháng Giêng năm Bính Ngọ' },
    });
    expect(tet.legalRef).toContain('9441/TB-BNV');
    expect(tet.abilities).toEqual(['calendar.read', 'calendar.manage']);
    expect(r.body.notices.map((n: { ref: string }) => n.ref)).toContain('Thông báo 9441/TB-BNV');
    expect(r.body.summary.makeupDays).toBe(1);
    const asClerk = await get(clerk, '/api/calendar/days?year=2027');
    expect(asClerk.body.abilities).toEqual(['calendar.read']);
    expect(
      asClerk.body.days.every(
        (d: { status: string; abilities: string[] }) => d.status === 'proposed' && !d.abilities.includes('calendar.manage'),
      ),
    ).toBe(true);
  });

  it('computes the statutory proposal on the fly for a year with nothing stored', async () => {
    const { admin } = await world();
    const r = await get(admin, '/api/calendar/days?year=2038');
    expect(r.body.stored).toBe(false);
    expect(r.body.days.length).toBe(proposeHolidays(2038).length);
    expect(r.body.days.every((d: { id: string | null; status: string }) => d.id === null && d.status === 'proposed')).toBe(true);
    const tetEve = proposeHolidays(2038).find((d) => d.kind === 'tet')?.date ?? '';
    const onTet = await get(admin, due(`${tetEve}T09:00:00+07:00`, 0, 'working_day'));
    expect(onTet.body.countFrom > `${tetEve}T23`).toBe(true);
  });

  it('holds the announced 2025/2026 schedules and the 2027–2030 proposals from the migration', async () => {
    const { admin } = await world();
    const national = async (year: number) =>
      (await get(admin, `/api/calendar/days?year=${year}`)).body.days
        .filter((d: { unitId: string | null }) => d.unitId === null)
        .map((d: { date: string; kind: string; name: string; legalRef: string; status: string }) => [
          d.date,
          d.kind,
          d.name,
          d.legalRef,
          d.status,
        ]);
    const core = (days: readonly { date: string; kind: string; name: string; legalRef: string; status: string }[]) =>
      days.map((d) => [d.date, d.kind, d.name, d.legalRef, d.status]);
    expect(await national(2025)).toEqual(core(SCHEDULE_2025.days));
    expect(await national(2026)).toEqual(core(SCHEDULE_2026.days));
    for (const y of [2027, 2028, 2029, 2030]) expect(await national(y)).toEqual(core(proposeHolidays(y)));
  });

  it('seeds idempotently, with optional demo closures', async () => {
    const { org } = await world();
    const closure = { unitId: org.commune.id, date: '2026-10-15', name: 'Nghỉ do bão', legalRef: 'QĐ thử' };
    expect(await seedCalendar(t.database.db)).toBe(0);
    expect(await seedCalendar(t.database.db, { closures: [closure] })).toBe(1);
    expect(await seedCalendar(t.database.db, { closures: [closure] })).toBe(0);
  });

  it.each([
    ['an unparseable moment', due('13/02/2026 16:59', 1, 'working_day'), /receivedAt/],
    ['an impossible date', due('2026-02-30T09:00:00+07:00', 1, 'working_day'), /ISO 8601/],
    ['a negative amount', due('2026-02-13T09:00:00+07:00', -1, 'working_day'), /0 đến 3650/],
    ['a huge amount', due('2026-02-13T09:00:00+07:00', 99_999, 'working_day'), /3650/],
    ['a non-numeric amount', due('2026-02-13T09:00:00+07:00', 'ba', 'working_day'), /amount/],
    ['an unknown unit of time', due('2026-02-13T09:00:00+07:00', 1, 'week'), /working_day, working_hour/],
    ['half a calendar day', due('2026-02-13T09:00:00+07:00', 1.5, 'calendar_day'), /whole days/],
    ['a moment outside 2000–2099', due('2150-01-05T09:00:00+07:00', 1, 'working_day'), /2000–2099/],
    ['a result past 2099', due('2099-06-01T09:00:00+07:00', 3000, 'calendar_day'), /2099/],
    ['a malformed unit id', due('2026-02-13T09:00:00+07:00', 1, 'working_day', 'xa-1'), /unitId|uuid|UUID/],
    ['a missing amount', '/api/calendar/due-date?receivedAt=2026-02-13T09:00&unit=working_day', /amount/],
    ['an unknown parameter', `${due('2026-02-13T09:00:00+07:00', 1, 'working_day')}&hurry=1`, /hurry/],
    ['to before from', '/api/calendar/working-time?from=2026-02-13T09:00&to=2026-02-12T09:00', /to must not be before from/],
    ['a year out of range', '/api/calendar/days?year=1999', /2000/],
    ['a year that is not a number', '/api/calendar/days?year=abc', /year/],
  ])('answers 400 with a clear message for %s', async (_what, url, message) => {
    const { clerk } = await world();
    const r = await get(clerk, url);
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.error.code).toMatch(/VALIDATION_FAILED|CALENDAR_OUT_OF_RANGE/);
    expect(r.body.error.message).toMatch(message);
    expect(r.body.error.issues.length).toBeGreaterThan(0);
  });

  it('needs a session (401) and a calendar permission (403)', async () => {
    const noSession = await t.anon.get(due('2026-02-13T09:00:00+07:00', 1, 'working_day'));
    expect(noSession.statusCode).toBe(401);
    const org = await buildOrg(t.database.db);
    const nobody = await buildUser(t.database.db, { unitId: org.deptA.id });
    const s = await t.as(nobody);
    expect((await get(s, '/api/calendar/days?year=2026')).status).toBe(403);
    const other = await world();
    const foreign = await get(other.clerk, due('2026-02-13T09:00:00+07:00', 1, 'working_day', org.commune.id));
    expect(foreign.status).toBe(404);
    expect((await get(other.clerk, `/api/calendar/days?year=2026&unitId=${org.commune.id}`)).status).toBe(404);
  });
});
