import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeFetch, renderPage } from '@web/testing/render';
import { dossiersStrings } from './locales';
import { fillIntake } from './intake.testing';
import { IntakePage } from './routes/intake-page';
import { DOC_A, DOC_B, PROC_ID, PROCEDURE, UNIT_ID, clerkMe, detail } from './dossiers-fixtures.testing';

const ns = { dossiers: dossiersStrings };
const WARD = { id: UNIT_ID, code: '24133', name: 'Phường Tân Lập', communeId: UNIT_ID, provinceId: 'P66' };
const CENTRE = {
  id: '7b1e2c3d-0000-4000-8000-00000000c0c0',
  code: '66.TTPVHCC',
  name: 'Trung tâm Phục vụ hành chính công tỉnh',
  communeId: null,
  provinceId: 'P66',
};
const EA_KAO = '7b1e2c3d-0000-4000-8000-0000000ea0a0';
const COMMUNES = [
  { id: EA_KAO, code: '24175', name: 'Xã Ea Kao', kind: 'commune', provinceId: 'P66' },
  { id: UNIT_ID, code: '24133', name: 'Phường Tân Lập', kind: 'ward', provinceId: 'P66' },
  { id: '7b1e2c3d-0000-4000-8000-0000000ff0f0', code: '22015', name: 'Xã Ea Tỉnh Khác', kind: 'commune', provinceId: 'P56' },
];

const fill = fillIntake;

describe('counter intake', () => {
  it('posts procedure, applicant, checked documents and channel, and shows the code', async () => {
    const calls = fakeFetch({
      'GET /api/auth/me': { body: clerkMe() },
      'GET /api/dossiers/intake/units': { body: { items: [WARD], communes: [] } },
      'GET /api/dossiers/intake/procedures': { body: { items: [PROCEDURE] } },
      'POST /api/dossiers': { status: 201, body: detail({ code: '24133-261120-0009' }) },
    });
    renderPage(<IntakePage />, { route: '/mot-cua/tiep-nhan', namespaces: ns });
    await fill();
    expect(screen.getByTestId('completeness').textContent).toContain('còn thiếu 2 giấy tờ');
    fireEvent.click(screen.getByLabelText(/Tờ khai đăng ký khai sinh/));
    fireEvent.click(screen.getByLabelText(/Giấy chứng sinh/));
    expect(screen.getByTestId('completeness').textContent).toContain('đã đầy đủ');
    // Received at a ward: the ward handles the commune-level procedure, no commune to pick.
    expect(screen.queryByTestId('handling-commune-select')).toBeNull();
    fireEvent.click(screen.getByLabelText('Bưu chính'));
    fireEvent.click(screen.getByTestId('intake-submit'));
    expect((await screen.findByTestId('intake-done')).textContent).toContain('Đã tiếp nhận hồ sơ 24133-261120-0009');
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({
      procedureId: PROC_ID,
      channel: 'postal',
      applicant: { type: 'citizen', name: 'Nguyễn Văn An', idNumber: '066123456789' },
      documentIds: [DOC_A, DOC_B],
    });
  });

  it('shows the DOSSIER_DOCUMENTS_MISSING issues the server returns', async () => {
    fakeFetch({
      'GET /api/auth/me': { body: clerkMe() },
      'GET /api/dossiers/intake/units': { body: { items: [WARD], communes: [] } },
      'GET /api/dossiers/intake/procedures': { body: { items: [{ ...PROCEDURE, documents: PROCEDURE.documents.slice(0, 1) }] } },
      'POST /api/dossiers': {
        status: 400,
        body: {
          error: {
            code: 'DOSSIER_DOCUMENTS_MISSING',
            message: 'Hồ sơ chưa đầy đủ, còn thiếu 1 giấy tờ: Giấy chứng sinh / the dossier is incomplete',
            issues: [{ path: 'body.documentIds', message: 'Giấy chứng sinh', code: DOC_B }],
          },
        },
      },
    });
    renderPage(<IntakePage />, { route: '/mot-cua/tiep-nhan', namespaces: ns });
    await fill();
    fireEvent.click(screen.getByLabelText(/Tờ khai đăng ký khai sinh/));
    fireEvent.click(screen.getByTestId('intake-submit'));
    // The server's list of what is missing, with each issue.
    await waitFor(() =>
      expect(screen.getAllByRole('alert').some((a) => a.textContent?.includes('còn thiếu 1 giấy tờ: Giấy chứng sinh'))).toBe(true),
    );
    const alert = screen
      .getAllByRole('alert')
      .find((a) => a.textContent?.includes('DOSSIER') || a.textContent?.includes('còn thiếu 1 giấy tờ'));
    expect(alert?.textContent).toContain('Thành phần hồ sơ: Giấy chứng sinh'); // the issue's field by its label (web/app/locales.ts fields)
    expect(screen.queryByTestId('intake-done')).toBeNull();
  });

  it('asks the provincial centre for the commune that handles a commune-level procedure, searchable without diacritics', async () => {
    const calls = fakeFetch({
      'GET /api/auth/me': { body: clerkMe() },
      'GET /api/dossiers/intake/units': { body: { items: [CENTRE], communes: COMMUNES } },
      'GET /api/dossiers/intake/procedures': { body: { items: [PROCEDURE] } },
      'POST /api/dossiers': { status: 201, body: detail({ code: '66.TTPVHCC-261120-0001' }) },
    });
    renderPage(<IntakePage />, { route: '/mot-cua/tiep-nhan', namespaces: ns });
    await fill();
    fireEvent.click(screen.getByLabelText(/Tờ khai đăng ký khai sinh/));
    fireEvent.click(screen.getByLabelText(/Giấy chứng sinh/));
    const picker = screen.getByLabelText('Xã, phường, đặc khu giải quyết');
    fireEvent.click(screen.getByTestId('intake-submit'));
    expect(await screen.findByText('Vui lòng chọn xã, phường, đặc khu giải quyết hồ sơ')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: 'ea kao' } });
    // Only the province's communes are offered, matched without diacritics.
    expect(screen.queryByTitle('Xã Ea Tỉnh Khác (22015)')).toBeNull();
    expect(screen.queryByTitle('Phường Tân Lập (24133)')).toBeNull();
    fireEvent.click(await screen.findByTitle('Xã Ea Kao (24175)'));
    fireEvent.click(screen.getByTestId('intake-submit'));
    expect((await screen.findByTestId('intake-done')).textContent).toContain('Đã tiếp nhận hồ sơ 66.TTPVHCC-261120-0001');
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      procedureId: PROC_ID,
      handlingCommuneId: EA_KAO,
      documentIds: [DOC_A, DOC_B],
    });
  });
});
