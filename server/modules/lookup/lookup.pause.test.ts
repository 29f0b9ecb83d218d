import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, buildOneStopWorld, buildProcedure, createTestApp, type SignedIn, type TestApp } from '@tests/harness';

const at = (iso: string) => new Date(iso);

// Issue #15 point 6: the citizen sees what to bring and where, that the clock is paused, and after an apology the new
// date with the letter's reason. The dossiers go through the real intake and actions.
describe.each(ENGINES)('public lookup: paused clock, supplement and apology on %s', (engine) => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof buildOneStopWorld>>;
  let p: Awaited<ReturnType<typeof buildProcedure>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await buildOneStopWorld(t);
    await t.db.updateTable('units').set({ address: '15 Nguyễn Tất Thành, xã A' }).where('id', '=', w.communeA.id).execute();
    p = await buildProcedure(t.db, {
      handlingUnitId: w.org.deptB.id,
      steps: [
        { unitId: w.communeA.id, name: 'Tiếp nhận', timeShare: 0.1 },
        { unitId: w.org.deptB.id, name: 'Thẩm định', timeShare: 0.9 },
      ],
    });
  });
  afterAll(async () => t.close());

  async function act(s: SignedIn, id: string, action: string, body: Record<string, unknown> = {}) {
    const version = (await s.get(`/api/dossiers/${id}`)).json().version;
    const res = await s.post(`/api/dossiers/${id}/${action}`, { expectedVersion: version, ...body });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  async function intake() {
    t.clock.now = at('2026-03-02T09:00:00+07:00');
    const res = await w.sessions.clerkA.post('/api/dossiers', {
      procedureId: p.procedure.id,
      applicant: { name: 'Nguyễn Văn An', idNumber: '066123456789' },
      documentIds: p.requiredIds,
      note: 'Ghi chú tiếp nhận nội bộ',
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; lookupKey: string; dueAt: string };
  }
  const lookup = async (key: string) => {
    const res = await t.anon.get(`/api/lookup/dossiers/${key}`);
    expect(res.statusCode, res.body).toBe(200);
    return { body: res.json(), raw: res.body };
  };

  it('the citizen’s lookup of a supplement-waiting dossier lists what to add, where, and that the clock is paused', async () => {
    const d = await intake();
    await act(w.sessions.clerkA, d.id, 'forward', { handlerId: w.users.specialist.id });
    // The appointment (Monday 9 March) passes while the applicant has not come back yet.
    t.clock.now = at('2026-03-03T09:00:00+07:00');
    await act(w.sessions.specialist, d.id, 'request-supplement', { note: 'Bản sao sổ hộ khẩu\nGiấy xác nhận tình trạng hôn nhân' });
    t.clock.now = at('2026-03-20T09:00:00+07:00');
    const { body, raw } = await lookup(d.lookupKey);
    expect(body).toMatchObject({
      status: 'supplement_requested',
      dueAt: null,
      clockPause: { kind: 'supplement', since: '2026-03-03T02:00:00.000Z' },
      supplement: {
        items: ['Bản sao sổ hộ khẩu', 'Giấy xác nhận tình trạng hôn nhân'],
        requestedAt: '2026-03-03T02:00:00.000Z',
        requestedBy: w.org.deptB.name,
        bringTo: { unitName: 'Xã A', address: '15 Nguyễn Tất Thành, xã A' },
      },
      apology: null,
    });
    // The appointment before the pause is not answered as the current one; no staff note leaves the server.
    expect(d.dueAt).toBe('2026-03-09T02:00:00.000Z');
    expect(raw).not.toContain('nội bộ');
    // Brought back: the clock runs again and the page shows the appointment moved by the 2 working days paused.
    t.clock.now = at('2026-03-05T09:00:00+07:00');
    await act(w.sessions.clerkA, d.id, 'resubmit');
    const after = (await lookup(d.lookupKey)).body;
    expect(after).toMatchObject({ status: 'processing', clockPause: null, supplement: null, dueAt: '2026-03-11T02:00:00.000Z' });
    t.clock.now = new Date();
  });

  it('after an apology letter shows the new date and the letter’s reason', async () => {
    const d = await intake();
    t.clock.now = at('2026-03-04T09:00:00+07:00');
    await act(w.sessions.headA, d.id, 'issue-apology', {
      note: 'Cần xác minh thêm với cơ quan thuế',
      newDueAt: '2026-03-12T09:00:00+07:00',
    });
    const { body } = await lookup(d.lookupKey);
    expect(body).toMatchObject({
      dueAt: '2026-03-12T02:00:00.000Z',
      clockPause: null,
      apology: {
        at: '2026-03-04T02:00:00.000Z',
        previousDueAt: '2026-03-09T02:00:00.000Z',
        newDueAt: '2026-03-12T02:00:00.000Z',
        reason: 'Cần xác minh thêm với cơ quan thuế',
      },
    });
    t.clock.now = new Date();
  });

  it('says the clock is paused while waiting for fees where the procedure’s law says so', async () => {
    const paying = await buildProcedure(t.db, {
      handlingUnitId: w.org.deptB.id,
      paymentPausesClock: true,
      steps: [{ unitId: w.communeA.id, name: 'Tiếp nhận và giải quyết', timeShare: 1 }],
    });
    t.clock.now = at('2026-03-02T09:00:00+07:00');
    const res = await w.sessions.clerkA.post('/api/dossiers', {
      procedureId: paying.procedure.id,
      applicant: { name: 'Trần Thị Bình' },
      documentIds: paying.requiredIds,
    });
    const d = res.json() as { id: string; lookupKey: string };
    t.clock.now = at('2026-03-03T10:00:00+07:00');
    await act(w.sessions.clerkA, d.id, 'start');
    await act(w.sessions.clerkA, d.id, 'request-payment', { amount: 50000 });
    const { body } = await lookup(d.lookupKey);
    expect(body).toMatchObject({
      status: 'awaiting_payment',
      dueAt: null,
      clockPause: { kind: 'payment', since: '2026-03-03T03:00:00.000Z' },
      supplement: null,
    });
    t.clock.now = new Date();
  });
});
