import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, buildDossier, buildOneStopWorld, buildProcedure, createTestApp, type SignedIn, type TestApp } from '@tests/harness';

// Issue #14 points 1, 3 and 5 through the API (docs/DOMAIN.md §10): the rule set by reception date, the refusal after
// review as a result, the payment pause per procedure, the late apology recorded, the hand-over deadline.
const at = (iso: string) => new Date(iso);
const MON_9 = at('2026-03-02T09:00:00+07:00');

describe.each(ENGINES)('one-stop rules of 2025 on %s', (engine) => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof buildOneStopWorld>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await buildOneStopWorld(t);
  });
  afterAll(async () => t.close());

  /** Reception at commune A (10%), appraisal at the department (90%), 5 working days. */
  const interAgency = (o: { paymentPausesClock?: boolean } = {}) =>
    buildProcedure(t.database.db, {
      handlingUnitId: w.org.deptB.id,
      steps: [
        { unitId: w.communeA.id, name: 'Tiếp nhận', timeShare: 0.1 },
        { unitId: w.org.deptB.id, name: 'Thẩm định', timeShare: 0.9 },
      ],
      ...o,
    });

  async function intake(p: Awaited<ReturnType<typeof interAgency>>) {
    const res = await w.sessions.clerkA.post('/api/dossiers', {
      procedureId: p.procedure.id,
      applicant: { name: 'Nguyễn Văn An', idNumber: '066123456789' },
      documentIds: p.requiredIds,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  async function act(s: SignedIn, id: string, action: string, body: Record<string, unknown> = {}) {
    const version = (await s.get(`/api/dossiers/${id}`)).json().version;
    return s.post(`/api/dossiers/${id}/${action}`, { expectedVersion: version, ...body });
  }

  /** A dossier at the department, being handled by the specialist. */
  async function atDepartment(p: Awaited<ReturnType<typeof interAgency>>) {
    const d = await intake(p);
    expect((await act(w.sessions.clerkA, d.id, 'forward', { handlerId: w.users.specialist.id })).statusCode).toBe(200);
    return d;
  }

  it.each([
    ['early', '2026-03-06T10:00:00+07:00'],
    ['on_time', '2026-03-09T08:30:00+07:00'],
    ['late', '2026-03-10T10:00:00+07:00'],
  ])('ends a dossier refused after review with the refusal as its result, counted %s, then returns it', async (timeliness, when) => {
    t.clock.now = MON_9;
    const d = await atDepartment(await interAgency());
    t.clock.now = at(when);
    // The reason is required, and only the head (dossier.approve) may refuse.
    const noReason = await act(w.sessions.headDept, d.id, 'refuse-after-review');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.code).toBe('DOSSIER_NOTE_REQUIRED');
    expect((await act(w.sessions.specialist, d.id, 'refuse-after-review', { note: 'Không đủ điều kiện' })).statusCode).toBe(403);
    const refused = await act(w.sessions.headDept, d.id, 'refuse-after-review', { note: 'Thửa đất đang có tranh chấp' });
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json()).toMatchObject({
      status: 'done',
      timeliness,
      result: { kind: 'refused', reason: 'Thửa đất đang có tranh chấp' },
      currentUnit: { id: w.communeA.id },
    });
    expect(refused.json().events.at(-1)).toMatchObject({ type: 'refuse_after_review', data: { resultKind: 'refused' } });
    const row = await t.database.db.selectFrom('dossiers').select(['resultKind', 'finishedAt']).where('id', '=', d.id).executeTakeFirst();
    expect(row?.resultKind).toBe('refused');
    expect(row?.finishedAt?.toISOString()).toBe(at(when).toISOString());
    // The refusal letter (form 03) is the result the counter returns.
    expect((await w.sessions.clerkA.get(`/api/dossiers/${d.id}/forms/03.pdf`)).statusCode).toBe(200);
    const ret = await act(w.sessions.clerkA, d.id, 'return-result');
    expect(ret.statusCode, ret.body).toBe(200);
    expect(ret.json()).toMatchObject({ status: 'returned', result: { kind: 'refused' } });
    t.clock.now = new Date();
  });

  it('marks a granted result as such', async () => {
    t.clock.now = MON_9;
    const d = await atDepartment(await interAgency());
    t.clock.now = at('2026-03-04T09:00:00+07:00');
    const done = await act(w.sessions.headDept, d.id, 'finish');
    expect(done.json()).toMatchObject({ status: 'done', result: { kind: 'granted', reason: null } });
    expect(d.result).toBeNull();
    t.clock.now = new Date();
  });

  it.each([
    ['a land procedure (waiting for payment not counted): the due moves by the wait', true, '2026-03-10T02:00:00.000Z'],
    ['another procedure: the clock runs while waiting', false, '2026-03-09T02:00:00.000Z'],
  ])('%s', async (_, pauses, dueAt) => {
    t.clock.now = MON_9;
    const d = await atDepartment(await interAgency({ paymentPausesClock: pauses }));
    t.clock.now = at('2026-03-03T09:00:00+07:00');
    const req = await act(w.sessions.specialist, d.id, 'request-payment', { amount: 50_000 });
    expect(req.statusCode, req.body).toBe(200);
    expect(req.json().events.at(-1).data).toMatchObject({ clockPaused: pauses });
    // Past the due while waiting: overdue only when the clock runs.
    t.clock.now = at('2026-03-10T09:00:00+07:00');
    expect((await w.sessions.specialist.get(`/api/dossiers/${d.id}`)).json().marks.overdue).toBe(!pauses);
    t.clock.now = at('2026-03-04T09:00:00+07:00'); // one working day after the request
    const paid = await act(w.sessions.specialist, d.id, 'confirm-payment');
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json()).toMatchObject({ status: 'processing', dueAt, originalDueAt: dueAt });
    expect(paid.json().steps[1].dueAt).toBe(dueAt);
    t.clock.now = new Date();
  });

  it.each([
    [
      'received Monday 09:00, handed over at 16:00: on time',
      '2026-03-02T09:00:00+07:00',
      '2026-03-02T16:00:00+07:00',
      '2026-03-02T10:30:00.000Z',
      'on_time',
    ],
    [
      'received Monday 15:30 (after 15:00), handed over Tuesday 09:00: late',
      '2026-03-02T15:30:00+07:00',
      '2026-03-03T09:00:00+07:00',
      '2026-03-03T01:30:00.000Z',
      'late',
    ],
  ])('shows the hand-over deadline on the control slip: %s', async (_, received, handed, dueAt, result) => {
    t.clock.now = at(received);
    const d = await intake(await interAgency());
    expect(d.handOver).toMatchObject({ dueAt, handedAt: null, result: null, overdue: false, cutoff: '15:00' });
    expect(d.handOver.legalRef).toContain('Nghị định 118/2025/NĐ-CP');
    expect(d.ruleSet.id).toBe('nd118-2025');
    t.clock.now = at(handed);
    const fwd = await act(w.sessions.clerkA, d.id, 'forward');
    expect(fwd.json().handOver).toMatchObject({ dueAt, handedAt: at(handed).toISOString(), result });
    const slip = await w.sessions.clerkA.get(`/api/dossiers/${d.id}/forms/06.pdf`);
    expect(slip.statusCode).toBe(200);
    t.clock.now = new Date();
  });

  it('has no hand-over when the route stays at the receiving unit, and an immediate one when it starts elsewhere', async () => {
    t.clock.now = MON_9;
    const local = await intake(await buildProcedure(t.database.db, { handlingUnitId: w.communeA.id }));
    expect(local.handOver).toBeNull();
    const elsewhere = await intake(await buildProcedure(t.database.db, { handlingUnitId: w.org.deptB.id }));
    expect(elsewhere.handOver).toMatchObject({ handedAt: MON_9.toISOString(), result: 'on_time' });
    t.clock.now = new Date();
  });

  it.each([
    ['2025-06-30T10:00:00+07:00', 'nd61-2018'],
    ['2025-07-01T10:00:00+07:00', 'nd118-2025'],
  ])('a dossier received %s follows %s', async (receivedAt, id) => {
    const { dossier } = await buildDossier(t.database.db, {
      receivingUnitId: w.communeA.id,
      receivedAt,
      submittedAt: receivedAt,
      dueAt: null,
    });
    const res = await w.sessions.clerkA.get(`/api/dossiers/${dossier.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().ruleSet.id).toBe(id);
  });
});
