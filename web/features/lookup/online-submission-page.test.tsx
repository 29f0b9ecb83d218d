import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import type { PublicProcedure } from '@contracts/dossier-catalogue';
import { fakeFetch, renderPage } from '@web/testing/render';
import { lookupStrings } from './locales';
import { OnlineSubmissionPage } from './routes/online-submission-page';
import { fileProblem, mediaTypeOf } from './files';

const UNAUTH = { status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'x', issues: [] } } };
const P_ID = '11111111-1111-4111-8111-111111111111';
const DOC_FORM = '22222222-2222-4222-8222-222222222222';
const DOC_ID = '33333333-3333-4333-8333-333333333333';
const DOC_AUTH = '44444444-4444-4444-8444-444444444444';
const UNIT_ID = '55555555-5555-4555-8555-555555555555';
const PROCEDURE: PublicProcedure = {
  id: P_ID,
  nationalCode: '1.001193',
  name: 'Đăng ký khai sinh',
  sector: 'Hộ tịch',
  level: 'commune',
  durationValue: 1,
  durationUnit: 'working_day',
  cutoff: null,
  feeText: null,
  onlineLevel: 'full',
  documents: [
    { id: DOC_FORM, position: 1, name: 'Tờ khai đăng ký khai sinh', form: 'original', quantity: 1, isRequired: true },
    { id: DOC_ID, position: 2, name: 'Giấy chứng sinh', form: 'original', quantity: 1, isRequired: true },
    { id: DOC_AUTH, position: 3, name: 'Văn bản ủy quyền', form: 'certified_copy', quantity: 1, isRequired: false },
  ],
};
const ns = { lookup: lookupStrings };
const PDF = '%PDF-1.4 test';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_BASE64 = 'iVBORw0KGgo=';

function routes() {
  return (
    <Routes>
      <Route path="/nop-ho-so" element={<OnlineSubmissionPage />} />
      <Route path="/tra-cuu/:key" element={<p>lookup page</p>} />
    </Routes>
  );
}

function fileInput(docId: string): HTMLInputElement {
  const input = screen.getByTestId(`doc-${docId}`).querySelector('input[type="file"]');
  if (!input) throw new Error('no file input');
  return input as HTMLInputElement;
}

async function choose(docId: string, file: File) {
  fireEvent.change(fileInput(docId), { target: { files: [file] } });
  await within(screen.getByTestId(`doc-${docId}`)).findByText(file.name);
}

async function pickProcedure() {
  const input = await screen.findByLabelText('Thủ tục hành chính');
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: 'khai sinh' } });
  fireEvent.click(await screen.findByTitle('Đăng ký khai sinh'));
  await screen.findByTestId('procedure-facts');
}

