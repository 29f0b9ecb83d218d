import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DOSSIER_FILE_BYTES } from '@contracts/dossiers';
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

type FileView = { id: string; kind: string; procedureDocumentId: string | null; documentName: string | null; fileName: string };

// Issue #15 point 4: scans attached at the counter, each to its document of the checklist, opened by the handler.
describe.each(ENGINES)('scans at intake on %s', (engine) => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof buildOneStopWorld>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await buildOneStopWorld(t);
  });
  afterAll(async () => t.close());

  /** Reception at commune A, appraisal at the department. */
  const interAgency = () =>
    buildProcedure(t.database.db, {
      handlingUnitId: w.org.deptB.id,
      steps: [
        { unitId: w.communeA.id, name: 'Tiếp nhận', timeShare: 0.1 },
        { unitId: w.org.deptB.id, name: 'Thẩm định', timeShare: 0.9 },
      ],
    });

  async function received(p: Awaited<ReturnType<typeof interAgency>>) {
    const res = await w.sessions.clerkA.post('/api/dossiers', {
      procedureId: p.procedure.id,
      applicant: { name: 'Trần Thị Bình', idNumber: '066123456789' },
      documentIds: p.requiredIds,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; version: number };
  }

  const scan = (s: SignedIn, id: string, body: Record<string, unknown>) =>
    s.post(`/api/dossiers/${id}/files`, {
      kind: 'scan',
      fileName: 'to-khai.pdf',
      mimeType: 'application/pdf',
      content: PDF_BASE64,
      ...body,
    });

  it('a scan attached at intake is opened by the handler, under its document', async () => {
    const p = await interAgency();
    const d = await received(p);
    const [form, id] = p.documents;
    const one = await scan(w.sessions.clerkA, d.id, { procedureDocumentId: form?.id });
    expect(one.statusCode, one.body).toBe(201);
    const two = await scan(w.sessions.clerkA, d.id, {
      procedureDocumentId: id?.id,
      fileName: 'cccd.png',
      mimeType: 'image/png',
      content: PNG_BASE64,
    });
    expect(two.statusCode, two.body).toBe(201);
    // The same scan sent again (a retry after a lost answer) is stored once.
    const again = await scan(w.sessions.clerkA, d.id, { procedureDocumentId: form?.id, fileName: 'to-khai (1).pdf' });
    expect(again.statusCode).toBe(201);
    const files = (again.json().files as FileView[]).map((f) => [f.kind, f.documentName, f.fileName]);
    expect(files).toEqual([
      ['scan', 'Tờ khai', 'to-khai.pdf'],
      ['scan', 'Căn cước', 'cccd.png'],
    ]);

    const fwd = await w.sessions.clerkA.post(`/api/dossiers/${d.id}/forward`, {
      expectedVersion: d.version,
      handlerId: w.users.specialist.id,
    });
    expect(fwd.statusCode, fwd.body).toBe(200);
    const seen = await w.sessions.specialist.get(`/api/dossiers/${d.id}`);
    const file = (seen.json().files as FileView[]).find((f) => f.procedureDocumentId === form?.id);
    expect(file).toMatchObject({ kind: 'scan', documentName: 'Tờ khai' });
    const dl = await w.sessions.specialist.get(`/api/dossiers/${d.id}/files/${file?.id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.rawPayload.equals(Buffer.from(PDF_BASE64, 'base64'))).toBe(true);

    // Another commune's clerk neither sees the dossier nor its file.
    expect((await w.sessions.clerkB.get(`/api/dossiers/${d.id}/files/${file?.id}`)).statusCode).toBe(404);
    expect((await scan(w.sessions.clerkB, d.id, { procedureDocumentId: form?.id })).statusCode).toBe(404);

    const row = await t.database.db
      .selectFrom('dossierFiles')
      .select(['uploadedBy', 'kind'])
      .where('id', '=', file?.id ?? '')
      .executeTakeFirst();
    expect(row).toEqual({ uploadedBy: w.users.clerkA.id, kind: 'scan' });
    const audit = await t.database.db
      .selectFrom('auditLog')
      .select(['action', 'unitId'])
      .where('entityId', '=', d.id)
      .where('action', '=', 'dossier.file.upload')
      .execute();
    expect(audit).toEqual([
      { action: 'dossier.file.upload', unitId: w.communeA.id },
      { action: 'dossier.file.upload', unitId: w.communeA.id },
    ]);
  });

  it('refuses a scan without its document, or tied to a document of another procedure', async () => {
    const p = await interAgency();
    const other = await interAgency();
    const d = await received(p);
    const none = await scan(w.sessions.clerkA, d.id, {});
    expect([none.statusCode, none.json().error.issues[0].path]).toEqual([400, 'body.procedureDocumentId']);
    for (const docId of [other.documents[0]?.id, '00000000-0000-4000-8000-000000000000']) {
      const wrong = await scan(w.sessions.clerkA, d.id, { procedureDocumentId: docId });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error).toMatchObject({ code: 'DOSSIER_DOCUMENT_UNKNOWN', issues: [{ path: 'body.procedureDocumentId' }] });
    }
    // The same check holds for the other kinds of file.
    const submitted = await scan(w.sessions.clerkA, d.id, { kind: 'submitted', procedureDocumentId: other.documents[0]?.id });
    expect(submitted.json().error.code).toBe('DOSSIER_DOCUMENT_UNKNOWN');
    expect((await w.sessions.clerkA.get(`/api/dossiers/${d.id}`)).json().files).toEqual([]);
  });

  it('keeps the upload checks: declared type against content, size, only the counter scans', async () => {
    const p = await interAgency();
    const d = await received(p);
    const docId = p.documents[0]?.id;
    const renamed = await scan(w.sessions.clerkA, d.id, { procedureDocumentId: docId, content: PNG_BASE64 });
    expect([renamed.statusCode, renamed.json().error.code]).toEqual([400, 'DOSSIER_FILE_TYPE_INVALID']);
    const exe = await scan(w.sessions.clerkA, d.id, { procedureDocumentId: docId, mimeType: 'application/x-msdownload' });
    expect(exe.json().error.code).toBe('DOSSIER_FILE_TYPE_INVALID');
    const big = Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(MAX_DOSSIER_FILE_BYTES)]).toString('base64');
    const tooBig = await scan(w.sessions.clerkA, d.id, { procedureDocumentId: docId, content: big });
    expect([tooBig.statusCode, tooBig.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const exeName = await scan(w.sessions.clerkA, d.id, { procedureDocumentId: docId, fileName: 'scan.exe' });
    expect((exeName.json().files as FileView[]).map((f) => f.fileName)).toEqual(['scan.pdf']);
    // The handler at the department sees the dossier but does not scan at the counter.
    const handler = await scan(w.sessions.specialist, d.id, { procedureDocumentId: docId });
    expect([handler.statusCode, handler.json().error.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('shows online files under the document they were uploaded for', async () => {
    const p = await buildProcedure(t.database.db, { handlingUnitId: w.communeA.id });
    const files = p.requiredIds.map((id, i) => ({
      procedureDocumentId: id,
      fileName: `giay-${i}.pdf`,
      mimeType: 'application/pdf',
      content: PDF_BASE64,
    }));
    const sent = await t.anon.post('/api/public/dossiers', {
      procedureId: p.procedure.id,
      receivingUnitId: w.communeA.id,
      applicant: { name: 'Lê Văn Cường' },
      files,
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const list = await w.sessions.clerkA.get(`/api/dossiers?q=${encodeURIComponent(sent.json().code)}`);
    const id = list.json().items[0].id as string;
    const d = (await w.sessions.clerkA.get(`/api/dossiers/${id}`)).json();
    expect(d.status).toBe('submitted');
    expect(d.receivedAt).toBeNull();
    expect((d.files as FileView[]).map((f) => [f.kind, f.documentName])).toEqual([
      ['submitted', 'Tờ khai'],
      ['submitted', 'Căn cước'],
    ]);
  });
});
