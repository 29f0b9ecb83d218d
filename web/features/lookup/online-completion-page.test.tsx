import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { fakeFetch, renderPage } from '@web/testing/render';
import { lookupStrings } from './locales';
import { OnlineCompletionPage } from './routes/online-completion-page';

// Issue #14 point 2: the applicant completes a submission sent back with form 02, on its own page, with its secret.
const CODE = '24133-261125-0007';
const TOKEN = 'bi-mat-cua-nguoi-nop-0123456789';
const DOC_ID = '33333333-3333-4333-8333-333333333333';
const VIEW = {
  code: CODE,
  procedureName: 'Đăng ký khai sinh',
  receivingUnitName: 'Phường Tân Lập',
  status: 'submitted',
  requestedAt: '2026-12-08T10:00:00+07:00',
  items: ['Giấy chứng sinh (chưa đúng quy định) (mờ, không đọc được)'],
  documents: [{ id: DOC_ID, name: 'Giấy chứng sinh', form: 'original', quantity: 1, required: true, provided: true }],
};
const UNAUTH = { status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'x', issues: [] } } };
const ns = { lookup: lookupStrings };
const page = (
  <Routes>
    <Route path="/nop-truc-tuyen/bo-sung/:code" element={<OnlineCompletionPage />} />
  </Routes>
);

describe('online completion page', () => {
  it('shows form 02’s lines to the holder of the secret and sends the new file', async () => {
    const calls = fakeFetch({
      'GET /api/auth/me': UNAUTH,
      [`POST /api/public/dossiers/${CODE}/completion/status`]: { body: VIEW },
      [`POST /api/public/dossiers/${CODE}/completion`]: { body: { ...VIEW, requestedAt: null, items: [] } },
    });
    renderPage(page, { route: `/nop-truc-tuyen/bo-sung/${CODE}#${TOKEN}`, namespaces: ns, signedOut: true });
    expect((await screen.findByTestId('completion-items')).textContent).toContain('mờ, không đọc được');
    expect(calls.find((c) => c.url.endsWith('/completion/status'))?.body).toEqual({ token: TOKEN });
    const send = screen.getByTestId('completion-send') as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    const input = screen.getByTestId(`doc-${DOC_ID}`).querySelector('input[type="file"]') as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File(['%PDF-1.4 test'], 'giay-chung-sinh.pdf', { type: 'application/pdf' })] } });
    });
    await waitFor(() => expect((screen.getByTestId('completion-send') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('completion-send'));
    expect((await screen.findByTestId('completion-sent')).textContent).toContain(`Đã gửi bổ sung hồ sơ ${CODE}`);
    const post = calls.find((c) => c.url.endsWith('/completion'));
    expect(post?.body).toEqual({
      token: TOKEN,
      files: [
        { procedureDocumentId: DOC_ID, fileName: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', content: btoa('%PDF-1.4 test') },
      ],
    });
  });

  it('says so when the link has no valid secret', async () => {
    fakeFetch({ 'GET /api/auth/me': UNAUTH });
    renderPage(page, { route: `/nop-truc-tuyen/bo-sung/${CODE}#sai`, namespaces: ns, signedOut: true });
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Đường dẫn bổ sung không hợp lệ');
  });
});
