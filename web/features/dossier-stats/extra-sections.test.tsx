import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { StatsCountsView, StatsReport } from '@contracts/dossier-stats';
import type { ApologyReport, OnlineServiceReport, ReceivingPointReport } from '@contracts/dossier-stats-extra';
import { fakeFetch, renderPage } from '@web/testing/render';
import { todayDayjs } from '@web/lib/today';
import { dossierStatsStrings } from './locales';
import { DossierStatsPage } from './routes/dossier-stats-page';
import { presetPeriod } from './utils/period';

// Issue #14 point 8 (by receiving point, online services, apology letters) and point 7's lock screen on the statistics page.
vi.mock('./components/stats-charts', () => ({ StatsCharts: () => null }));
vi.mock('./components/echart', () => ({ EChart: ({ summary }: { summary: string }) => <div role="img" aria-label={summary} /> }));

const PROVINCE = '10000000-0000-4000-8000-000000000001';
const CENTRE = '10000000-0000-4000-8000-000000000003';
const counts = (o: Partial<StatsCountsView> = {}): StatsCountsView => ({
  carriedOver: 0,
  receivedOnline: 0,
  receivedInPerson: 0,
  receivedPostal: 0,
  received: 0,
  toHandle: 0,
  finished: 0,
  finishedEarly: 0,
  finishedOnTime: 0,
  finishedLate: 0,
  inProgress: 0,
  inProgressWithinTime: 0,
  inProgressOverdue: 0,
  onTimeRate: null,
  repeatedSupplements: 0,
  ...o,
});
const REPORT: StatsReport = {
  unit: { id: PROVINCE, code: '66', name: 'Tỉnh Đắk Lắk' },
  from: '2026-10-01',
  to: '2026-12-31',
  asOf: '2026-11-25T10:00:00+07:00',
  groupBy: 'unit',
  sector: null,
  procedureId: null,
  total: counts({ toHandle: 10, received: 10, receivedInPerson: 10, onTimeRate: 90 }),
  rows: [],
  endedWithoutResult: 0,
  onTimeTarget: null,
};
const { repeatedSupplements: _r, ...base } = counts({
  toHandle: 1500,
  received: 1480,
  receivedOnline: 300,
  carriedOver: 20,
  onTimeRate: 97.5,
});
const RECEIVING: ReceivingPointReport = {
  unit: REPORT.unit,
  from: '2026-10-01',
  to: '2026-12-31',
  asOf: '2026-11-25T10:00:00+07:00',
  total: { ...base, receivedForOthers: 1234 },
  rows: [{ ...base, unitId: CENTRE, label: 'Trung tâm Phục vụ hành chính công', receivedForOthers: 1234 }],
};
const ONLINE: OnlineServiceReport = {
  unit: REPORT.unit,
  from: '2026-10-01',
  to: '2026-12-31',
  received: 200,
  receivedOnline: 50,
  receivedFullLevel: 40,
  receivedOnlineFullLevel: 30,
  fullyOnline: 24,
  paymentsOnline: 9,
  paymentsCounter: 3,
  paymentsUnrecorded: 8,
  returned: 0,
  returnedElectronic: 0,
  receivedAtCounter: 150,
  digitisedAtCounter: 50,
  onlineShare: 25,
  fullLevelOnlineShare: 75,
  fullyOnlineShare: 12,
  onlinePaymentShare: 75,
  electronicResultShare: null,
  digitisedShare: 33.33,
};
const APOLOGIES: ApologyReport = {
  unit: REPORT.unit,
  from: '2026-10-01',
  to: '2026-12-31',
  total: 3,
  late: 1,
  rows: [{ unitId: CENTRE, label: 'Sở Tài nguyên và Môi trường', count: 3, late: 1 }],
  reasons: [
    { reason: 'Chờ kết quả xác minh', count: 2 },
    { reason: null, count: 1 },
  ],
  items: [
    {
      dossierId: 'd1',
      code: '000.00.66.H01-261005-0001',
      unitName: 'Sở Tài nguyên và Môi trường',
      at: '2026-10-20T09:30:00+07:00',
      newDueAt: '2026-10-30T17:00:00+07:00',
      late: true,
      reason: 'Chờ kết quả xác minh',
    },
  ],
};
const me = (permissions: string[]) => ({
  user: { id: '00000000-0000-4000-8000-000000000001', username: 'u', fullName: 'Người dùng', unitId: PROVINCE, unitName: 'Tỉnh Đắk Lắk' },
  grants: [{ id: 'g0', role: 'secretariat', unitId: PROVINCE, unitName: 'Tỉnh Đắk Lắk' }],
  permissions,
  csrfToken: 'csrf',
});
const ns = { route: '/mot-cua/thong-ke', namespaces: { dossierStats: dossierStatsStrings } };
const last = presetPeriod('quarter', todayDayjs().subtract(3, 'month'));
const before = presetPeriod('quarter', todayDayjs().subtract(6, 'month'));
const dmy = (d: string) => d.split('-').reverse().join('/');
const LOCK = {
  id: '20000000-0000-4000-8000-000000000001',
  unitId: PROVINCE,
  ...before,
  lockedAt: `${last.from}T08:00:00+07:00`,
  lockedBy: null,
  note: 'Báo cáo quý',
};

