import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CalendarDayView, CalendarYearResponse } from '@contracts/calendar';
import type { MeResponse } from '@contracts/auth';
import { fakeFetch, renderPage } from '@web/testing/render';
import { paths } from '@web/config/paths';
import { calendarStrings } from '../locales';
import { CalendarPage } from './calendar-page';

const ME: MeResponse = {
  user: { id: 'u1', username: 'admin', fullName: 'Quản trị', unitId: 'p1', unitName: 'Tỉnh Đắk Lắk' },
  grants: [{ id: 'g1', role: 'system_admin', unitId: 'p1', unitName: 'Tỉnh Đắk Lắk' }],
  permissions: ['unit.read', 'calendar.read', 'calendar.manage'],
  csrfToken: 'csrf',
};

const day = (o: Partial<CalendarDayView>): CalendarDayView => ({
  id: 'd0',
  date: '2027-01-01',
  weekday: 5,
  kind: 'holiday',
  name: 'Tết Dương lịch',
  nameEn: "New Year's Day",
  legalRef: 'Labour Code 2019 Art. 112(1)(a)',
  status: 'confirmed',
  unitId: null,
  unitName: null,
  lunar: { day: 24, month: 11, year: 2026, leap: false, label: '24 tháng Mười Một năm Bính Ngọ' },
  updatedAt: '2026-11-25T00:00:00.000Z',
  abilities: ['calendar.read', 'calendar.manage'],
  ...o,
});

const YEAR: CalendarYearResponse = {
  year: 2027,
  stored: true,
  days: [
    day({ id: 'd0', status: 'confirmed' }),
    day({
      id: 'd1',
      date: '2027-02-05',
      kind: 'tet',
      name: 'Tết Nguyên đán Đinh Mùi (29 tháng Chạp năm Bính Ngọ)',
      legalRef: 'Labour Code 2019 Art. 112(1)(b), 112(3)',
      status: 'proposed',
      lunar: { day: 29, month: 12, year: 2026, leap: false, label: '29 tháng Chạp năm Bính Ngọ' },
    }),
    day({
      id: 'd2',
      date: '2027-03-03',
      kind: 'local_closure',
      name: 'Nghỉ do lũ',
      status: 'proposed',
      unitId: 'c1',
      unitName: 'Xã Ea Kao',
      abilities: ['calendar.read'],
    }),
  ],
  notices: [],
  summary: { workingDays: 246, closedWeekdays: 13, makeupDays: 0, proposed: 2 },
  abilities: ['calendar.read', 'calendar.manage'],
};

function render(routes: Parameters<typeof fakeFetch>[0] = {}) {
  const calls = fakeFetch({
    'GET /api/auth/me': { body: ME },
    'GET /api/calendar/days': { body: YEAR },
    'GET /api/units': { body: { asOf: '2026-11-25', items: [], total: 0 } },
    ...routes,
  });
  renderPage(<CalendarPage />, { route: `${paths.calendar}?nam=2027`, namespaces: { calendar: calendarStrings } });
  return calls;
}

