import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { fakeFetch, renderPage } from '@web/testing/render';
import { dossiersStrings } from './locales';
import { fillIntake } from './intake.testing';
import { DetailPage } from './routes/detail-page';
import { IntakePage } from './routes/intake-page';
import { DOC_A, DOC_B, PROCEDURE, UNIT_ID, clerkMe, detail } from './dossiers-fixtures.testing';

const ns = { dossiers: dossiersStrings };
const WARD = { id: UNIT_ID, code: '24133', name: 'Phường Tân Lập', communeId: UNIT_ID, provinceId: 'P66' };
const D = detail({
  code: '24133-261120-0009',
  receivedDocuments: [
    { procedureDocumentId: DOC_A, name: 'Tờ khai đăng ký khai sinh', form: 'original', quantity: 1 },
    { procedureDocumentId: DOC_B, name: 'Giấy chứng sinh', form: 'original', quantity: 1 },
  ],
});
const pdf = (name: string) => new File(['%PDF-1.4 test'], name, { type: 'application/pdf' });
const attach = (docName: string, files: File[]) => {
  const button = screen.getByRole('button', { name: `Đính kèm bản quét: ${docName}` });
  const input = button.closest('.ant-upload')?.querySelector('input[type=file]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files } });
};

async function fillAndTick() {
  await fillIntake();
  fireEvent.click(screen.getByLabelText(/Tờ khai đăng ký khai sinh/));
  fireEvent.click(screen.getByLabelText(/Giấy chứng sinh/));
}

describe('scans at the counter', () => {
  it('attaches scans to ticked documents, sends them after the intake, shows a failure and sends it again', async () => {
    let tries = 0;
    const calls = fakeFetch({
      'GET /api/auth/me': { body: clerkMe() },
      'GET /api/dossiers/intake/units': { body: { items: [WARD], communes: [] } },
      'GET /api/dossiers/intake/procedures': { body: { items: [PROCEDURE] } },
      'POST /api/dossiers': { status: 201, body: D },
      [`POST /api/dossiers/${D.id}/files`]: (body) => {
        const b = body as { fileName: string };
        // The birth certificate's scan is refused once, as a dropped upload would be.
        if (b.fileName === 'chung-sinh.pdf' && tries++ === 0)
          return { status: 400, body: { error: { code: 'DOSSIER_FILE_INVALID', message: 'Tệp không hợp lệ / invalid file', issues: [] } } };
        return { status: 201, body: D };
      },
    });
    renderPage(<IntakePage />, { route: '/mot-cua/tiep-nhan', namespaces: ns });
    // No scan control before a document is ticked: a scan is of a document received.
    await screen.findByLabelText('Thủ tục hành chính');
    expect(screen.queryByRole('button', { name: /Đính kèm bản quét/ })).toBeNull();
    await fillAndTick();
    attach('Tờ khai đăng ký khai sinh', [pdf('to-khai.pdf'), pdf('to-khai-trang-2.pdf')]);
    attach('Giấy chứng sinh', [new File(['MZ'], 'virus.exe', { type: 'application/x-msdownload' })]);
    expect((await within(screen.getByTestId(`scans-${DOC_B}`)).findByRole('alert')).textContent).toContain('phải là PDF, JPG hoặc PNG');
    attach('Giấy chứng sinh', [pdf('chung-sinh.pdf')]);
    await within(screen.getByTestId(`scans-${DOC_A}`)).findByText('to-khai-trang-2.pdf');
    await within(screen.getByTestId(`scans-${DOC_B}`)).findByText('chung-sinh.pdf');
    // The intake itself carries no file: it stays one atomic request.
    fireEvent.click(screen.getByTestId('intake-submit'));
    const status = await screen.findByTestId('scan-status');
    expect(calls.find((c) => c.url === '/api/dossiers' && c.method === 'POST')?.body).not.toHaveProperty('files');
    await waitFor(() => expect(within(status).getByRole('alert').textContent).toContain('Còn 1 bản quét chưa lưu vào hồ sơ'));
    expect(status.textContent).toContain('Tệp không hợp lệ');
    const uploads = calls.filter((c) => c.url === `/api/dossiers/${D.id}/files`).map((c) => c.body as Record<string, unknown>);
    expect(uploads.map((b) => [b.kind, b.procedureDocumentId, b.fileName, b.mimeType])).toEqual([
      ['scan', DOC_A, 'to-khai.pdf', 'application/pdf'],
      ['scan', DOC_A, 'to-khai-trang-2.pdf', 'application/pdf'],
      ['scan', DOC_B, 'chung-sinh.pdf', 'application/pdf'],
    ]);
    expect(uploads[0]?.content).toBe(btoa('%PDF-1.4 test'));
    // Leaving with a scan not stored asks first.
    fireEvent.click(screen.getByTestId('intake-again'));
    expect(await screen.findByText(/Tiếp nhận hồ sơ khác sẽ bỏ các bản quét này/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ở lại' }));
    fireEvent.click(within(status).getByRole('button', { name: 'Gửi lại chung-sinh.pdf' }));
    await waitFor(() => expect(within(status).getAllByText('Đã lưu vào hồ sơ')).toHaveLength(3));
    expect(within(status).queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByTestId('intake-again'));
    expect(await screen.findByTestId('intake-submit')).toBeTruthy();
  });
});

const page = (
  <Routes>
    <Route path="/mot-cua/ho-so/:id" element={<DetailPage />} />
  </Routes>
);
const file = (o: { id: string; kind: 'submitted' | 'scan' | 'result'; doc: string | null; docName: string | null; name: string }) => ({
  id: o.id,
  kind: o.kind,
  formCode: null,
  procedureDocumentId: o.doc,
  documentName: o.docName,
  fileName: o.name,
  mimeType: 'application/pdf',
  sizeBytes: 2048,
  createdAt: '2026-11-20T02:05:00.000Z',
});

describe('files grouped by document on the dossier page', () => {
  it('lists each document with its files, each opening the stored file, the result apart', async () => {
    const withFiles = {
      ...D,
      files: [
        file({ id: 'f1', kind: 'scan', doc: DOC_B, docName: 'Giấy chứng sinh', name: 'chung-sinh.pdf' }),
        file({ id: 'f2', kind: 'result', doc: null, docName: null, name: 'giay-khai-sinh.pdf' }),
      ],
    };
    fakeFetch({ 'GET /api/auth/me': { body: clerkMe() }, [`GET /api/dossiers/${D.id}`]: { body: withFiles } });
    renderPage(page, { route: `/mot-cua/ho-so/${D.id}`, namespaces: ns });
    const b = await screen.findByTestId(`file-group-${DOC_B}`);
    expect(b.textContent).toContain('Giấy chứng sinh');
    expect(b.textContent).toContain('Bản quét tại quầy');
    expect(within(b).getByRole('link', { name: 'chung-sinh.pdf' }).getAttribute('href')).toBe(`/api/dossiers/${D.id}/files/f1`);
    expect(screen.getByTestId(`file-group-${DOC_A}`).textContent).toContain('Chưa có tệp');
    expect(within(screen.getByTestId('file-group-result')).getByRole('link').textContent).toBe('giay-khai-sinh.pdf');
    // A handler without the counter's permission opens files but does not scan.
    expect(screen.queryByRole('button', { name: /Đính kèm bản quét/ })).toBeNull();
  });

  it('shows an online submission waiting for acceptance, never as received, its files under their documents', async () => {
    const online = {
      ...D,
      status: 'submitted' as const,
      statusCode: 1,
      channel: 'online' as const,
      receivedAt: null,
      dueAt: null,
      abilities: ['dossier.read' as const, 'dossier.create' as const],
      files: [file({ id: 'f3', kind: 'submitted', doc: DOC_A, docName: 'Tờ khai đăng ký khai sinh', name: 'to-khai.pdf' })],
    };
    fakeFetch({ 'GET /api/auth/me': { body: clerkMe() }, [`GET /api/dossiers/${D.id}`]: { body: online } });
    renderPage(page, { route: `/mot-cua/ho-so/${D.id}`, namespaces: ns });
    const a = await screen.findByTestId(`file-group-${DOC_A}`);
    expect(within(a).getByRole('link', { name: 'to-khai.pdf' })).toBeTruthy();
    expect(screen.getByTestId('status-tag').textContent).toBe('1. Chờ tiếp nhận');
    expect(screen.getByTestId('detail-files').textContent).toContain('chờ tiếp nhận');
    expect(document.body.textContent).not.toMatch(/Đã tiếp nhận|Được tiếp nhận|Ngày tiếp nhận/);
    expect(document.body.textContent).toContain('Ngày nộp trực tuyến');
    // The receiving clerk may add a scan under a document from the page.
    expect(screen.getByRole('button', { name: 'Đính kèm bản quét: Tờ khai đăng ký khai sinh' })).toBeTruthy();
  });
});
