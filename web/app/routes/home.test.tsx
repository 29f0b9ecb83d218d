import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { fakeFetch, renderPage } from '@web/testing/render';
import { dossiersStrings } from '@web/features/dossiers/locales';
import { dossierStatsStrings } from '@web/features/dossier-stats/locales';
import { HomePage } from './home';

const PROVINCE = '10000000-0000-4000-8000-000000000001';
const meWith = (role: string, permissions: string[]) => ({
  user: { id: '00000000-0000-4000-8000-000000000001', username: 'u', fullName: 'H Mai Êban', unitId: PROVINCE, unitName: 'Tỉnh Đắk Lắk' },
  grants: [{ id: 'g0', role, unitId: PROVINCE, unitName: 'Tỉnh Đắk Lắk' }],
  permissions,
  csrfToken: 'csrf',
});
const zero = {
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
};
const REPORT = {
  unit: { id: PROVINCE, code: '66', name: 'Tỉnh Đắk Lắk' },
  from: '2026-10-01',
  to: '2026-12-31',
  asOf: '2026-11-26T10:00:00+07:00',
  groupBy: 'unit',
  sector: null,
  procedureId: null,
  total: {
    ...zero,
    toHandle: 3681,
    finished: 3151,
    finishedEarly: 2191,
    finishedOnTime: 772,
    finishedLate: 188,
    inProgress: 530,
    onTimeRate: 94.49,
  },
  rows: [],
  endedWithoutResult: 0,
  onTimeTarget: { value: 95, source: 'Kế hoạch CCHC năm 2026' },
};
// The list answers a total per view: open 530, to accept 9, overdue 15, due soon 7, to return 11, mine 4.
const totals = (url: URL) =>
  url.searchParams.get('status') === 'submitted'
    ? 9
    : url.searchParams.get('status') === 'done'
      ? 11
      : url.searchParams.get('due') === 'overdue'
        ? 15
        : url.searchParams.get('due') === 'soon'
          ? 7
          : url.searchParams.get('mine') === 'true'
            ? 4
            : 530;
const ns = { dossiers: dossiersStrings, dossierStats: dossierStatsStrings };

// ECharts is not on this page.
describe('overview page', () => {
  it("shows a clerk the unit's worklist, to accept, overdue, due-soon, to return and own dossiers, each linking to that inbox view, and no statistics", async () => {
    const calls = fakeFetch({
      'GET /api/auth/me': { body: meWith('one_stop_clerk', ['unit.read', 'dossier.read', 'dossier.create', 'dossier.process']) },
      'GET /api/dossiers': (_b, url) => ({ body: { items: [], total: totals(url) } }),
    });
    renderPage(<HomePage />, { namespaces: ns });
    const overdue = await screen.findByTestId('glance-overdue');
    await waitFor(() => expect(within(overdue).getByText('15')).toBeTruthy());
    expect(overdue.getAttribute('href')).toBe('/mot-cua?due=overdue');
    expect(within(screen.getByTestId('glance-open')).getByText('530')).toBeTruthy();
    expect(within(screen.getByTestId('glance-dueSoon')).getByText('7')).toBeTruthy();
    expect(within(screen.getByTestId('glance-toAccept')).getByText('9')).toBeTruthy();
    expect(screen.getByTestId('glance-toAccept').getAttribute('href')).toBe('/mot-cua?status=submitted');
    expect(within(screen.getByTestId('glance-toReturn')).getByText('11')).toBeTruthy();
    expect(screen.getByTestId('glance-toReturn').getAttribute('href')).toBe('/mot-cua?status=done');
    expect(screen.getByTestId('glance-mine').getAttribute('href')).toBe('/mot-cua?mine=true');
    await waitFor(() => expect(within(screen.getByTestId('glance-mine')).getByText('4')).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' })).toBeTruthy();
    // Every count is the worklist's (the server's one definition, as the inbox's default view), one row each.
    const lists = calls.filter((c) => c.url.startsWith('/api/dossiers?'));
    expect(lists).toHaveLength(6);
    for (const c of lists)
      expect([...new URL(c.url, 'http://x').searchParams].filter(([k]) => k === 'waiting' || k === 'limit')).toEqual([
        ['waiting', 'true'],
        ['limit', '1'],
      ]);
    expect(calls.some((c) => c.url.startsWith('/api/dossier-stats'))).toBe(false);
  });

  it("shows a leader this quarter's on-time rate against the target, and no 'with me' count", async () => {
    vi.useFakeTimers({ now: new Date('2026-11-26T03:00:00Z'), toFake: ['Date'] });
    try {
      const calls = fakeFetch({
        'GET /api/auth/me': { body: meWith('leader', ['unit.read', 'dossier.read', 'report.read', 'report.export']) },
        'GET /api/dossiers': (_b, url) => ({ body: { items: [], total: totals(url) } }),
        'GET /api/dossier-stats': { body: REPORT },
      });
      renderPage(<HomePage />, { namespaces: ns });
      expect(await screen.findByText('Kết quả giải quyết hồ sơ quý này: Tỉnh Đắk Lắk (01/10/2026 – 31/12/2026)')).toBeTruthy();
      // antd writes the integer and decimal parts in separate spans.
      expect(
        screen.getByText((_, el) => !!el?.classList.contains('ant-statistic-content-value') && el.textContent === '94,49'),
      ).toBeTruthy();
      expect(screen.getByText('Chưa đạt mục tiêu')).toBeTruthy();
      expect(screen.getByRole('link', { name: 'Xem thống kê đầy đủ' }).getAttribute('href')).toBe('/mot-cua/thong-ke');
      const stats = calls.find((c) => c.url.startsWith('/api/dossier-stats?'));
      const q = new URL(stats?.url ?? '', 'http://x').searchParams;
      expect([q.get('from'), q.get('to'), q.get('unitId')]).toEqual(['2026-10-01', '2026-12-31', null]);
      await screen.findByTestId('glance-overdue');
      expect(screen.queryByTestId('glance-mine')).toBeNull();
      expect(screen.queryByRole('button', { name: 'Tiếp nhận hồ sơ' })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows no one-stop panel to an account without one-stop rights', async () => {
    const calls = fakeFetch({ 'GET /api/auth/me': { body: meWith('system_admin', ['unit.read', 'user.read']) } });
    renderPage(<HomePage />, { namespaces: ns });
    await screen.findByText('Xin chào, H Mai Êban');
    expect(screen.queryByText('Hôm nay')).toBeNull();
    expect(calls.some((c) => c.url.startsWith('/api/dossiers') || c.url.startsWith('/api/dossier-stats'))).toBe(false);
  });
});