describe('CalendarPage', () => {
  it('shows a proposed day in the year view and table, with a confirm action taken from its abilities', async () => {
    const calls = render({
      'POST /api/calendar/days/d1/confirm': { body: day({ id: 'd1', date: '2027-02-05', kind: 'tet', status: 'confirmed' }) },
    });
    const row = (await screen.findByText('Tết Nguyên đán Đinh Mùi (29 tháng Chạp năm Bính Ngọ)')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Đề xuất')).toBeTruthy();
    expect(within(row).getByText('29 tháng Chạp năm Bính Ngọ')).toBeTruthy();
    const cell = document.querySelector('td[data-date="2027-02-05"]') as HTMLElement;
    expect(cell.dataset.status).toBe('proposed');
    expect(cell.textContent).toContain('29/12');
    expect(screen.getByText(/Có 2 ngày đề xuất chưa xác nhận/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Xác nhận tất cả ngày đề xuất' })).toBeTruthy();
    // The closure row is proposed too, but its abilities lack calendar.manage: no actions.
    const closure = screen.getByText('Nghỉ do lũ').closest('tr') as HTMLElement;
    expect(within(closure).queryByRole('button')).toBeNull();
    expect(within(screen.getByText('Tết Dương lịch').closest('tr') as HTMLElement).queryByRole('button', { name: /Xác nhận/ })).toBeNull();
    fireEvent.click(within(row).getByRole('button', { name: 'Xác nhận 05/02/2027' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url === '/api/calendar/days/d1/confirm')).toBe(true));
    expect(calls.find((c) => c.url.startsWith('/api/calendar/days?'))?.url).toBe('/api/calendar/days?year=2027');
  });

  it('offers to store the statutory proposal for a year with nothing stored', async () => {
    render({
      'GET /api/calendar/days': {
        body: { ...YEAR, stored: false, days: [day({ id: null, status: 'proposed', abilities: ['calendar.read'] })] },
      },
    });
    expect(await screen.findByText(/chưa có lịch nghỉ được công bố/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lưu đề xuất' })).toBeTruthy();
  });

  it('computes a due moment in the calculator and shows it in Vietnam time', async () => {
    const calls = render({
      'GET /api/calendar/due-date': {
        body: {
          receivedAt: '2026-02-13T16:59:00+07:00',
          countFrom: '2026-02-13T16:59:00+07:00',
          dueAt: '2026-02-23T16:59:00+07:00',
          amount: 1,
          unit: 'working_day',
          cutoff: null,
          resolvedOn: null,
          unitId: null,
          provisionalDays: [],
        },
      },
    });
    fireEvent.click(await screen.findByRole('tab', { name: 'Tính hạn' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Tính hạn' }));
    const result = await screen.findByTestId('due-result');
    expect(within(result).getByText('16:59, Thứ Hai 23/02/2026')).toBeTruthy();
    const call = calls.find((c) => c.url.startsWith('/api/calendar/due-date'));
    const query = new URL(call?.url ?? '', 'http://x').searchParams;
    expect(query.get('amount')).toBe('1');
    expect(query.get('unit')).toBe('working_day');
    expect(query.get('receivedAt')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$/);
    expect(screen.getByText('Các ngày nghỉ trong khoảng này đều đã được xác nhận.')).toBeTruthy();
  });

  // docs/DOMAIN.md §3.9: a same-day procedure takes a cutoff instead of an amount (default 15:00).
  it('computes a same-day due moment with a cutoff, and refuses a cutoff that is not a time of day', async () => {
    const calls = render({
      'GET /api/calendar/due-date': {
        body: {
          receivedAt: '2026-03-09T15:30:00+07:00',
          countFrom: '2026-03-09T15:30:00+07:00',
          dueAt: '2026-03-10T17:30:00+07:00',
          amount: 0,
          unit: 'same_day',
          cutoff: '15:00',
          resolvedOn: 'next_working_day',
          unitId: null,
          provisionalDays: [],
        },
      },
    });
    fireEvent.click(await screen.findByRole('tab', { name: 'Tính hạn' }));
    fireEvent.mouseDown(await screen.findByRole('combobox', { name: 'Đơn vị tính' }));
    fireEvent.click(await screen.findByTitle('Trong ngày'));
    const cutoff = await screen.findByRole('textbox', { name: 'Giờ chốt nhận hồ sơ' });
    expect(screen.queryByRole('spinbutton', { name: 'Thời hạn giải quyết' })).toBeNull();
    fireEvent.change(cutoff, { target: { value: '25:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tính hạn' }));
    expect(await screen.findByText('Giờ chốt ghi dạng giờ:phút, ví dụ 15:00')).toBeTruthy();
    expect(calls.some((c) => c.url.startsWith('/api/calendar/due-date'))).toBe(false);
    fireEvent.change(cutoff, { target: { value: '15:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tính hạn' }));
    const result = await screen.findByTestId('due-result');
    expect(within(result).getByText('17:30, Thứ Ba 10/03/2026')).toBeTruthy();
    expect(within(result).getByText(/Trong ngày làm việc tiếp theo \(nhận sau giờ chốt 15:00/)).toBeTruthy();
    const query = new URL(calls.find((c) => c.url.startsWith('/api/calendar/due-date'))?.url ?? '', 'http://x').searchParams;
    expect([query.get('unit'), query.get('cutoff'), query.get('amount')]).toEqual(['same_day', '15:00', null]);
  });
});
