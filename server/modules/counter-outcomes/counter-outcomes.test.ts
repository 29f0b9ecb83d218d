import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, PDF_BASE64, buildOneStopWorld, buildProcedure, createTestApp, type SignedIn, type TestApp } from '@tests/harness';

// Issue #14 point 2 through the API: guidance (form 02) and refusal (form 03) at the counter are logged without a
// dossier and counted apart from the timeliness figures; an online submission is sent back for completion, completed by
// the applicant with the submission's secret, then accepted: the legal clock starts at that acceptance.
const at = (iso: string) => new Date(iso);
const MON_9 = at('2026-04-06T09:00:00+07:00');
const APPLICANT = { name: 'Phạm Thị Dung', idNumber: '066199001122', phone: '0905123456' };

describe.each(ENGINES)('counter outcomes on %s', (engine) => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof buildOneStopWorld>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await buildOneStopWorld(t);
  });
  afterAll(async () => t.close());

  const procedure = () =>
    buildProcedure(t.database.db, {
      handlingUnitId: w.org.deptB.id,
      steps: [
        { unitId: w.communeA.id, name: 'Tiếp nhận', timeShare: 0.1 },
        { unitId: w.org.deptB.id, name: 'Thẩm định', timeShare: 0.9 },
      ],
    });
  const dossiersAt = async (unitId: string) =>
    Number(
      (
        await t.database.db
          .selectFrom('dossiers')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('receivingUnitId', '=', unitId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const stats = async (s: SignedIn, unitId: string, day: string, extra = '') => {
    const res = await s.get(`/api/dossier-stats?unitId=${unitId}&from=${day}&to=${day}${extra}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('guides an incomplete dossier with form 02: a log row and its PDF, no dossier, counted as guided outside the timeliness figures', async () => {
    t.clock.now = MON_9;
    const p = await procedure();
    const before = await dossiersAt(w.communeA.id);
    const [tokhai] = p.documents;
    const res = await w.sessions.clerkA.post('/api/counter-outcomes', {
      kind: 'guided',
      procedureId: p.procedure.id,
      applicant: APPLICANT,
      missing: [{ documentId: tokhai?.id, name: tokhai?.name ?? '' }, { name: 'Bản sao sổ hộ khẩu' }],
      wrong: [{ name: 'Căn cước', note: 'hết hạn' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const o = res.json();
    expect(o).toMatchObject({
      kind: 'guided',
      channel: 'in_person',
      unit: { id: w.communeA.id },
      procedure: { id: p.procedure.id },
      dossier: null,
      missing: [
        { documentId: tokhai?.id, name: tokhai?.name },
        { documentId: null, name: 'Bản sao sổ hộ khẩu' },
      ],
      wrong: [{ name: 'Căn cước', note: 'hết hạn' }],
      officer: { id: w.users.clerkA.id },
      at: '2026-04-06T09:00:00+07:00',
    });
    const pdf = await w.sessions.clerkA.get(o.pdfPath);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await dossiersAt(w.communeA.id)).toBe(before);
    const audit = await t.database.db.selectFrom('auditLog').select(['action', 'actorId']).where('entityId', '=', o.id).execute();
    expect(audit).toEqual([{ action: 'counter_outcome.guided', actorId: w.users.clerkA.id }]);
    const report = await stats(w.sessions.headA, w.communeA.id, '2026-04-06');
    expect(report.counterOutcomes).toEqual({ guided: 1, refused: 0 });
    expect(report.total.received).toBe(0);
    // The procedure filter of the report applies to the section too.
    const other = await procedure();
    expect((await stats(w.sessions.headA, w.communeA.id, '2026-04-06', `&procedureId=${other.procedure.id}`)).counterOutcomes).toEqual({
      guided: 0,
      refused: 0,
    });
  });

  it('refuses an ineligible request at the counter with form 03 and its reason, listed and counted as refused', async () => {
    t.clock.now = at('2026-04-07T10:00:00+07:00');
    const p = await procedure();
    const noReason = await w.sessions.clerkA.post('/api/counter-outcomes', {
      kind: 'refused',
      procedureId: p.procedure.id,
      applicant: APPLICANT,
      reason: '  ',
    });
    expect([noReason.statusCode, noReason.json().error.code]).toEqual([400, 'COUNTER_REASON_REQUIRED']);
    expect(noReason.json().error.issues[0].path).toBe('body.reason');
    const res = await w.sessions.clerkA.post('/api/counter-outcomes', {
      kind: 'refused',
      procedureId: p.procedure.id,
      applicant: APPLICANT,
      reason: 'Yêu cầu không thuộc thẩm quyền giải quyết của UBND xã',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'refused',
      reason: 'Yêu cầu không thuộc thẩm quyền giải quyết của UBND xã',
      missing: [],
      wrong: [],
    });
    expect((await w.sessions.clerkA.get(res.json().pdfPath)).statusCode).toBe(200);
    const list = await w.sessions.headA.get(`/api/counter-outcomes?unitId=${w.communeA.id}&from=2026-04-07&to=2026-04-07&kind=refused`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, counts: { guided: 0, refused: 1 }, items: [{ id: res.json().id }] });
    const week = await w.sessions.headA.get(`/api/counter-outcomes?unitId=${w.communeA.id}&from=2026-04-06&to=2026-04-07`);
    expect(week.json()).toMatchObject({ total: 2, counts: { guided: 1, refused: 1 } });
    expect((await stats(w.sessions.leader, w.org.province.id, '2026-04-07')).counterOutcomes).toEqual({ guided: 0, refused: 1 });
  });

  it('refuses bad input with clear 4xx answers and keeps other units’ logs out of reach', async () => {
    const p = await procedure();
    const base = { kind: 'guided', procedureId: p.procedure.id, applicant: APPLICANT };
    const empty = await w.sessions.clerkA.post('/api/counter-outcomes', { ...base, missing: [{ name: ' ' }], wrong: [] });
    expect([empty.statusCode, empty.json().error.code]).toEqual([400, 'COUNTER_GUIDANCE_EMPTY']);
    const foreignDoc = await w.sessions.clerkA.post('/api/counter-outcomes', {
      ...base,
      missing: [{ documentId: crypto.randomUUID(), name: 'X' }],
    });
    expect([foreignDoc.statusCode, foreignDoc.json().error.issues[0].path]).toEqual([400, 'body.missing.0.documentId']);
    const noApplicant = await w.sessions.clerkA.post('/api/counter-outcomes', {
      ...base,
      applicant: { name: '' },
      missing: [{ name: 'Tờ khai' }],
    });
    expect([noApplicant.statusCode, noApplicant.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const unknownProc = await w.sessions.clerkA.post('/api/counter-outcomes', {
      ...base,
      procedureId: crypto.randomUUID(),
      missing: [{ name: 'A' }],
    });
    expect(unknownProc.statusCode).toBe(404);
    // Another commune is out of the clerk's scope: 404 for writing there, listing it and reading its rows.
    const there = await w.sessions.clerkA.post('/api/counter-outcomes', { ...base, unitId: w.communeB.id, missing: [{ name: 'Tờ khai' }] });
    expect(there.statusCode).toBe(404);
    expect((await w.sessions.clerkA.get(`/api/counter-outcomes?unitId=${w.communeB.id}`)).statusCode).toBe(404);
    const theirs = await w.sessions.clerkB.post('/api/counter-outcomes', { ...base, missing: [{ name: 'Tờ khai' }] });
    expect(theirs.statusCode, theirs.body).toBe(201);
    expect((await w.sessions.clerkA.get(`/api/counter-outcomes/${theirs.json().id}`)).statusCode).toBe(404);
    expect((await w.sessions.clerkA.get(`/api/counter-outcomes/${theirs.json().id}/pdf`)).statusCode).toBe(404);
    // A handler may read but not write the counter log; no session, no access.
    expect((await w.sessions.specialist.post('/api/counter-outcomes', { ...base, missing: [{ name: 'A' }] })).statusCode).toBe(403);
    expect((await t.anon.get('/api/counter-outcomes')).statusCode).toBe(401);
  });

  it('sends an online submission back for completion; the applicant completes it; the clock starts at acceptance', async () => {
    t.clock.now = MON_9;
    const p = await procedure();
    const files = p.requiredIds.map((id, i) => ({
      procedureDocumentId: id,
      fileName: `giay-${i}.pdf`,
      mimeType: 'application/pdf',
      content: PDF_BASE64,
    }));
    const sub = await t.anon.post('/api/public/dossiers', {
      procedureId: p.procedure.id,
      receivingUnitId: w.communeA.id,
      applicant: APPLICANT,
      files,
    });
    expect(sub.statusCode, sub.body).toBe(201);
    const { code, completionToken, completionPath } = sub.json();
    expect(completionPath).toBe(`/nop-truc-tuyen/bo-sung/${code}#${completionToken}`);
    const d = (await w.sessions.clerkA.get(`/api/dossiers/by-code/${code}`)).json();
    const send = (body: Record<string, unknown>) =>
      w.sessions.clerkA.post(`/api/dossiers/${d.id}/request-completion`, { expectedVersion: d.version, ...body });
    const empty = await send({ missing: [], wrong: [] });
    expect([empty.statusCode, empty.json().error.code]).toEqual([400, 'COUNTER_GUIDANCE_EMPTY']);
    t.clock.now = at('2026-04-06T10:00:00+07:00');
    const back = await send({ missing: [{ name: 'Bản chụp giấy khai sinh' }], wrong: [{ name: 'Tờ khai', note: 'thiếu chữ ký' }] });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({
      status: 'submitted',
      receivedAt: null,
      dueAt: null,
      completion: {
        requestedAt: '2026-04-06T10:00:00+07:00',
        items: ['Bản chụp giấy khai sinh', 'Tờ khai (chưa đúng quy định) (thiếu chữ ký)'],
      },
    });
    expect(back.json().allowedActions).not.toContain('accept');
    expect(back.json().allowedActions).toContain('refuse');
    expect((await w.sessions.clerkA.get(`/api/dossiers/${d.id}/forms/02.pdf`)).statusCode).toBe(200);
    const log = (
      await w.sessions.clerkA.get(`/api/counter-outcomes?unitId=${w.communeA.id}&from=2026-04-06&to=2026-04-06&kind=guided`)
    ).json();
    expect(log.items).toContainEqual(expect.objectContaining({ channel: 'online', dossier: { id: d.id, code } }));
    const pending = await w.sessions.clerkA.post(`/api/dossiers/${d.id}/accept`, { expectedVersion: back.json().version });
    expect([pending.statusCode, pending.json().error.code]).toEqual([409, 'DOSSIER_COMPLETION_PENDING']);

    // The applicant, with the secret only: a wrong secret is a 404 like an unknown code.
    const wrong = await t.anon.post(`/api/public/dossiers/${code}/completion/status`, { token: 'x'.repeat(32) });
    expect(wrong.statusCode).toBe(404);
    const status = await t.anon.post(`/api/public/dossiers/${code}/completion/status`, { token: completionToken });
    expect(status.statusCode, status.body).toBe(200);
    expect(status.json()).toMatchObject({ code, requestedAt: '2026-04-06T10:00:00+07:00', items: back.json().completion.items });
    expect((await t.anon.post(`/api/public/dossiers/${code}/completion`, { token: completionToken, files: [] })).statusCode).toBe(400);
    t.clock.now = at('2026-04-08T14:00:00+07:00');
    const done = await t.anon.post(`/api/public/dossiers/${code}/completion`, {
      token: completionToken,
      files: [{ ...files[0], fileName: 'to-khai-ky.pdf' }],
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ requestedAt: null, items: [] });
    const again = await t.anon.post(`/api/public/dossiers/${code}/completion`, { token: completionToken, files: [files[0]] });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'DOSSIER_COMPLETION_NOT_REQUESTED']);

    // Accepted on Friday: the due date runs from that acceptance, the same as a counter intake at that moment.
    t.clock.now = at('2026-04-10T09:30:00+07:00');
    const cur = (await w.sessions.clerkA.get(`/api/dossiers/${d.id}`)).json();
    expect(cur.files).toHaveLength(3);
    expect(cur.allowedActions).toContain('accept');
    const acc = await w.sessions.clerkA.post(`/api/dossiers/${d.id}/accept`, { expectedVersion: cur.version });
    expect(acc.statusCode, acc.body).toBe(200);
    const counter = await w.sessions.clerkA.post('/api/dossiers', {
      procedureId: p.procedure.id,
      applicant: APPLICANT,
      documentIds: p.requiredIds,
    });
    expect(counter.statusCode, counter.body).toBe(201);
    expect(new Date(acc.json().receivedAt).toISOString()).toBe(at('2026-04-10T09:30:00+07:00').toISOString());
    expect(acc.json().dueAt).toBe(counter.json().dueAt);
    expect(new Date(acc.json().dueAt).getTime()).toBeGreaterThan(at('2026-04-16T00:00:00+07:00').getTime());
  });
});
