import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { fakeFetch, renderPage } from '@web/testing/render';
import type { LookupDossierResponse } from '@contracts/lookup';
import { lookupStrings } from './locales';
import { LookupPage } from './routes/lookup-page';
import { LookupResultPage } from './routes/lookup-result-page';
import { progressStep } from './utils';

const UNAUTH = { status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'x', issues: [] } } };
const DOSSIER: LookupDossierResponse = {
  code: 'H12-261118-0001',
  procedureName: 'Cấp bản sao trích lục hộ tịch',
  status: 'processing',
  statusLabel: { vi: 'Đang xử lý', en: 'Being processed' },
  submittedAt: '2026-11-18T02:00:00.000Z',
  receivedAt: '2026-11-18T02:15:00.000Z',
  dueAt: '2026-11-25T09:30:00.000Z',
  extendedDueAt: null,
  originalDueAt: null,
  finishedAt: null,
  returnedAt: null,
  timeliness: null,
  returnPlace: { unitName: 'Trung tâm Phục vụ hành chính công', address: '09 Lê Duẩn', note: null },
  handlingUnitName: 'Sở Tư pháp',
  applicantNameMasked: 'N*** V** A*',
  timeline: [
    {
      at: '2026-11-18T02:15:00.000Z',
      kind: 'status',
      status: 'received',
      statusLabel: { vi: 'Đã tiếp nhận', en: 'Received' },
      unitName: 'Trung tâm',
    },
  ],
};
const ns = { lookup: lookupStrings };
const routes = (
  <Routes>
    <Route path="/tra-cuu" element={<LookupPage />} />
    <Route path="/tra-cuu/:code" element={<LookupResultPage />} />
  </Routes>
);

describe('public lookup pages', () => {
  it('shows status, appointment in Vietnamese wording, place and the masked name', async () => {
    fakeFetch({ 'GET /api/auth/me': UNAUTH, [`GET /api/lookup/dossiers/${DOSSIER.code}`]: { body: DOSSIER } });
    renderPage(routes, { route: `/tra-cuu/${DOSSIER.code}`, namespaces: ns });
    expect(await screen.findByText('N*** V** A*')).toBeTruthy();
    expect(screen.getByText('16 giờ 30 phút, ngày 25 tháng 11 năm 2026')).toBeTruthy();
    expect(screen.getByText('Trung tâm Phục vụ hành chính công, 09 Lê Duẩn')).toBeTruthy();
    expect(screen.getAllByText('Đang xử lý').length).toBeGreaterThan(0);
  });

  it('names the centre and its address beside the counter note', async () => {
    const withNote = { ...DOSSIER, returnPlace: { ...DOSSIER.returnPlace, note: 'Quầy số 3' } };
    fakeFetch({ 'GET /api/auth/me': UNAUTH, [`GET /api/lookup/dossiers/${DOSSIER.code}`]: { body: withNote } });
    renderPage(routes, { route: `/tra-cuu/${DOSSIER.code}`, namespaces: ns });
    expect(await screen.findByText('Trung tâm Phục vụ hành chính công, Quầy số 3, 09 Lê Duẩn')).toBeTruthy();
  });

  it('says so when the code is unknown', async () => {
    fakeFetch({ 'GET /api/auth/me': UNAUTH });
    renderPage(routes, { route: '/tra-cuu/ZZZ-0000', namespaces: ns });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Không tìm thấy hồ sơ có mã ZZZ-0000'));
  });

  it('validates the code before searching', async () => {
    const calls = fakeFetch({ 'GET /api/auth/me': UNAUTH });
    renderPage(routes, { route: '/tra-cuu', namespaces: ns });
    fireEvent.change(await screen.findByLabelText('Mã hồ sơ'), { target: { value: 'a b<' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByText('Mã hồ sơ chỉ gồm chữ, số và các dấu . - _')).toBeTruthy();
    expect(calls.filter((c) => c.url.startsWith('/api/lookup'))).toHaveLength(0);
  });

  it('does not ask who is signed in when nobody is (no session cookie), and does when the browser may be', async () => {
    const citizen = fakeFetch({ 'GET /api/auth/me': UNAUTH });
    const first = renderPage(routes, { route: '/tra-cuu', namespaces: ns, signedOut: true });
    expect(await screen.findByLabelText('Mã hồ sơ')).toBeTruthy();
    expect(citizen.filter((c) => c.url === '/api/auth/me')).toHaveLength(0);
    first.unmount();
    const officer = fakeFetch({ 'GET /api/auth/me': UNAUTH });
    renderPage(routes, { route: '/tra-cuu', namespaces: ns });
    await waitFor(() => expect(officer.filter((c) => c.url === '/api/auth/me')).toHaveLength(1));
  });

  it.each([
    ['received', 0],
    ['supplement_requested', 1],
    ['done', 2],
    ['returned', 3],
    ['stopped', null],
  ])('progress step of %s is %s', (s, i) => expect(progressStep(s)).toBe(i));
});
