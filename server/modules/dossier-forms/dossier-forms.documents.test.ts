import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { FormBlock } from '@core/dossier-forms';
import {
  ENGINES,
  PDF_BASE64,
  buildDossier,
  buildOneStopWorld,
  buildProcedure,
  createTestApp,
  type SignedIn,
  type TestApp,
} from '@tests/harness';
import { dossierFormDocument, registerEntries } from './dossier-forms.service';

// Issue #15 point 3: the receipt, the control slip and the register list what was handed over (docs/DOMAIN.md §5.4).
describe.each(ENGINES)('forms list the documents handed over on %s', (engine) => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof buildOneStopWorld>>;
  let p: Awaited<ReturnType<typeof buildProcedure>>;
  beforeAll(async () => {
    t = await createTestApp(engine, { CCHC_PUBLIC_URL: 'https://dvc.example.vn' });
    w = await buildOneStopWorld(t);
    // Two required documents (Tờ khai, Căn cước) and one optional (Giấy ủy quyền).
    p = await buildProcedure(t.db, {
      handlingUnitId: w.org.deptB.id,
      steps: [
        { unitId: w.communeA.id, name: 'Tiếp nhận', timeShare: 0.1 },
        { unitId: w.org.deptB.id, name: 'Thẩm định', timeShare: 0.9 },
      ],
    });
  });
  afterAll(async () => t.close());

  const clerkActor = (s: SignedIn) => ({
    userId: s.user.id,
    username: s.user.username,
    fullName: 'x',
    unitId: w.communeA.id,
    grants: [{ role: 'one_stop_clerk' as const, unitId: w.communeA.id }],
    sessionId: 's',
    csrfToken: 'c',
  });
  const doc = (id: string, form: string) =>
    dossierFormDocument(t.app.deps, clerkActor(w.sessions.clerkA), id, form, 'https://dvc.example.vn');
  const table = (blocks: FormBlock[]) => {
    const b = blocks.find((x) => x.kind === 'table');
    return b?.kind === 'table' ? b.rows : [];
  };
  const field = (blocks: FormBlock[], label: string) => {
    const b = blocks.find((x) => x.kind === 'fields');
    return b?.kind === 'fields' ? b.rows.find(([l]) => l === label)?.[1] : undefined;
  };
  const [toKhai, canCuoc, uyQuyen] = ['Tờ khai', 'Căn cước', 'Giấy ủy quyền'];

  it('the receipt lists an optional document that was ticked, with its form and quantity', async () => {
    const withOptional = [...p.requiredIds, p.documents[2]!.id];
    const res = await w.sessions.clerkA.post('/api/dossiers', {
      procedureId: p.procedure.id,
      applicant: { name: 'Nguyễn Văn An', idNumber: '066123456789' },
      documentIds: withOptional,
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    const receipt = await doc(id, '01');
    expect(table(receipt.blocks)).toEqual([
      ['1', toKhai, 'Bản chính', '1'],
      ['2', canCuoc, 'Bản chính', '1'],
      ['3', uyQuyen, 'Bản chính', '1'],
    ]);
    const slip = await doc(id, '06');
    expect(field(slip.blocks, 'Thành phần hồ sơ đã nhận:')).toBe(
      `${toKhai} (Bản chính, 01); ${canCuoc} (Bản chính, 01); ${uyQuyen} (Bản chính, 01)`,
    );
    const pdf = await w.sessions.clerkA.get(`/api/dossiers/${id}/forms/01.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('the receipt of a dossier received with the required documents only does not list the optional one', async () => {
    const res = await w.sessions.clerkA.post('/api/dossiers', {
      procedureId: p.procedure.id,
      applicant: { name: 'Trần Thị Bình' },
      documentIds: p.requiredIds,
    });
    const rows = table((await doc(res.json().id as string, '01')).blocks);
    expect(rows.map((r) => r[1])).toEqual([toKhai, canCuoc]);
  });

  it('an accepted online dossier lists the documents of its files, under "nộp trực tuyến"', async () => {
    const file = (docId: string, i: number) => ({
      procedureDocumentId: docId,
      fileName: `giay-to-${i}.pdf`,
      mimeType: 'application/pdf',
      content: PDF_BASE64,
    });
    const sub = await t.anon.post('/api/public/dossiers', {
      procedureId: p.procedure.id,
      receivingUnitId: w.communeA.id,
      applicant: { name: 'Lê Văn Cường', email: 'cuong@example.vn' },
      files: [file(p.documents[2]!.id, 0), ...p.requiredIds.map((x, i) => file(x, i + 1))],
    });
    expect(sub.statusCode, sub.body).toBe(201);
    const found = (await w.sessions.clerkA.get(`/api/dossiers/by-code/${sub.json().code}`)).json();
    const acc = await w.sessions.clerkA.post(`/api/dossiers/${found.id}/accept`, { expectedVersion: found.version });
    expect(acc.statusCode, acc.body).toBe(200);
    const receipt = await doc(found.id as string, '01');
    expect(JSON.stringify(receipt.blocks)).toContain('1. Thành phần hồ sơ nộp trực tuyến gồm:');
    expect(table(receipt.blocks).map((r) => r[1])).toEqual([toKhai, canCuoc, uyQuyen]);
  });

  it('a legacy dossier whose receipt recorded no documents prints the required list, marked as such', async () => {
    const { dossier } = await buildDossier(t.db, { receivingUnitId: w.communeA.id, handlingUnitId: w.org.deptB.id });
    const receipt = await doc(dossier.id, '01');
    expect(JSON.stringify(receipt.blocks)).toContain('Hồ sơ không có bản ghi giấy tờ đã nhận');
    expect(table(receipt.blocks)).toEqual([
      ['1', 'Tờ khai cấp bản sao trích lục hộ tịch', 'Bản chính', '1'],
      ['2', 'Giấy tờ tùy thân', 'Bản sao chứng thực', '2'],
    ]);
  });

  it('the register lists each dossier’s documents: the Excel column and the page reader agree', async () => {
    const today = new Date();
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(today);
    const scope = { unitIds: [w.communeA.id], from: new Date(today.getTime() - 86_400_000), to: new Date(today.getTime() + 86_400_000) };
    const lines: string[] = [];
    for await (const page of registerEntries(t.app.deps, scope))
      for (const e of page) lines.push(e.documents.items.map((d) => d.name).join('|'));
    expect(lines.sort()).toEqual([`${toKhai}|${canCuoc}`, `${toKhai}|${canCuoc}|${uyQuyen}`, `${toKhai}|${canCuoc}|${uyQuyen}`].sort());
    const leader = w.sessions.leader;
    const xlsx = await leader.get(`/api/dossier-register.xlsx?unitId=${w.communeA.id}&from=${day}&to=${day}`);
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(3).getCell(4).value).toBe('Thành phần hồ sơ');
    const cells = [4, 5, 6].map((r) => String(ws.getRow(r).getCell(4).value));
    expect(cells).toContain(`${toKhai} (Bản chính, 01); ${canCuoc} (Bản chính, 01)`);
  });
});
