import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, PDF_BASE64, buildOneStopWorld, buildProcedure, createTestApp, type SignedIn, type TestApp } from '@tests/harness';

// Issue #14 point 8 through the dossier actions: the clerk's scan at reception, the payment method recorded on confirmation
// and the result file at return are what the online-service figures count.
describe.each(ENGINES)('online-service figures from the dossier actions on %s', (engine) => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof buildOneStopWorld>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await buildOneStopWorld(t);
  });
  afterAll(async () => t.close());

  async function act(s: SignedIn, id: string, action: string, body: Record<string, unknown> = {}) {
    const version = (await s.get(`/api/dossiers/${id}`)).json().version;
    return s.post(`/api/dossiers/${id}/${action}`, { expectedVersion: version, ...body });
  }

  it('counts the scan at reception, the online payment and the electronic result; refuses an unknown payment method', async () => {
    t.clock.now = new Date('2026-03-02T09:00:00+07:00');
    const p = await buildProcedure(t.database.db, {
      handlingUnitId: w.org.deptB.id,
      steps: [
        { unitId: w.communeA.id, name: 'Tiếp nhận', timeShare: 0.1 },
        { unitId: w.org.deptB.id, name: 'Thẩm định', timeShare: 0.9 },
      ],
    });
    const file = { fileName: 'don.pdf', mimeType: 'application/pdf', content: PDF_BASE64 };
    const res = await w.sessions.clerkA.post('/api/dossiers', {
      procedureId: p.procedure.id,
      applicant: { name: 'Nguyễn Văn An', idNumber: '066123456789' },
      documentIds: p.requiredIds,
    });
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    // The clerk scans the application at the counter (the receiving unit).
    const scan = { ...file, kind: 'scan', procedureDocumentId: p.requiredIds[0] };
    expect((await w.sessions.clerkA.post(`/api/dossiers/${d.id}/files`, scan)).statusCode).toBe(201);
    expect((await act(w.sessions.clerkA, d.id, 'forward', { handlerId: w.users.specialist.id })).statusCode).toBe(200);
    // A file added later by the handler is not a scan at reception.
    expect((await w.sessions.specialist.post(`/api/dossiers/${d.id}/files`, { ...file, kind: 'submitted' })).statusCode).toBe(201);
    t.clock.now = new Date('2026-03-03T09:00:00+07:00');
    expect((await act(w.sessions.specialist, d.id, 'request-payment', { amount: 50_000 })).statusCode).toBe(200);
    const cash = await act(w.sessions.specialist, d.id, 'confirm-payment', { paymentMethod: 'cash' });
    expect(cash.statusCode).toBe(400);
    expect(cash.json().error.issues[0].path).toBe('body.paymentMethod');
    const paid = await act(w.sessions.specialist, d.id, 'confirm-payment', { paymentMethod: 'online' });
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json().events.at(-1)).toMatchObject({ type: 'confirm_payment', data: { paymentMethod: 'online' } });
    t.clock.now = new Date('2026-03-04T09:00:00+07:00');
    expect((await act(w.sessions.headDept, d.id, 'finish')).statusCode).toBe(200);
    const ret = await act(w.sessions.clerkA, d.id, 'return-result', {
      resultFile: { fileName: 'kq.pdf', mimeType: 'application/pdf', content: PDF_BASE64 },
    });
    expect(ret.statusCode, ret.body).toBe(200);

    t.clock.now = new Date('2026-04-01T09:00:00+07:00');
    const figures = await w.sessions.leader.get(`/api/dossier-stats/online?unitId=${w.org.province.id}&from=2026-03-01&to=2026-03-31`);
    expect(figures.statusCode, figures.body).toBe(200);
    expect(figures.json()).toMatchObject({
      received: 1,
      receivedAtCounter: 1,
      digitisedAtCounter: 1,
      paymentsOnline: 1,
      paymentsCounter: 0,
      onlinePaymentShare: 100,
      returned: 1,
      returnedElectronic: 1,
    });
    t.clock.now = new Date();
  });
});
