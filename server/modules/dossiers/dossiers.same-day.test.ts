import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, PDF_BASE64, buildOneStopWorld, buildProcedure, createTestApp, type SignedIn, type TestApp } from '@tests/harness';

const at = (s: string) => new Date(s);

// A same-day procedure (docs/DOMAIN.md §3.9; Decree 23/2015/NĐ-CP Art. 7) through intake, online acceptance, the
// receipt, the public lookup and the statistics: its due moment is the close of the day of receipt, or of the next
// working day after the cutoff, and it is timed like any other dossier against it.
describe.each(ENGINES)('same-day dossiers on %s', (engine) => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof buildOneStopWorld>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await buildOneStopWorld(t);
  });
  afterAll(async () => t.close());

  const certification = (cutoff?: string) =>
    buildProcedure(t.database.db, {
      handlingUnitId: w.org.province.id,
      level: 'commune',
      durationValue: 0,
      durationUnit: 'same_day',
      ...(cutoff ? { sameDayCutoff: cutoff } : {}),
      steps: [
        { unitId: w.org.province.id, name: 'Công chức tư pháp – hộ tịch chứng thực', timeShare: 0.8 },
        { unitId: w.org.province.id, name: 'Lãnh đạo ký', timeShare: 0.2 },
      ],
    });
  async function intake(p: Awaited<ReturnType<typeof certification>>, when: string, s: SignedIn = w.sessions.clerkA) {
    t.clock.now = at(when);
    const res = await s.post('/api/dossiers', {
      procedureId: p.procedure.id,
      applicant: { name: 'Trần Thị Bình', idNumber: '066123456780' },
      documentIds: p.requiredIds,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }
  async function act(s: SignedIn, id: string, action: string, body: Record<string, unknown> = {}) {
    const version = (await s.get(`/api/dossiers/${id}`)).json().version;
    return s.post(`/api/dossiers/${id}/${action}`, { expectedVersion: version, ...body });
  }

  it.each<[string, string | undefined, string, string]>([
    ['2026-03-09T14:00:00+07:00', undefined, '2026-03-09T10:30:00.000Z', 'before 15:00 → close of the day'],
    ['2026-03-09T15:00:00+07:00', undefined, '2026-03-09T10:30:00.000Z', 'at exactly 15:00 → close of the day'],
    ['2026-03-09T15:20:00+07:00', undefined, '2026-03-10T10:30:00.000Z', 'after 15:00 → close of the next working day'],
    ['2026-03-09T15:20:00+07:00', '16:00', '2026-03-09T10:30:00.000Z', "the procedure's own 16:00 cutoff"],
    ['2026-02-13T16:00:00+07:00', undefined, '2026-02-23T10:30:00.000Z', 'the day before Tết 2026 → after Tết'],
  ])('received %s (cutoff %s) → due %s (%s)', async (when, cutoff, dueAt) => {
    const d = await intake(await certification(cutoff), when);
    expect(d).toMatchObject({ dueAt, originalDueAt: dueAt, procedure: { durationUnit: 'same_day', cutoff: cutoff ?? '15:00' } });
    expect(d.steps.at(-1).dueAt).toBe(dueAt);
    expect(d.clock.processingTime).toEqual({ amount: 0, unit: 'same_day', cutoff: cutoff ?? '15:00' });
  });

  it('accepts an online submission on a Saturday with the close of Monday as its due, and prints form 01', async () => {
    const p = await certification();
    t.clock.now = at('2026-03-07T09:00:00+07:00');
    const sub = await t.anon.post('/api/public/dossiers', {
      procedureId: p.procedure.id,
      receivingUnitId: w.communeA.id,
      applicant: { name: 'Lê Văn Cường', idNumber: '066123456781', phone: '0912345679' },
      files: p.requiredIds.map((id, i) => ({
        procedureDocumentId: id,
        fileName: `giay-to-${i}.pdf`,
        mimeType: 'application/pdf',
        content: PDF_BASE64,
      })),
    });
    expect(sub.statusCode, sub.body).toBe(201);
    const code = sub.json().code as string;
    const found = (await w.sessions.clerkA.get(`/api/dossiers/by-code/${code}`)).json();
    const accepted = await act(w.sessions.clerkA, found.id, 'accept');
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().dueAt).toBe('2026-03-09T10:30:00.000Z');
    const pdf = await w.sessions.clerkA.get(`/api/dossiers/${found.id}/forms/01.pdf`);
    expect(pdf.statusCode).toBe(200);
    const lookup = (await t.anon.get(`/api/lookup/dossiers/${sub.json().lookupKey}`)).json();
    expect(new Date(lookup.dueAt).toISOString()).toBe('2026-03-09T10:30:00.000Z');
  });

  it('is timed like any other dossier in the statistics: finished by the close on time, the next morning late', async () => {
    const p = await certification();
    const onTime = await intake(p, '2026-03-10T09:00:00+07:00');
    const late = await intake(p, '2026-03-10T10:00:00+07:00');
    for (const [d, finishAt] of [
      [onTime, '2026-03-10T16:30:00+07:00'],
      [late, '2026-03-11T08:00:00+07:00'],
    ] as const) {
      t.clock.now = at(finishAt);
      expect((await act(w.sessions.clerkA, d.id, 'start')).statusCode).toBe(200);
      const done = await act(w.sessions.headA, d.id, 'finish');
      expect(done.statusCode, done.body).toBe(200);
    }
    expect((await w.sessions.headA.get(`/api/dossiers/${onTime.id}`)).json().timeliness).toBe('on_time');
    expect((await w.sessions.headA.get(`/api/dossiers/${late.id}`)).json().timeliness).toBe('late');
    t.clock.now = at('2026-03-12T09:00:00+07:00');
    const stats = await w.sessions.headA.get(
      `/api/dossier-stats?unitId=${w.communeA.id}&from=2026-03-10&to=2026-03-11&procedureId=${p.procedure.id}`,
    );
    expect(stats.statusCode, stats.body).toBe(200);
    expect(stats.json().total).toMatchObject({ received: 2, finishedOnTime: 1, finishedLate: 1, onTimeRate: 50 });
  });
});
