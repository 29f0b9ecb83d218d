import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { fakeFetch, renderPage } from '@web/testing/render';
import type { LookupDossierResponse } from '@contracts/lookup';
import { lookupStrings } from './locales';
import { LookupPage } from './routes/lookup-page';
import { LookupResultPage } from './routes/lookup-result-page';
import { progressStep } from './utils';

const KEY = '7KQ2M9XD4RTB';
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
  returnPlace: { unitName: 'Trung tâm Phục vụ hành chính công', address: '09 Lê Duẩn' },
  handlingUnitName: 'Sở Tư pháp',
  applicantNameMasked: 'N*** V** A*',
  applicantIdMasked: '*********234',
  supplement: null,
  clockPause: null,
  apology: null,
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
    <Route path="/tra-cuu/:key" element={<LookupResultPage />} />
  </Routes>
);

describe('public lookup pages', () => {
  it('shows status, appointment in Vietnamese wording, place and the masked name and ID', async () => {
    fakeFetch({ 'GET /api/auth/me': UNAUTH, [`GET /api/lookup/dossiers/${KEY}`]: { body: DOSSIER } });
    renderPage(routes, { route: `/tra-cuu/${KEY}`, namespaces: ns });
    expect(await screen.findByText('N*** V** A*')).toBeTruthy();
    expect(screen.getByText('*********234')).toBeTruthy();
    expect(screen.getByRole('heading', { name: DOSSIER.code })).toBeTruthy();
    expect(screen.getByText('16 giờ 30 phút, ngày 25 tháng 11 năm 2026')).toBeTruthy();
    expect(screen.getByText('Trung tâm Phục vụ hành chính công, 09 Lê Duẩn')).toBeTruthy();
    expect(screen.getAllByText('Đang xử lý').length).toBeGreaterThan(0);
  });

  it('the citizen’s lookup of a supplement-waiting dossier lists what to add and where, and says the clock is paused', async () => {
    const asked: LookupDossierResponse = {
      ...DOSSIER,
      status: 'supplement_requested',
      statusLabel: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested' },
      dueAt: null,
      originalDueAt: '2026-11-25T09:30:00.000Z',
      supplement: {
        items: ['Bản sao chứng thực CCCD', 'Giấy khai sinh'],
        requestedAt: '2026-11-19T02:00:00.000Z',
        requestedBy: 'Sở Tư pháp',
        bringTo: { unitName: 'Trung tâm Phục vụ hành chính công', address: '09 Lê Duẩn' },
      },
      clockPause: { kind: 'supplement', since: '2026-11-19T02:00:00.000Z' },
    };
    fakeFetch({ 'GET /api/auth/me': UNAUTH, [`GET /api/lookup/dossiers/${KEY}`]: { body: asked } });
    renderPage(routes, { route: `/tra-cuu/${KEY}`, namespaces: ns });
    expect(await screen.findByText('Cần bổ sung giấy tờ')).toBeTruthy();
    expect(screen.getByText('Giấy khai sinh')).toBeTruthy();
    expect(screen.getByText('Bản sao chứng thực CCCD')).toBeTruthy();
    expect(screen.getAllByText('Trung tâm Phục vụ hành chính công, 09 Lê Duẩn').length).toBe(2);
    expect(screen.getByText('Sở Tư pháp yêu cầu bổ sung lúc 9 giờ 00 phút, ngày 19 tháng 11 năm 2026.')).toBeTruthy();
    expect(screen.getByText('Tạm dừng tính thời gian giải quyết')).toBeTruthy();
    expect(screen.getByText(/tạm dừng từ 9 giờ 00 phút, ngày 19 tháng 11 năm 2026 trong khi chờ bổ sung giấy tờ/)).toBeTruthy();
    expect(screen.getByText('Tạm dừng, sẽ hẹn lại khi nhận đủ giấy tờ bổ sung')).toBeTruthy();
    // The appointment before the pause is nowhere on the page.
    expect(screen.queryByText(/ngày 25 tháng 11 năm 2026/)).toBeNull();
  });

  it('after an apology shows the new date and the letter’s reason', async () => {
    const apologised: LookupDossierResponse = {
      ...DOSSIER,
      dueAt: '2026-12-02T09:30:00.000Z',
      extendedDueAt: '2026-12-02T09:30:00.000Z',
      originalDueAt: '2026-11-25T09:30:00.000Z',
      apology: {
        at: '2026-11-24T03:00:00.000Z',
        previousDueAt: '2026-11-25T09:30:00.000Z',
        newDueAt: '2026-12-02T09:30:00.000Z',
        reason: 'Cần xác minh nguồn gốc thửa đất',
      },
    };
    fakeFetch({ 'GET /api/auth/me': UNAUTH, [`GET /api/lookup/dossiers/${KEY}`]: { body: apologised } });
    renderPage(routes, { route: `/tra-cuu/${KEY}`, namespaces: ns });
    expect(await screen.findByText('Cơ quan giải quyết đã gửi văn bản xin lỗi và hẹn lại ngày trả kết quả')).toBeTruthy();
    expect(screen.getByText(/Cần xác minh nguồn gốc thửa đất/)).toBeTruthy();
    // The new date in the letter and as the appointment; the first one kept as "initially".
    expect(screen.getAllByText('16 giờ 30 phút, ngày 02 tháng 12 năm 2026')).toHaveLength(2);
    expect(screen.getByText('16 giờ 30 phút, ngày 25 tháng 11 năm 2026')).toBeTruthy();
    expect(screen.queryByText('Tạm dừng tính thời gian giải quyết')).toBeNull();
  });

  it('says the clock is paused while waiting for fees, with no date pending', async () => {
    const paying: LookupDossierResponse = {
      ...DOSSIER,
      status: 'awaiting_payment',
      dueAt: null,
      clockPause: { kind: 'payment', since: '2026-11-20T03:00:00.000Z' },
    };
    fakeFetch({ 'GET /api/auth/me': UNAUTH, [`GET /api/lookup/dossiers/${KEY}`]: { body: paying } });
    renderPage(routes, { route: `/tra-cuu/${KEY}`, namespaces: ns });
    expect(await screen.findByText('Tạm dừng, sẽ hẹn lại khi hoàn thành nghĩa vụ tài chính')).toBeTruthy();
    expect(screen.queryByText('Cần bổ sung giấy tờ')).toBeNull();
  });

  it('says the key is unknown, without asking the server, when the address holds a dossier code', async () => {
    const calls = fakeFetch({ 'GET /api/auth/me': UNAUTH });
    renderPage(routes, { route: '/tra-cuu/H12-261118-0001', namespaces: ns });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Không tìm thấy hồ sơ với mã tra cứu này'));
    expect(calls.filter((c) => c.url.startsWith('/api/lookup'))).toHaveLength(0);
  });

  it('says so when the server knows no such key', async () => {
    fakeFetch({ 'GET /api/auth/me': UNAUTH });
    renderPage(routes, { route: '/tra-cuu/ZZZZZZZZZZZZ', namespaces: ns });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Không tìm thấy hồ sơ với mã tra cứu này'));
  });

  it('validates the key before searching, and opens the page of the key typed in groups and lower case', async () => {
    const calls = fakeFetch({ 'GET /api/auth/me': UNAUTH, [`GET /api/lookup/dossiers/${KEY}`]: { body: DOSSIER } });
    renderPage(routes, { route: '/tra-cuu', namespaces: ns });
    fireEvent.change(await screen.findByLabelText('Mã tra cứu'), { target: { value: 'H12-261118-0001' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByText('Mã tra cứu gồm 12 chữ và số in trên giấy tiếp nhận (ví dụ 7KQ2-M9XD-4RTB)')).toBeTruthy();
    expect(calls.filter((c) => c.url.startsWith('/api/lookup'))).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Mã tra cứu'), { target: { value: '7kq2-m9xd-4rtb' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByText('N*** V** A*')).toBeTruthy();
  });

  it('does not ask who is signed in when nobody is (no session cookie), and does when the browser may be', async () => {
    const citizen = fakeFetch({ 'GET /api/auth/me': UNAUTH });
    const first = renderPage(routes, { route: '/tra-cuu', namespaces: ns, signedOut: true });
    expect(await screen.findByLabelText('Mã tra cứu')).toBeTruthy();
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
  it('shows an online submission not yet accepted as waiting for acceptance, never as received', async () => {
    const waiting: LookupDossierResponse = {
      ...DOSSIER,
      status: 'submitted',
      statusLabel: { vi: 'Chờ tiếp nhận', en: 'Awaiting acceptance' },
      receivedAt: null,
      dueAt: null,
      timeline: [{ ...DOSSIER.timeline[0]!, status: 'submitted', statusLabel: { vi: 'Chờ tiếp nhận', en: 'Awaiting acceptance' } }],
    };
    fakeFetch({ 'GET /api/auth/me': UNAUTH, [`GET /api/lookup/dossiers/${KEY}`]: { body: waiting } });
    renderPage(routes, { route: `/tra-cuu/${KEY}`, namespaces: ns });
    await screen.findByText('N*** V** A*');
    expect(screen.getByRole('region', { name: 'Tiến độ' }).textContent).toContain('Chờ tiếp nhận');
    expect(document.body.textContent).not.toMatch(/Tiếp nhận|Ngày tiếp nhận|Đã tiếp nhận/);
    expect(screen.getByText('Ngày nộp trực tuyến')).toBeTruthy();
  });
});
