import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, buildOrg, createTestApp, type SignedIn, type TestApp } from '@tests/harness';

// GET /api/calendar/due-date?unit=same_day[&cutoff=HH:MM] (docs/DOMAIN.md §3.9; Decree 23/2015/NĐ-CP Art. 7): the close
// of office hours of the day of receipt, or of the next working day when received after the cutoff or on a closed day.
const due = (receivedAt: string, extra: Record<string, string> = {}) =>
  `/api/calendar/due-date?${new URLSearchParams({ receivedAt, unit: 'same_day', ...extra }).toString()}`;

describe.each(ENGINES)('same-day due dates on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t.close());

  async function world() {
    const org = await buildOrg(t.db);
    return { org, clerk: await t.as('one_stop_clerk', { unit: org.commune }) };
  }
  const get = async (s: SignedIn, url: string) => {
    const res = await s.get(url);
    return { status: res.statusCode, body: res.json() };
  };

  it.each<[string, string | undefined, string, string, string]>([
    ['2026-03-09T14:59:00+07:00', undefined, '2026-03-09T17:30:00+07:00', 'same_day', 'before 15:00'],
    ['2026-03-09T15:00:00+07:00', undefined, '2026-03-09T17:30:00+07:00', 'same_day', 'exactly 15:00'],
    ['2026-03-09T15:01:00+07:00', undefined, '2026-03-10T17:30:00+07:00', 'next_working_day', 'after 15:00'],
    ['2026-03-07T09:00:00+07:00', undefined, '2026-03-09T17:30:00+07:00', 'next_working_day', 'a Saturday'],
    ['2026-04-30T09:00:00+07:00', undefined, '2026-05-04T17:30:00+07:00', 'next_working_day', 'holiday 30/4/2026'],
    ['2026-02-13T15:30:00+07:00', undefined, '2026-02-23T17:30:00+07:00', 'next_working_day', 'the day before Tết 2026'],
    ['2026-08-21T16:00:00+07:00', undefined, '2026-08-22T17:30:00+07:00', 'next_working_day', 'make-up Saturday 22/8/2026'],
    ['2026-03-09T15:30:00+07:00', '16:00', '2026-03-09T17:30:00+07:00', 'same_day', 'a 16:00 cutoff'],
    ['2026-03-09T08:00', '07:45', '2026-03-10T17:30:00+07:00', 'next_working_day', 'a 07:45 cutoff, no offset = +07:00'],
  ])('received %s, cutoff %s → %s (%s; %s)', async (receivedAt, cutoff, dueAt, resolvedOn) => {
    const { clerk } = await world();
    const r = await get(clerk, due(receivedAt, cutoff ? { cutoff } : {}));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ dueAt, unit: 'same_day', amount: 0, cutoff: cutoff ?? '15:00', resolvedOn, provisionalDays: [] });
  });

  it("follows the unit's own calendar: its local closure moves the next working day", async () => {
    const { org, clerk } = await world();
    const admin = await t.as('system_admin', { unit: org.province });
    const made = await admin.post('/api/calendar/days', {
      date: '2026-03-10',
      kind: 'local_closure',
      name: 'Nghỉ do bão',
      legalRef: 'Quyết định thử',
      unitId: org.commune.id,
    });
    expect(made.statusCode, made.body).toBe(201);
    const local = await get(clerk, due('2026-03-09T16:00:00+07:00', { unitId: org.commune.id }));
    expect(local.body.dueAt).toBe('2026-03-11T17:30:00+07:00');
    const province = await get(clerk, due('2026-03-09T16:00:00+07:00'));
    expect(province.body.dueAt).toBe('2026-03-10T17:30:00+07:00');
  });

  it('keeps amount-based units as they were, with no cutoff in the answer', async () => {
    const { clerk } = await world();
    const r = await get(clerk, '/api/calendar/due-date?receivedAt=2026-03-09T09:00&amount=1&unit=working_day');
    expect(r.body).toMatchObject({ dueAt: '2026-03-10T09:00:00+07:00', cutoff: null, resolvedOn: null });
  });

  it.each([
    ['25:00', /giờ trong ngày dạng HH:MM.*time of day/],
    ['15h', /cutoff must be a time of day HH:MM/],
    ['3pm', /cutoff must be a time of day HH:MM/],
    ['15:60', /00:00 đến 23:59/],
    ['', /cutoff must be a time of day/],
  ])('answers 400 for the cutoff %j', async (cutoff, message) => {
    const { clerk } = await world();
    const r = await get(clerk, due('2026-03-09T09:00:00+07:00', { cutoff }));
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(message) });
    expect(r.body.error.issues[0].path).toMatch(/cutoff/);
  });

  it('answers 400 for a cutoff with another unit, and still needs an amount for the other units', async () => {
    const { clerk } = await world();
    const withCutoff = await get(clerk, '/api/calendar/due-date?receivedAt=2026-03-09T09:00&amount=1&unit=working_day&cutoff=15:00');
    expect(withCutoff.status).toBe(400);
    expect(withCutoff.body.error.message).toMatch(/unit=same_day only/);
    const noAmount = await get(clerk, '/api/calendar/due-date?receivedAt=2026-03-09T09:00&unit=calendar_day');
    expect(noAmount.status).toBe(400);
    expect(noAmount.body.error.message).toMatch(/amount/);
  });
});