describe('online submission page', () => {
  it('posts the files as base64 with their procedureDocumentId and shows the code with a link to track it', async () => {
    const calls = fakeFetch({
      'GET /api/auth/me': UNAUTH,
      'GET /api/public/procedures': { body: { items: [PROCEDURE] } },
      'GET /api/public/receiving-units': {
        body: { items: [{ id: UNIT_ID, code: '24133', name: 'Phường Tân Lập', kind: 'ward', address: null }] },
      },
      'POST /api/public/dossiers': {
        status: 201,
        body: {
          code: '24133-261125-0007',
          status: 'submitted',
          submittedAt: '2026-11-25T02:00:00.000Z',
          lookupKey: '7KQ2M9XD4RTB',
          lookupPath: '/tra-cuu/7KQ2M9XD4RTB',
          completionToken: 'bi-mat-cua-nguoi-nop-0123456789',
          completionPath: '/nop-truc-tuyen/bo-sung/24133-261125-0007#bi-mat-cua-nguoi-nop-0123456789',
        },
      },
    });
    renderPage(routes(), { route: '/nop-ho-so', namespaces: ns });
    await pickProcedure();
    // The only receiving place is chosen for the citizen.
    await waitFor(() => expect(calls.some((c) => c.url === `/api/public/receiving-units?procedureId=${P_ID}`)).toBe(true));
    expect(await screen.findByTitle('Phường Tân Lập')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Họ và tên'), { target: { value: '  Trần Thị Bình ' } });
    fireEvent.change(screen.getByLabelText('Số định danh cá nhân (CCCD)'), { target: { value: '066190000123' } });
    fireEvent.change(screen.getByLabelText('Số điện thoại'), { target: { value: '0912345678' } });
    expect(screen.getByTestId('missing-files').textContent).toContain('2 giấy tờ bắt buộc');
    expect((screen.getByTestId('submit-online') as HTMLButtonElement).disabled).toBe(true);

    await choose(DOC_FORM, new File([PDF], 'to-khai.pdf', { type: 'application/pdf' }));
    await choose(DOC_ID, new File([PNG], 'giay-chung-sinh.png', { type: '' }));
    expect(screen.queryByTestId('missing-files')).toBeNull();
    fireEvent.click(screen.getByLabelText('Tôi cam đoan thông tin đã khai và giấy tờ đính kèm là đúng sự thật.'));
    fireEvent.click(screen.getByTestId('submit-online'));

    expect((await screen.findByTestId('submit-code')).textContent).toContain('24133-261125-0007');
    // The submission's own completion page, with its secret, in case it is sent back (form 02).
    expect(screen.getByTestId('completion-link').getAttribute('href')).toBe(
      '/nop-truc-tuyen/bo-sung/24133-261125-0007#bi-mat-cua-nguoi-nop-0123456789',
    );
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe('/api/public/dossiers');
    expect(post?.body).toEqual({
      procedureId: P_ID,
      receivingUnitId: UNIT_ID,
      applicant: { type: 'citizen', name: 'Trần Thị Bình', idNumber: '066190000123', phone: '0912345678' },
      files: [
        { procedureDocumentId: DOC_FORM, fileName: 'to-khai.pdf', mimeType: 'application/pdf', content: btoa(PDF) },
        { procedureDocumentId: DOC_ID, fileName: 'giay-chung-sinh.png', mimeType: 'image/png', content: PNG_BASE64 },
      ],
    });
    const track = screen.getByRole('link', { name: 'Theo dõi hồ sơ 24133-261125-0007' });
    expect(track.getAttribute('href')).toBe('/tra-cuu/7KQ2M9XD4RTB');
    fireEvent.click(track);
    expect(await screen.findByText('lookup page')).toBeTruthy();
  });

  it('refuses a wrong file type in the browser and shows the server refusal', async () => {
    fakeFetch({
      'GET /api/auth/me': UNAUTH,
      'GET /api/public/procedures': { body: { items: [{ ...PROCEDURE, documents: PROCEDURE.documents.slice(0, 1) }] } },
      'GET /api/public/receiving-units': {
        body: { items: [{ id: UNIT_ID, code: '24133', name: 'Phường Tân Lập', kind: 'ward', address: null }] },
      },
      'POST /api/public/dossiers': {
        status: 400,
        body: {
          error: {
            code: 'DOSSIER_FILE_TYPE_INVALID',
            message: 'Tệp "to-khai.pdf" phải là PDF, JPG hoặc PNG / file must be PDF, JPG or PNG',
            issues: [{ path: 'body.files.0.mimeType', message: 'Chỉ nhận PDF' }],
          },
        },
      },
    });
    renderPage(routes(), { route: '/nop-ho-so', namespaces: ns });
    await pickProcedure();
    fireEvent.change(fileInput(DOC_FORM), { target: { files: [new File(['MZ'], 'virus.exe', { type: 'application/x-msdownload' })] } });
    expect((await within(screen.getByTestId(`doc-${DOC_FORM}`)).findByRole('alert')).textContent).toBe(
      'Tệp "virus.exe" không phải PDF, JPG hoặc PNG. Vui lòng chọn tệp khác.',
    );
    await choose(DOC_FORM, new File(['not really a pdf'], 'to-khai.pdf', { type: 'application/pdf' }));
    fireEvent.change(screen.getByLabelText('Họ và tên'), { target: { value: 'Lê C' } });
    fireEvent.change(screen.getByLabelText('Thư điện tử (email)'), { target: { value: 'le.c@example.vn' } });
    fireEvent.click(screen.getByRole('checkbox'));
    await waitFor(() => expect((screen.getByTestId('submit-online') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('submit-online'));
    await waitFor(() => expect(screen.getAllByRole('alert').some((a) => a.textContent?.includes('phải là PDF, JPG hoặc PNG'))).toBe(true));
  });

  it('checks type by extension when the phone sends none, and size', () => {
    expect(mediaTypeOf({ name: 'anh.JPG', type: '' })).toBe('image/jpeg');
    expect(mediaTypeOf({ name: 'a.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })).toBeNull();
    expect(fileProblem({ name: 'a.pdf', type: 'application/pdf', size: 5 * 1024 * 1024 + 1 })).toBe('size');
    expect(fileProblem({ name: 'a.pdf', type: 'application/pdf', size: 0 })).toBe('empty');
    expect(fileProblem({ name: 'a.png', type: 'image/png', size: 10 })).toBeNull();
  });

  // docs/DOMAIN.md §3.9: a same-day procedure says "trong ngày" with its cutoff instead of an amount.
  it('shows a same-day procedure as resolved within the day, with its cutoff', async () => {
    fakeFetch({
      'GET /api/auth/me': UNAUTH,
      'GET /api/public/procedures': { body: { items: [{ ...PROCEDURE, durationValue: 0, durationUnit: 'same_day', cutoff: '15:00' }] } },
      'GET /api/public/receiving-units': { body: { items: [], communes: [] } },
    });
    renderPage(routes(), { route: '/nop-ho-so', namespaces: ns });
    await pickProcedure();
    expect(
      within(screen.getByTestId('procedure-facts')).getByText(
        'Thời hạn giải quyết: trong ngày (hồ sơ nhận sau 15:00 trả kết quả trong ngày làm việc tiếp theo)',
      ),
    ).toBeTruthy();
  });
});