function serve(permissions: string[]) {
  return fakeFetch({
    'GET /api/auth/me': { body: me(permissions) },
    'GET /api/dossier-stats': (_b, url) =>
      url.searchParams.get('from') === before.from ? { body: { ...REPORT, ...before, lock: LOCK } } : { body: REPORT },
    'GET /api/dossier-stats/trend': { body: { points: [] } },
    'GET /api/dossier-stats/late': { body: { items: [], total: 0 } },
    'GET /api/dossier-stats/sectors': { body: { items: [] } },
    'GET /api/units': { body: { asOf: '2026-11-25', items: [], total: 0 } },
    'GET /api/dossier-stats/receiving-points': { body: RECEIVING },
    'GET /api/dossier-stats/online': { body: ONLINE },
    'GET /api/dossier-stats/apologies': { body: APOLOGIES },
    'GET /api/dossier-stats/locks': { body: { items: [LOCK] } },
    'POST /api/dossier-stats/locks': (body) => ({
      status: 201,
      body: { ...LOCK, ...(body as object), id: '20000000-0000-4000-8000-000000000002' },
    }),
    [`GET /api/dossier-stats/locks/${LOCK.id}/adjustments`]: {
      body: {
        lock: LOCK,
        items: [
          {
            id: 'a1',
            code: '000.00.66.H01-260805-0009',
            procedureName: 'Cấp phiếu lý lịch tư pháp',
            handlingUnitName: 'Sở Tư pháp',
            status: 'withdrawn',
            updatedAt: '2026-10-02T10:00:00+07:00',
            locked: 'within',
            now: 'none',
          },
        ],
      },
    },
  });
}

async function openTab(name: string) {
  fireEvent.click(await screen.findByText(name));
}

