import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, PDF_BASE64, buildOneStopWorld, buildProcedure, createTestApp, type SignedIn, type TestApp } from '@tests/harness';

// Issue #16 point 7: a client that retries an intake or an online submission after a dropped connection sends the same
// Idempotency-Key and gets the dossier of its first try, never a second one.
describe.each(ENGINES)('safe retries of intake and online submission on %s', (engine) => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof buildOneStopWorld>>;
  let p: Awaited<ReturnType<typeof buildProcedure>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await buildOneStopWorld(t);
    p = await buildProcedure(t.database.db, {
      handlingUnitId: w.org.deptB.id,
      steps: [
        { unitId: w.communeA.id, name: 'Tiếp nhận', timeShare: 0.1 },
        { unitId: w.org.deptB.id, name: 'Thẩm định', timeShare: 0.9 },
      ],
    });
  });
  afterAll(async () => t.close());

  /** A body whose applicant name marks it, so the test counts only its own dossiers. */
  const intakeBody = (name: string) => ({
    procedureId: p.procedure.id,
    applicant: { name, phone: '0912345678' },
    documentIds: p.requiredIds,
  });
  const intake = (s: SignedIn, body: unknown, key?: string) =>
    s.post('/api/dossiers', body, key ? { headers: { 'idempotency-key': key } } : {});
  const countOf = async (name: string) =>
    Number(
      (
        await t.database.db
          .selectFrom('dossiers')
          .select((e) => e.fn.countAll().as('n'))
          .where('applicantName', '=', name)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const submitBody = (name: string) => ({
    procedureId: p.procedure.id,
    receivingUnitId: w.communeA.id,
    applicant: { name, email: 'retry@example.vn' },
    files: p.requiredIds.map((id, i) => ({
      procedureDocumentId: id,
      fileName: `giay-${i}.pdf`,
      mimeType: 'application/pdf',
      content: PDF_BASE64,
    })),
  });
  const submit = (body: unknown, key: string) => t.anon.post('/api/public/dossiers', body, { headers: { 'idempotency-key': key } });

  it('answers an intake retried with the same key with the same dossier, written once', async () => {
    const name = `Lặp Lại ${randomUUID().slice(0, 8)}`;
    const key = randomUUID();
    const first = await intake(w.sessions.clerkA, intakeBody(name), key);
    expect(first.statusCode, first.body).toBe(201);
    const retry = await intake(w.sessions.clerkA, intakeBody(name), key);
    expect(retry.statusCode, retry.body).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(await countOf(name)).toBe(1);
    // Without a key, the same body is a new dossier (the client did not ask for retry safety).
    expect((await intake(w.sessions.clerkA, intakeBody(name))).json().id).not.toBe(first.json().id);
    expect(await countOf(name)).toBe(2);
  });

  it('writes one dossier for ten concurrent retries with one key', async () => {
    const name = `Đồng Thời ${randomUUID().slice(0, 8)}`;
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 10 }, () => intake(w.sessions.clerkA, intakeBody(name), key)));
    for (const a of answers) expect(a.statusCode, a.body).toBe(201);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    expect(new Set(answers.map((a) => a.json().code)).size).toBe(1);
    expect(await countOf(name)).toBe(1);
  });

  it('refuses the same key with another body (409), and keeps keys apart per clerk', async () => {
    const name = `Khác Nội Dung ${randomUUID().slice(0, 8)}`;
    const key = randomUUID();
    expect((await intake(w.sessions.clerkA, intakeBody(name), key)).statusCode).toBe(201);
    const other = await intake(w.sessions.clerkA, intakeBody(`${name} B`), key);
    expect(other.statusCode).toBe(409);
    expect(other.json().error).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      issues: [expect.objectContaining({ path: 'headers.idempotency-key' })],
    });
    expect(await countOf(`${name} B`)).toBe(0);
    const colleague = await t.as('one_stop_clerk', { unit: w.communeA });
    const theirs = await intake(colleague, intakeBody(name), key);
    expect(theirs.statusCode).toBe(201);
    expect(await countOf(name)).toBe(2);
  });

  it.each([['short'], ['has space in it'], ['ü-not-ascii-key'], ['x'.repeat(129)]])(
    'answers 400 naming the header for key %j',
    async (key) => {
      const res = await intake(w.sessions.clerkA, intakeBody('Khóa Sai'), key);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.issues[0].path).toBe('headers.idempotency-key');
    },
  );

  it('forgets a key after 24 hours', async () => {
    const name = `Hết Hạn ${randomUUID().slice(0, 8)}`;
    const key = randomUUID();
    t.clock.now = new Date('2026-03-02T09:00:00+07:00');
    const first = await intake(w.sessions.clerkA, intakeBody(name), key);
    t.clock.now = new Date('2026-03-03T08:59:00+07:00');
    expect((await intake(w.sessions.clerkA, intakeBody(name), key)).json().id).toBe(first.json().id);
    t.clock.now = new Date('2026-03-03T09:00:01+07:00');
    const later = await intake(w.sessions.clerkA, intakeBody(name), key);
    expect(later.statusCode, later.body).toBe(201);
    expect(later.json().id).not.toBe(first.json().id);
    expect(await countOf(name)).toBe(2);
    t.clock.now = new Date();
  });

  it('answers an online submission retried with the same key, alone or concurrently, with one dossier', async () => {
    const name = `Trực Tuyến ${randomUUID().slice(0, 8)}`;
    const key = randomUUID();
    const first = await submit(submitBody(name), key);
    expect(first.statusCode, first.body).toBe(201);
    const again = await Promise.all(Array.from({ length: 5 }, () => submit(submitBody(name), key)));
    for (const a of again) expect(a.json()).toEqual(first.json());
    expect(await countOf(name)).toBe(1);
    expect((await submit(submitBody(`${name} B`), key)).statusCode).toBe(409);

    const raced = `Trực Tuyến Song Song ${randomUUID().slice(0, 8)}`;
    const racedKey = randomUUID();
    const answers = await Promise.all(Array.from({ length: 6 }, () => submit(submitBody(raced), racedKey)));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(6).fill(201));
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(await countOf(raced)).toBe(1);
  });
});
