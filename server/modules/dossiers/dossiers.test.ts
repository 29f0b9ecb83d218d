import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ENGINES,
  PDF_BASE64,
  PNG_BASE64,
  buildOneStopWorld,
  buildProcedure,
  createTestApp,
  type SignedIn,
  type TestApp,
} from '@tests/harness';

const MON_9 = new Date('2026-03-02T09:00:00+07:00');
const at = (iso: string) => new Date(iso);

describe.each(ENGINES)('dossiers on %s', (engine) => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof buildOneStopWorld>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await buildOneStopWorld(t);
  });
  afterAll(async () => t.close());

  const post = (s: SignedIn | null, url: string, payload: unknown) => (s ?? t.anon).post(url, payload);
  const get = (s: SignedIn, url: string) => s.get(url);

  /** A province-level inter-agency procedure: reception at commune A (10%), appraisal at the department (90%). */
  async function interAgency(durationValue = 5) {
    return buildProcedure(t.database.db, {
      handlingUnitId: w.org.deptB.id,
      durationValue,
      steps: [
        { unitId: w.communeA.id, name: 'Tiếp nhận', timeShare: 0.1 },
        { unitId: w.org.deptB.id, name: 'Thẩm định', timeShare: 0.9 },
      ],
    });
  }

  async function intake(p: Awaited<ReturnType<typeof interAgency>>, s: SignedIn = w.sessions.clerkA, extra: Record<string, unknown> = {}) {
    const res = await post(s, '/api/dossiers', {
      procedureId: p.procedure.id,
      applicant: { name: 'Nguyễn Văn An', idNumber: '066123456789', phone: '0912345678' },
      documentIds: p.requiredIds,
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  async function act(s: SignedIn, id: string, action: string, body: Record<string, unknown> = {}) {
    const cur = await get(s, `/api/dossiers/${id}`);
    const version = cur.statusCode === 200 ? cur.json().version : 1;
    return post(s, `/api/dossiers/${id}/${action}`, { expectedVersion: version, ...body });
  }

  it('receives at the counter: code, status, legal due, control slip, receipt event and audit', async () => {
    t.clock.now = MON_9;
    const p = await interAgency();
    const d = await intake(p, w.sessions.clerkA, {
      channel: 'postal',
      nationalCode: 'G22.99-260302-0001',
      documentIds: p.documents.map((x) => x.id),
    });
    expect(d.code).toBe(`${w.communeA.code}-260302-0001`);
    // The public lookup takes the receipt's random key, not the sequential code (issue #16 point 8).
    expect(d.lookupKey).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect((await t.anon.get(`/api/lookup/dossiers/${d.lookupKey}`)).json()).toMatchObject({ code: d.code, status: 'received' });
    expect((await t.anon.get(`/api/lookup/dossiers/${d.code}`)).statusCode).toBe(404);
    expect(d).toMatchObject({
      status: 'received',
      statusCode: 2,
      channel: 'postal',
      nationalCode: 'G22.99-260302-0001',
      version: 1,
      currentUnit: { id: w.communeA.id },
    });
    expect(d.dueAt).toBe('2026-03-09T02:00:00.000Z'); // 5 working days after Monday 09:00 → next Monday 09:00 (+07:00)
    expect(
      d.steps.map((s: { unit: { id: string }; dueAt: string; startedAt: string | null }) => [s.unit.id, s.dueAt, s.startedAt !== null]),
    ).toEqual([
      [w.communeA.id, '2026-03-02T08:00:00.000Z', true], // half a working day: 09:00 + 4 office hours across the lunch break → 15:00
      [w.org.deptB.id, '2026-03-09T02:00:00.000Z', false],
    ]);
    expect(d.events).toHaveLength(1);
    expect(d.events[0]).toMatchObject({ type: 'receive', toStatus: 'received' });
    expect(d.receivedDocuments).toHaveLength(3);
    expect(d.allowedActions).toEqual(expect.arrayContaining(['start', 'forward', 'request_supplement', 'withdraw', 'reassign']));
    expect(d.allowedActions).not.toContain('finish');
    const audit = await t.database.db.selectFrom('auditLog').selectAll().where('entityId', '=', d.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['dossier.receive']);
    t.clock.now = new Date();
  });

  it('answers an intake with exactly the detail read back afterwards', async () => {
    const procedures = [
      await interAgency(),
      await buildProcedure(t.database.db, {
        handlingUnitId: w.org.province.id,
        level: 'commune',
        steps: [{ unitId: w.org.province.id, name: 'Giải quyết', timeShare: 1 }],
      }),
      await buildProcedure(t.database.db, { handlingUnitId: w.org.deptB.id }), // no route: one step at the department, no handler yet
    ];
    for (const p of procedures) {
      const res = await post(w.sessions.clerkA, '/api/dossiers', {
        procedureId: p.procedure.id,
        applicant: { name: 'Phạm Thị Dung', address: 'Buôn Ma Thuột' },
        documentIds: p.requiredIds,
        subject: 'Cấp bản sao',
        note: 'Ghi chú',
        returnPlace: 'Quầy số 2',
      });
      expect(res.statusCode, res.body).toBe(201);
      const back = await get(w.sessions.clerkA, `/api/dossiers/${res.json().id}`);
      expect(res.body).toBe(back.body);
    }
  });

  it('resolves a commune-level procedure catalogued at the province to the receiving commune', async () => {
    const p = await buildProcedure(t.database.db, {
      handlingUnitId: w.org.province.id,
      level: 'commune',
      steps: [{ unitId: w.org.province.id, name: 'Giải quyết', timeShare: 1 }],
    });
    const d = await intake(p);
    expect(d.handlingUnit.id).toBe(w.communeA.id);
    expect(d.steps[0].unit.id).toBe(w.communeA.id);
  });

  it('runs the whole lifecycle across agencies; the supplement pause moves the due date', async () => {
    t.clock.now = MON_9;
    const p = await interAgency();
    const d = await intake(p);
    const fwd = await act(w.sessions.clerkA, d.id, 'forward', { handlerId: w.users.specialist.id });
    expect(fwd.statusCode, fwd.body).toBe(200);
    expect(fwd.json()).toMatchObject({
      status: 'processing',
      currentUnit: { id: w.org.deptB.id },
      currentHandler: { id: w.users.specialist.id },
    });
    expect(fwd.json().steps[0].timeliness).toBe('on_time');
    // The specialist asks for a supplement on Tuesday 09:00; the applicant comes back Thursday 09:00 (2 working days).
    t.clock.now = at('2026-03-03T09:00:00+07:00');
    const sup = await act(w.sessions.specialist, d.id, 'request-supplement', { note: 'Thiếu bản sao sổ hộ khẩu' });
    expect(sup.statusCode, sup.body).toBe(200);
    expect(sup.json()).toMatchObject({ status: 'supplement_requested', supplementCount: 1 });
    expect(sup.json().marks).toEqual({ dueSoon: false, overdue: false });
    t.clock.now = at('2026-03-05T09:00:00+07:00');
    const back = await act(w.sessions.clerkA, d.id, 'resubmit', { note: 'Đã nộp bổ sung' });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().dueAt).toBe('2026-03-11T02:00:00.000Z');
    expect(back.json().originalDueAt).toBe('2026-03-11T02:00:00.000Z');
    expect(back.json().steps[1].dueAt).toBe('2026-03-11T02:00:00.000Z');
    t.clock.now = at('2026-03-06T09:00:00+07:00');
    expect((await act(w.sessions.specialist, d.id, 'request-payment', { amount: 50000 })).json().status).toBe('awaiting_payment');
    expect((await act(w.sessions.specialist, d.id, 'confirm-payment')).json().status).toBe('processing');
    // The specialist cannot finish (dossier.approve); the department head can.
    expect((await act(w.sessions.specialist, d.id, 'finish')).statusCode).toBe(403);
    t.clock.now = at('2026-03-09T10:00:00+07:00');
    const done = await act(w.sessions.headDept, d.id, 'finish');
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', timeliness: 'early', currentUnit: { id: w.communeA.id } });
    expect(done.json().steps[1]).toMatchObject({ timeliness: 'early' });
    const ret = await act(w.sessions.clerkA, d.id, 'return-result', {
      resultFile: { fileName: 'ket-qua.pdf', mimeType: 'application/pdf', content: PDF_BASE64 },
    });
    expect(ret.statusCode, ret.body).toBe(200);
    const final = ret.json();
    expect(final).toMatchObject({ status: 'returned', statusCode: 10 });
    expect(final.events.map((e: { type: string }) => e.type)).toEqual([
      'receive',
      'forward',
      'request_supplement',
      'resubmit',
      'request_payment',
      'confirm_payment',
      'finish',
      'return_result',
    ]);
    expect(final.allowedActions).toEqual([]);
    const file = final.files.find((f: { kind: string }) => f.kind === 'result');
    const dl = await get(w.sessions.clerkA, `/api/dossiers/${d.id}/files/${file.id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const audit = await t.database.db.selectFrom('auditLog').select('action').where('entityId', '=', d.id).orderBy('id').execute();
    expect(audit).toHaveLength(8);
    t.clock.now = new Date();
  });

  it('lets an agency request a supplement once; a second one needs a reason and is flagged', async () => {
    t.clock.now = MON_9;
    const p = await interAgency(10);
    const d = await intake(p);
    await act(w.sessions.clerkA, d.id, 'forward', { handlerId: w.users.specialist.id });
    expect((await act(w.sessions.specialist, d.id, 'request-supplement', { note: 'Thiếu giấy tờ A' })).statusCode).toBe(200);
    t.clock.now = at('2026-03-03T09:00:00+07:00');
    expect((await act(w.sessions.clerkA, d.id, 'resubmit', { note: 'Đã bổ sung' })).statusCode).toBe(200);
    const again = await act(w.sessions.specialist, d.id, 'request-supplement', { note: 'Thiếu giấy tờ B' });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('DOSSIER_SUPPLEMENT_REASON_REQUIRED');
    const withReason = await act(w.sessions.specialist, d.id, 'request-supplement', {
      note: 'Thiếu giấy tờ B',
      reason: 'Giấy tờ A bổ sung bị sai thông tin',
    });
    expect(withReason.statusCode, withReason.body).toBe(200);
    const ev = withReason.json().events.filter((e: { type: string }) => e.type === 'request_supplement');
    expect(ev.map((e: { data: { repeated: boolean } }) => e.data.repeated)).toEqual([false, true]);
    expect(withReason.json().supplementCount).toBe(2);
    t.clock.now = new Date();
  });

  it('issues one apology with a new date, recording a late one as late and refusing a second', async () => {
    t.clock.now = MON_9;
    const p = await interAgency(5);
    const late = await intake(p);
    t.clock.now = at('2026-03-06T14:00:00+07:00'); // less than 1 working day before Monday 09:00
    // docs/DOMAIN.md §10.4: a late apology is still recorded: the dossier is late, the citizen gets the letter and the date.
    const tooLate = await act(w.sessions.headA, late.id, 'issue-apology', {
      note: 'Cần xác minh thêm',
      newDueAt: '2026-03-12T09:00:00+07:00',
    });
    expect(tooLate.statusCode, tooLate.body).toBe(200);
    expect(tooLate.json()).toMatchObject({ dueAt: '2026-03-12T02:00:00.000Z', originalDueAt: '2026-03-09T02:00:00.000Z' });
    expect(tooLate.json().events.at(-1)).toMatchObject({ type: 'issue_apology', data: { late: true } });
    t.clock.now = MON_9;
    const d = await intake(p);
    t.clock.now = at('2026-03-04T09:00:00+07:00');
    const ok = await act(w.sessions.headA, d.id, 'issue-apology', { note: 'Cần xác minh thêm', newDueAt: '2026-03-12T09:00:00+07:00' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      dueAt: '2026-03-12T02:00:00.000Z',
      originalDueAt: '2026-03-09T02:00:00.000Z',
      extendedDueAt: '2026-03-12T02:00:00.000Z',
    });
    expect(ok.json().allowedActions).not.toContain('issue_apology');
    const twice = await act(w.sessions.headA, d.id, 'issue-apology', { note: 'Lần hai', newDueAt: '2026-03-13T09:00:00+07:00' });
    expect(twice.json().error.code).toBe('DOSSIER_EXTENSION_ALREADY_GRANTED');
    t.clock.now = new Date();
  });

  it('keeps dossiers inside the unit scope: a clerk of commune B gets 404 on commune A’s dossier', async () => {
    const p = await interAgency();
    const d = await intake(p);
    expect((await get(w.sessions.clerkB, `/api/dossiers/${d.id}`)).statusCode).toBe(404);
    const res = await post(w.sessions.clerkB, `/api/dossiers/${d.id}/withdraw`, { expectedVersion: 1, note: 'x' });
    expect(res.statusCode).toBe(404);
    const list = await get(w.sessions.clerkB, `/api/dossiers?q=${encodeURIComponent(d.code)}`);
    expect(list.json().total).toBe(0);
    // The leader reads but cannot act; the specialist cannot receive.
    expect((await get(w.sessions.leader, `/api/dossiers/${d.id}`)).statusCode).toBe(200);
    expect((await post(w.sessions.leader, `/api/dossiers/${d.id}/start`, { expectedVersion: 1 })).statusCode).toBe(403);
    const spec = await post(w.sessions.specialist, '/api/dossiers', {
      procedureId: p.procedure.id,
      applicant: { name: 'A' },
      documentIds: p.requiredIds,
    });
    expect(spec.statusCode).toBe(403);
    // Clerk B may not receive at commune A.
    const other = await post(w.sessions.clerkB, '/api/dossiers', {
      procedureId: p.procedure.id,
      receivingUnitId: w.communeA.id,
      applicant: { name: 'A' },
      documentIds: p.requiredIds,
    });
    expect(other.statusCode).toBe(404);
  });

  it('lists the inbox with filters and due-soon / overdue marks', async () => {
    t.clock.now = MON_9;
    const p = await interAgency(1);
    const d = await intake(p);
    t.clock.now = at('2026-03-02T15:00:00+07:00');
    const soon = await get(w.sessions.clerkA, `/api/dossiers?due=soon&q=${d.code}`);
    expect(soon.json().items.map((i: { id: string }) => i.id)).toEqual([d.id]);
    expect(soon.json().items[0].marks).toEqual({ dueSoon: true, overdue: false });
    t.clock.now = at('2026-03-04T09:00:00+07:00');
    const over = await get(w.sessions.clerkA, `/api/dossiers?due=overdue&status=received,processing`);
    expect(over.json().items.map((i: { id: string }) => i.id)).toContain(d.id);
    expect(over.json().items.find((i: { id: string }) => i.id === d.id).marks.overdue).toBe(true);
    const mine = await get(w.sessions.clerkA, '/api/dossiers?mine=true&limit=200');
    expect(mine.json().items.every((i: { currentHandler: { id: string } | null }) => i.currentHandler?.id === w.users.clerkA.id)).toBe(
      true,
    );
    expect((await get(w.sessions.clerkA, '/api/dossiers?status=bogus')).statusCode).toBe(400);
    expect((await get(w.sessions.clerkB, `/api/dossiers?unitId=${w.communeA.id}`)).statusCode).toBe(404);
    t.clock.now = new Date();
  });

  it('accepts and refuses online submissions with files', async () => {
    const p = await interAgency();
    const files = p.requiredIds.map((id, i) => ({
      procedureDocumentId: id,
      fileName: `giay-to-${i}.pdf`,
      mimeType: 'application/pdf',
      content: PDF_BASE64,
    }));
    const sub = await post(null, '/api/public/dossiers', {
      procedureId: p.procedure.id,
      receivingUnitId: w.communeA.id,
      applicant: { name: 'Trần Thị Bình', email: 'binh@example.vn' },
      files,
    });
    expect(sub.statusCode, sub.body).toBe(201);
    expect(sub.json()).toMatchObject({ status: 'submitted' });
    expect(sub.json().lookupKey).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(sub.json().lookupPath).toBe(`/tra-cuu/${sub.json().lookupKey}`);
    const found = await get(w.sessions.clerkA, `/api/dossiers/by-code/${sub.json().code}`);
    expect(found.statusCode).toBe(200);
    expect(found.json().lookupKey).toBe(sub.json().lookupKey);
    expect(found.json()).toMatchObject({ status: 'submitted', channel: 'online', steps: [], dueAt: null });
    expect(found.json().files).toHaveLength(2);
    expect(found.json().allowedActions).toEqual(expect.arrayContaining(['accept', 'refuse', 'withdraw']));
    const acc = await act(w.sessions.clerkA, found.json().id, 'accept');
    expect(acc.statusCode, acc.body).toBe(200);
    expect(acc.json()).toMatchObject({ status: 'received' });
    expect(acc.json().steps).toHaveLength(2);
    expect(acc.json().dueAt).not.toBeNull();

    const sub2 = await post(null, '/api/public/dossiers', {
      procedureId: p.procedure.id,
      receivingUnitId: w.communeA.id,
      applicant: { name: 'Lê C' },
      files,
    });
    const d2 = (await get(w.sessions.clerkA, `/api/dossiers/by-code/${sub2.json().code}`)).json();
    const noNote = await post(w.sessions.clerkA, `/api/dossiers/${d2.id}/refuse`, { expectedVersion: d2.version });
    expect(noNote.json().error.code).toBe('DOSSIER_NOTE_REQUIRED');
    const ref = await post(w.sessions.clerkA, `/api/dossiers/${d2.id}/refuse`, {
      expectedVersion: d2.version,
      note: 'Không thuộc thẩm quyền',
    });
    expect(ref.json()).toMatchObject({ status: 'not_received', statusCode: 3 });
  });

  it('lets exactly one of two simultaneous actions win; the other gets 409', async () => {
    const p = await interAgency();
    const d = await intake(p);
    const [a, b] = await Promise.all([
      post(w.sessions.clerkA, `/api/dossiers/${d.id}/start`, { expectedVersion: 1 }),
      post(w.sessions.clerkA, `/api/dossiers/${d.id}/withdraw`, { expectedVersion: 1, note: 'Công dân rút' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error.code).toBe('DOSSIER_VERSION_CONFLICT');
    const after = (await get(w.sessions.clerkA, `/api/dossiers/${d.id}`)).json();
    expect(after.version).toBe(2);
    expect(after.events).toHaveLength(2);
  });

  it('gives 20 concurrent intakes at one unit 20 distinct consecutive codes', async () => {
    const p = await interAgency();
    const unit = w.communeB;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(w.sessions.clerkB, '/api/dossiers', {
          procedureId: p.procedure.id,
          applicant: { name: `Người ${i}` },
          documentIds: p.requiredIds,
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    const codes = results.map((r) => r.json().code as string);
    expect(new Set(codes).size).toBe(20);
    const seqs = codes.map((c) => Number(c.split('-').pop())).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => (seqs[0] ?? 0) + i));
    expect(codes.every((c) => c.startsWith(`${unit.code}-`))).toBe(true);
  });

  describe('bad input', () => {
    it('answers clear 4xx errors', async () => {
      const p = await interAgency();
      const d = await intake(p);
      const unknown = await post(w.sessions.clerkA, '/api/dossiers', {
        procedureId: '00000000-0000-4000-8000-000000000000',
        applicant: { name: 'A' },
        documentIds: [],
      });
      expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'PROCEDURE_NOT_FOUND']);
      const missing = await post(w.sessions.clerkA, '/api/dossiers', {
        procedureId: p.procedure.id,
        applicant: { name: 'A' },
        documentIds: [p.requiredIds[0]],
      });
      expect([missing.statusCode, missing.json().error.code]).toEqual([400, 'DOSSIER_DOCUMENTS_MISSING']);
      expect(missing.json().error.issues.map((i: { message: string }) => i.message)).toEqual(['Căn cước']);
      const invalid = await act(w.sessions.headA, d.id, 'finish');
      expect([invalid.statusCode, invalid.json().error.code]).toEqual([400, 'DOSSIER_INVALID_TRANSITION']);
      const stale = await post(w.sessions.clerkA, `/api/dossiers/${d.id}/start`, { expectedVersion: 7 });
      expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'DOSSIER_VERSION_CONFLICT']);
      const noVersion = await post(w.sessions.clerkA, `/api/dossiers/${d.id}/start`, {});
      expect(noVersion.statusCode).toBe(400);
      const extra = await post(w.sessions.clerkA, `/api/dossiers/${d.id}/start`, { expectedVersion: 1, status: 'done' });
      expect(extra.statusCode).toBe(400);
      const malformed = await get(w.sessions.clerkA, `/api/dossiers/by-code/${encodeURIComponent('abc-99-1')}`);
      expect([malformed.statusCode, malformed.json().error.code]).toEqual([400, 'DOSSIER_CODE_MALFORMED']);
      const noSuch = await get(w.sessions.clerkA, `/api/dossiers/by-code/${w.communeA.code}-260101-9999`);
      expect(noSuch.statusCode).toBe(404);
      const badHandler = await act(w.sessions.clerkA, d.id, 'forward', { handlerId: w.users.clerkB.id });
      expect([badHandler.statusCode, badHandler.json().error.code]).toEqual([400, 'DOSSIER_HANDLER_INVALID']);
      const badId = await get(w.sessions.clerkA, '/api/dossiers/not-a-uuid');
      expect(badId.statusCode).toBe(400);
    });

    it('refuses oversized (413) and wrong-type (400) uploads', async () => {
      const p = await interAgency();
      const base = { procedureId: p.procedure.id, receivingUnitId: w.communeA.id, applicant: { name: 'A' } };
      const ok = (id: string) => ({ procedureDocumentId: id, fileName: 'a.pdf', mimeType: 'application/pdf', content: PDF_BASE64 });
      const big = Buffer.alloc(5 * 1024 * 1024 + 10, 0x20);
      big.write('%PDF-1.4');
      const tooBig = await post(null, '/api/public/dossiers', {
        ...base,
        files: [{ ...ok(p.requiredIds[0] ?? ''), content: big.toString('base64') }, ok(p.requiredIds[1] ?? '')],
      });
      expect([tooBig.statusCode, tooBig.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
      const exe = await post(null, '/api/public/dossiers', {
        ...base,
        files: [
          {
            ...ok(p.requiredIds[0] ?? ''),
            fileName: 'a.exe',
            mimeType: 'application/x-msdownload',
            content: Buffer.from('MZ....').toString('base64'),
          },
          ok(p.requiredIds[1] ?? ''),
        ],
      });
      expect([exe.statusCode, exe.json().error.code]).toEqual([400, 'DOSSIER_FILE_TYPE_INVALID']);
      const liar = await post(null, '/api/public/dossiers', {
        ...base,
        files: [{ ...ok(p.requiredIds[0] ?? ''), mimeType: 'application/pdf', content: PNG_BASE64 }, ok(p.requiredIds[1] ?? '')],
      });
      expect([liar.statusCode, liar.json().error.code]).toEqual([400, 'DOSSIER_FILE_TYPE_INVALID']);
      const missing = await post(null, '/api/public/dossiers', { ...base, files: [ok(p.requiredIds[0] ?? '')] });
      expect([missing.statusCode, missing.json().error.code]).toEqual([400, 'DOSSIER_DOCUMENTS_MISSING']);
      const tooMany = await post(null, '/api/public/dossiers', { ...base, files: Array(6).fill(ok(p.requiredIds[0] ?? '')) });
      expect(tooMany.statusCode).toBe(400);
    });
  });
});
