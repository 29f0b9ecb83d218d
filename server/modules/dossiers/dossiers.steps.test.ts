import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, buildOneStopWorld, buildProcedure, createTestApp, type SignedIn, type TestApp } from '@tests/harness';

// Issue #15 point 5: forwarding to the approval step offers those who sign there (the unit's heads) before its
// handlers, and a step sends the dossier back to the previous one with a reason written on the control slip.
describe.each(ENGINES)('steps of the route on %s', (engine) => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof buildOneStopWorld>>;
  let p: Awaited<ReturnType<typeof buildProcedure>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
    t.clock.now = new Date('2026-03-02T09:00:00+07:00');
    w = await buildOneStopWorld(t);
    // Commune A receives, the department examines, then its head signs.
    p = await buildProcedure(t.db, {
      handlingUnitId: w.org.deptB.id,
      steps: [
        { unitId: w.communeA.id, name: 'Tiếp nhận', timeShare: 0.1 },
        { unitId: w.org.deptB.id, name: 'Thẩm định', timeShare: 0.6 },
        { unitId: w.org.deptB.id, name: 'Phê duyệt', timeShare: 0.3 },
      ],
    });
  });
  afterAll(async () => t.close());

  async function act(s: SignedIn, id: string, action: string, body: Record<string, unknown> = {}) {
    const version = (await s.get(`/api/dossiers/${id}`)).json().version;
    return s.post(`/api/dossiers/${id}/${action}`, { expectedVersion: version, ...body });
  }

  async function atExamination(): Promise<string> {
    const res = await w.sessions.clerkA.post('/api/dossiers', {
      procedureId: p.procedure.id,
      applicant: { name: 'Trần Thị Bình' },
      documentIds: p.requiredIds,
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    expect((await act(w.sessions.clerkA, id, 'forward', { handlerId: w.users.specialist.id })).statusCode).toBe(200);
    return id;
  }

  it('offers the heads first, then the handlers, for the approval step, and only handlers for the others', async () => {
    const id = await atExamination();
    const toApproval = (await w.sessions.specialist.get(`/api/dossiers/${id}/handlers?unitId=${w.org.deptB.id}`)).json().items;
    expect(toApproval[0]).toMatchObject({ id: w.users.headDept.id, approves: true });
    expect(
      toApproval
        .slice(1)
        .map((h: { id: string }) => h.id)
        .sort(),
    ).toEqual([w.users.specialist.id, w.users.specialist2.id].sort());
    expect(toApproval.slice(1).every((h: { approves: boolean }) => !h.approves)).toBe(true);
    // The head can be named as the approver; a head is refused as the handler of an examination step.
    const forwarded = await act(w.sessions.specialist, id, 'forward', { handlerId: w.users.headDept.id });
    expect(forwarded.statusCode, forwarded.body).toBe(200);
    expect(forwarded.json().currentHandler).toMatchObject({ id: w.users.headDept.id });
    const other = await atExamination();
    const back = await act(w.sessions.specialist, other, 'send-back', { note: 'x' });
    expect(back.statusCode).toBe(200);
    const toExamination = (await w.sessions.clerkA.get(`/api/dossiers/${other}/handlers?unitId=${w.org.deptB.id}`)).json().items;
    expect(toExamination.map((h: { id: string }) => h.id)).not.toContain(w.users.headDept.id);
    const headAsExaminer = await act(w.sessions.clerkA, other, 'forward', { handlerId: w.users.headDept.id });
    expect(headAsExaminer.statusCode).toBe(400);
    expect(headAsExaminer.json().error.code).toBe('DOSSIER_HANDLER_INVALID');
  });

  it('sends a dossier back to the previous step with the reason on both rows, and forwards it again', async () => {
    const id = await atExamination();
    t.clock.now = new Date('2026-03-02T15:15:00+07:00');
    const noReason = await act(w.sessions.specialist, id, 'send-back');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.code).toBe('DOSSIER_NOTE_REQUIRED');
    const res = await act(w.sessions.specialist, id, 'send-back', { note: 'Thiếu trang 2 của tờ khai' });
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d).toMatchObject({ status: 'processing', currentUnit: { id: w.communeA.id } });
    expect(d.events.at(-1)).toMatchObject({ type: 'send_back', data: { reason: 'Thiếu trang 2 của tờ khai' } });
    const [reception, examination] = d.steps;
    expect(reception).toMatchObject({ finishedAt: null, timeliness: null });
    expect(reception.note).toBe('02/03/2026 15:15: nhận lại từ bước sau (Thẩm định), lý do: Thiếu trang 2 của tờ khai');
    expect(examination).toMatchObject({ startedAt: null, handler: { id: w.users.specialist.id } });
    expect(examination.note).toBe('02/03/2026 15:15: trả lại bước trước (Tiếp nhận), lý do: Thiếu trang 2 của tờ khai');
    // The first step cannot send back; it forwards again, and the control slip keeps the note.
    expect(d.allowedActions).not.toContain('send_back');
    expect((await act(w.sessions.clerkA, id, 'send-back', { note: 'x' })).statusCode).toBe(400);
    const again = await act(w.sessions.clerkA, id, 'forward', { handlerId: w.users.specialist.id });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().steps[1]).toMatchObject({ handler: { id: w.users.specialist.id }, finishedAt: null });
    expect(again.json().steps[1].startedAt).not.toBeNull();
    expect((await w.sessions.specialist.get(`/api/dossiers/${id}`)).json().allowedActions).toContain('send_back');
    const slip = await w.sessions.clerkA.get(`/api/dossiers/${id}/forms/06.pdf`);
    expect(slip.statusCode).toBe(200);
  });
});