describe('statistics page: receiving points, online services, apology letters', () => {
  it('shows each receiving point’s figures, those received for other units, in Vietnamese numbers', async () => {
    const calls = serve(['report.read']);
    renderPage(<DossierStatsPage />, ns);
    await openTab('Theo nơi tiếp nhận');
    const section = await screen.findByTestId('receiving-section');
    const table = within(section).getByRole('region', { name: 'Bảng số liệu theo nơi tiếp nhận' });
    const row = within(table)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('Trung tâm Phục vụ hành chính công'));
    expect(row && within(row).getByText('1.234')).toBeTruthy();
    expect(row && within(row).getByText('97,50')).toBeTruthy();
    expect(within(section).getByRole('columnheader', { name: 'Tiếp nhận cho đơn vị khác giải quyết' })).toBeTruthy();
    expect(within(section).getByRole('img').getAttribute('aria-label')).toContain(
      'Trung tâm Phục vụ hành chính công: 246 tự giải quyết, 1.234',
    );
    const asked = calls.find((c) => c.url.startsWith('/api/dossier-stats/receiving-points?'));
    expect(new URL(asked?.url ?? '', 'http://x').searchParams.get('from')).toBe(REPORT.from);
    // Without report.lock there is no lock tab.
    expect(screen.queryByText('Chốt số liệu')).toBeNull();
  });

  it('shows the online-service shares as cards with their counts; a share with no base reads "Chưa có"', async () => {
    serve(['report.read']);
    renderPage(<DossierStatsPage />, ns);
    await openTab('Trực tuyến, số hóa');
    const section = await screen.findByTestId('online-section');
    expect(section.textContent).toContain('Tỉ lệ hồ sơ nộp trực tuyến');
    expect(section.textContent).toContain('25,00 %');
    expect(section.textContent).toContain('50 / 200 hồ sơ tiếp nhận');
    expect(section.textContent).toContain('9 / 12 lượt nộp phí ghi nhận hình thức; 8 lượt chưa ghi hình thức');
    expect(section.textContent).toContain('33,33 %');
    expect(within(section).getByText('Chưa có')).toBeTruthy();
    expect(within(section).getByRole('img').getAttribute('aria-label')).toContain('Tỉ lệ trả kết quả điện tử: Chưa có');
  });

  it('counts the apology letters by reason and unit and lists the latest, late ones tagged', async () => {
    serve(['report.read']);
    renderPage(<DossierStatsPage />, ns);
    await openTab('Thư xin lỗi');
    const section = await screen.findByTestId('apologies-section');
    expect(section.textContent).toContain('Số thư xin lỗi');
    expect(within(section).getByText('(không ghi lý do)')).toBeTruthy();
    expect(within(section).getAllByText('Chờ kết quả xác minh')).toHaveLength(2);
    expect(within(section).getByText('Gửi muộn')).toBeTruthy();
    expect(within(section).getByText('20/10/2026 09:30')).toBeTruthy();
  });
});

describe('statistics page: period lock screen', () => {
  it('lists periods locked or not, locks a finished one after confirmation, with the note', async () => {
    const calls = serve(['report.read', 'report.lock']);
    renderPage(<DossierStatsPage />, ns);
    await openTab('Chốt số liệu');
    const section = await screen.findByTestId('locks-section');
    await within(section).findByText(`Đã chốt ${dmy(last.from)}`);
    const rows = within(section).getAllByRole('row');
    const locked = rows.find((r) => r.textContent?.includes(`${dmy(before.from)} – ${dmy(before.to)}`));
    expect(locked?.textContent).toContain(`Đã chốt ${dmy(last.from)}`);
    expect(locked && within(locked).queryByRole('button', { name: /^Chốt số liệu/ })).toBeNull();
    const open = rows.find((r) => r.textContent?.includes('Chưa kết thúc'));
    expect(open && within(open).queryByRole('button', { name: /^Chốt số liệu/ })).toBeNull();

    fireEvent.click(within(section).getByRole('button', { name: `Chốt số liệu ${dmy(last.from)} – ${dmy(last.to)}` }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('không thể hủy chốt');
    fireEvent.change(within(dialog).getByLabelText('Ghi chú'), { target: { value: 'Số liệu quý gửi Bộ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Chốt số liệu' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ unitId: PROVINCE, ...last, note: 'Số liệu quý gửi Bộ' });
  });

  it('shows a locked period as published, with its adjustments', async () => {
    serve(['report.read', 'report.lock']);
    renderPage(<DossierStatsPage />, ns);
    await openTab('Chốt số liệu');
    const section = await screen.findByTestId('locks-section');
    fireEvent.click(within(section).getByRole('button', { name: `Xem số liệu ${dmy(before.from)} – ${dmy(before.to)}` }));
    const view = await screen.findByTestId('locked-period');
    expect(await within(view).findByText(`Số liệu đã công bố khi chốt (${dmy(last.from)} 08:00)`)).toBeTruthy();
    expect(view.textContent).toContain('Báo cáo quý');
    const adjustments = within(view).getByRole('region', { name: 'Điều chỉnh sau chốt' });
    const row = await within(adjustments).findByText('000.00.66.H01-260805-0009');
    const tr = row.closest('tr') as HTMLElement;
    expect(within(tr).getByText('Đang giải quyết trong hạn')).toBeTruthy();
    expect(within(tr).getByText('Không tính')).toBeTruthy();
  });
});
