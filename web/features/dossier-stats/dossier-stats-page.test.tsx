import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { StatsCountsView, StatsReport } from '@contracts/dossier-stats';
import type { UnitListItem } from '@contracts/units';
import { fakeFetch, renderPage } from '@web/testing/render';
import { dossierStatsStrings } from './locales';
import { DossierStatsPage } from './routes/dossier-stats-page';

// ECharts needs a canvas jsdom lacks; the charts have no figures the test checks.
vi.mock('./components/stats-charts', () => ({ StatsCharts: () => null }));
vi.mock('./components/echart', () => ({ EChart: ({ summary }: { summary: string }) => <div role="img" aria-label={summary} /> }));

const PROVINCE = '10000000-0000-4000-8000-000000000001';
const WARD = '10000000-0000-4000-8000-000000000002';
const counts = (o: Partial<StatsCountsView>): StatsCountsView => ({
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
  total: counts({
    carriedOver: 13,
    received: 1221,
    receivedOnline: 700,
    receivedInPerson: 500,
    receivedPostal: 21,
    toHandle: 1234,
    finished: 1000,
    finishedEarly: 400,
    finishedOnTime: 580,
    finishedLate: 20,
    inProgress: 234,
    inProgressWithinTime: 230,
    inProgressOverdue: 4,
    onTimeRate: 98.05,
  }),
  rows: [
    {
      ...counts({ toHandle: 1000, receivedOnline: 650, receivedInPerson: 340, receivedPostal: 10, finished: 900, onTimeRate: 99.1 }),
      key: WARD,
      label: 'Phường Tân Lập',
      unitId: WARD,
    },
    {
      ...counts({ toHandle: 234, receivedOnline: 50, receivedInPerson: 160, receivedPostal: 11, finished: 100, onTimeRate: 91.45 }),
      key: 'self',
      label: 'Tỉnh Đắk Lắk',
      unitId: PROVINCE,
    },
  ],
  endedWithoutResult: 2,
  onTimeTarget: { value: 95, source: 'Kế hoạch CCHC năm 2026 của UBND tỉnh (thử)' },
};
// Decision 766 indicator 2.1 over the same period: two withdrawn dossiers join, one with two supplement requests turns late.
const REPORT766: StatsReport = {
  ...REPORT,
  total: { ...REPORT.total, toHandle: 1236, finishedLate: 21, onTimeRate: 97.98 },
  rules: { id: 'decision-766', version: 'qd766-2022', name: 'Chỉ số 2.1', legalRef: 'Quyết định 766/QĐ-TTg, chỉ số 2.1' },
};
const DIFFERENCES = {
  items: [
    {
      id: 'd1',
      code: '000.00.66.H01-261005-0001',
      procedureName: 'Đăng ký biến động đất đai',
      handlingUnitName: 'Văn phòng đăng ký đất đai',
      status: 'returned',
      receivedAt: '2026-10-05T08:00:00+07:00',
      originalDueAt: '2026-10-20T17:00:00+07:00',
      dueAt: '2026-10-20T17:00:00+07:00',
      endedAt: null,
      supplementRequests: 2,
      periodic: 'early',
      serviceIndex: 'late',
      reasons: ['repeated_supplements'],
    },
  ],
  total: 3,
  betterUnderServiceIndex: 2,
  worseUnderServiceIndex: 1,
};
const unit = (id: string, name: string, parentId: string | null): UnitListItem => ({
  id,
  code: id.slice(-2),
  name,
  nameEn: null,
  shortName: null,
  kind: parentId ? 'ward' : 'province',
  parentId,
  parentName: null,
  validFrom: '2025-07-01',
  validTo: null,
  legalRef: null,
  address: null,
  status: 'active',
  childCount: parentId ? 0 : 1,
  abilities: ['unit.read'],
});
const ME = {
  user: {
    id: '00000000-0000-4000-8000-000000000001',
    username: 'lanhdao',
    fullName: 'Lãnh đạo',
    unitId: PROVINCE,
    unitName: 'Tỉnh Đắk Lắk',
  },
  grants: [{ id: 'g0', role: 'leader', unitId: PROVINCE, unitName: 'Tỉnh Đắk Lắk' }],
  permissions: ['report.read', 'report.export', 'unit.read'],
  csrfToken: 'csrf',
};
const ns = { dossierStats: dossierStatsStrings };
const params = (url: string) => new URL(url, 'http://x').searchParams;

function serve() {
  return fakeFetch({
    'GET /api/auth/me': { body: ME },
    'GET /api/dossier-stats': (_b, url) => ({
      body:
        url.searchParams.get('rules') === 'decision-766'
          ? { ...REPORT766, from: url.searchParams.get('from'), to: url.searchParams.get('to') }
          : { ...REPORT, from: url.searchParams.get('from'), to: url.searchParams.get('to') },
    }),
    'GET /api/dossier-stats/differences': { body: DIFFERENCES },
    'GET /api/dossier-stats/trend': { body: { points: [] } },
    'GET /api/dossier-stats/late': { body: { items: [], total: 0 } },
    'GET /api/dossier-stats/sectors': { body: { items: ['Hộ tịch', 'Đất đai'] } },
    'GET /api/units': {
      body: { asOf: '2026-11-25', items: [unit(PROVINCE, 'Tỉnh Đắk Lắk', null), unit(WARD, 'Phường Tân Lập', PROVINCE)], total: 2 },
    },
  });
}

describe('dossier statistics page', () => {
  it('renders the KPI figures and the breakdown table from the report', async () => {
    serve();
    renderPage(<DossierStatsPage />, { route: '/mot-cua/thong-ke', namespaces: ns });
    expect(await screen.findByText('98,05')).toBeTruthy();
    expect(screen.getByText('Đạt mục tiêu')).toBeTruthy();
    expect(screen.getByTestId('on-time-target').textContent).toBe('Mục tiêu ≥ 95% (nguồn: Kế hoạch CCHC năm 2026 của UBND tỉnh (thử))');
    expect(screen.getAllByText('1.234')).toHaveLength(2); // the KPI card and the total row
    expect(screen.getByText('1.221 mới nhận + 13 kỳ trước chuyển qua')).toBeTruthy();
    expect(screen.getByText('400 trước hạn · 580 đúng hạn · 20 quá hạn')).toBeTruthy();
    expect(screen.getByText('230 trong hạn · 4 quá hạn')).toBeTruthy();
    const table = screen.getByRole('region', { name: dossierStatsStrings.vi.tableLabel as string });
    const rows = within(table).getAllByRole('row');
    const ward = rows.find((r) => r.textContent?.includes('Phường Tân Lập'));
    expect(ward && within(ward).getByText('99,10')).toBeTruthy();
    // In person and postal share a column: 340 + 10.
    expect(ward && within(ward).getByText('350')).toBeTruthy();
    const total = rows[rows.length - 1] as HTMLElement;
    expect(total.textContent).toContain('1.234');
    expect(within(total).getByText('98,05')).toBeTruthy();
  });

  it.each([
    ['a target above the rate: not met', { value: 99, source: 'KH thử' }, 'Chưa đạt mục tiêu', 'Mục tiêu ≥ 99% (nguồn: KH thử)'],
    ['no target in effect: no verdict', null, null, 'Chưa đặt mục tiêu cho kỳ này'],
  ])('judges the rate by the report’s target: %s', async (_n, onTimeTarget, tag, text) => {
    fakeFetch({
      'GET /api/auth/me': { body: ME },
      'GET /api/dossier-stats': { body: { ...REPORT, onTimeTarget } },
      'GET /api/dossier-stats/trend': { body: { points: [] } },
      'GET /api/dossier-stats/late': { body: { items: [], total: 0 } },
      'GET /api/dossier-stats/sectors': { body: { items: [] } },
      'GET /api/units': { body: { asOf: '2026-11-25', items: [], total: 0 } },
    });
    renderPage(<DossierStatsPage />, { route: '/mot-cua/thong-ke', namespaces: ns });
    expect(await screen.findByText(text)).toBeTruthy();
    expect(screen.queryByText('Đạt mục tiêu')).toBeNull();
    if (tag) expect(screen.getByText(tag)).toBeTruthy();
    else expect(screen.queryByText('Chưa đạt mục tiêu')).toBeNull();
  });

  it('sends the period and unit filters in the request', async () => {
    const calls = serve();
    renderPage(<DossierStatsPage />, { route: '/mot-cua/thong-ke', namespaces: ns });
    await screen.findByText('98,05');
    const first = calls.find((c) => c.url.startsWith('/api/dossier-stats?'));
    const p0 = params(first?.url ?? '');
    expect(p0.get('groupBy')).toBe('unit');
    expect(p0.get('unitId')).toBeNull();
    // Default: the current quarter.
    const [y, m] = [Number(p0.get('from')?.slice(0, 4)), Number(p0.get('from')?.slice(5, 7))];
    expect((m - 1) % 3).toBe(0);

    fireEvent.click(screen.getByText('Năm'));
    await waitFor(() =>
      expect(
        calls.some(
          (c) =>
            c.url.startsWith('/api/dossier-stats?') &&
            params(c.url).get('from') === `${y}-01-01` &&
            params(c.url).get('to') === `${y}-12-31`,
        ),
      ).toBe(true),
    );

    const unitInput = screen.getByLabelText('Đơn vị');
    fireEvent.mouseDown(unitInput);
    fireEvent.click(await screen.findByTitle('Phường Tân Lập'));
    await waitFor(() =>
      expect(
        calls.some(
          (c) =>
            c.url.startsWith('/api/dossier-stats?') && params(c.url).get('unitId') === WARD && params(c.url).get('from') === `${y}-01-01`,
        ),
      ).toBe(true),
    );
    expect(calls.some((c) => c.url.startsWith('/api/dossier-stats/late?') && params(c.url).get('unitId') === WARD)).toBe(true);
  });

  it('shows both on-time rates, the gap, and the dossiers that make it', async () => {
    const calls = serve();
    renderPage(<DossierStatsPage />, { route: '/mot-cua/thong-ke', namespaces: ns });
    expect(await screen.findByText('97,98 %')).toBeTruthy();
    expect(screen.getByText('98,05 %')).toBeTruthy();
    expect(screen.getByText('-0,07')).toBeTruthy();
    expect(screen.getByRole('img', { name: /Tổng cộng: định kỳ 98,05 %, Chỉ số 766 97,98 %/ })).toBeTruthy();
    expect(await screen.findByText('000.00.66.H01-261005-0001')).toBeTruthy();
    expect(screen.getByText('Yêu cầu bổ sung hơn 01 lần: Chỉ số 766 tính quá hạn')).toBeTruthy();
    expect(screen.getByText('3 hồ sơ được tính khác nhau: 2 hồ sơ tốt hơn theo Chỉ số 766, 1 hồ sơ kém hơn.')).toBeTruthy();
    expect(calls.some((c) => c.url.startsWith('/api/dossier-stats?') && params(c.url).get('rules') === 'decision-766')).toBe(true);
  });

  it('shows a refused report as its error alone, without a spinner', async () => {
    fakeFetch({
      'GET /api/auth/me': { body: { ...ME, permissions: ['unit.read'] } },
      'GET /api/dossier-stats': {
        status: 403,
        body: { error: { code: 'FORBIDDEN', message: 'Bạn không có quyền thực hiện thao tác này / permission denied', issues: [] } },
      },
      'GET /api/dossier-stats/trend': { status: 403, body: { error: { code: 'FORBIDDEN', message: 'permission denied', issues: [] } } },
      'GET /api/dossier-stats/sectors': { status: 403, body: { error: { code: 'FORBIDDEN', message: 'permission denied', issues: [] } } },
      'GET /api/units': { status: 403, body: { error: { code: 'FORBIDDEN', message: 'permission denied', issues: [] } } },
    });
    const { container } = renderPage(<DossierStatsPage />, { route: '/mot-cua/thong-ke', namespaces: ns });
    await screen.findByText(/Bạn không có quyền thực hiện thao tác này/);
    expect(container.querySelector('.ant-spin-spinning')).toBeNull();
  });
});
