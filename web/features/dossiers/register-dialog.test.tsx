import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Permission } from '@core/access/permissions';
import type { UnitListItem } from '@contracts/units';
import { fakeFetch, renderPage } from '@web/testing/render';
import { dossiersStrings } from './locales';
import { InboxPage } from './routes/inbox-page';
import { clerkMe, UNIT_ID } from './dossiers-fixtures.testing';

const ns = { dossiers: dossiersStrings };
const CHILD_ID = '20000000-0000-4000-8000-000000000002';

const unit = (id: string, name: string, parentId: string | null, abilities: Permission[]): UnitListItem => ({
  id,
  code: id.slice(-4),
  name,
  nameEn: null,
  shortName: null,
  kind: 'ward',
  parentId,
  parentName: null,
  validFrom: '2025-07-01',
  validTo: null,
  legalRef: null,
  address: null,
  status: 'active',
  childCount: 0,
  abilities,
});

const CLERK_UNITS = [unit(UNIT_ID, 'Phường Tân Lập', null, ['dossier.create', 'dossier.process', 'dossier.read', 'unit.read'])];
const HEAD_UNITS = [
  unit(UNIT_ID, 'Phường Tân Lập', null, ['dossier.read', 'report.export', 'unit.read']),
  unit(CHILD_ID, 'Bộ phận một cửa phường Tân Lập', UNIT_ID, ['dossier.read', 'report.export', 'unit.read']),
];

const registerCall = (calls: Array<{ url: string }>, ext: string) => calls.find((c) => c.url.startsWith(`/api/dossier-register.${ext}`));

describe('dossier register (Mẫu 07) from the inbox', () => {
  const click = vi.fn();
  beforeEach(() => {
    // Today in Vietnam: 20/11/2026, so the default period is November 2026.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T03:00:00.000Z'));
    URL.createObjectURL = vi.fn(() => 'blob:register');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(click);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    click.mockReset();
  });

  it('downloads this month’s register of the user’s unit as PDF with a same-origin fetch; no Excel without report.export', async () => {
    const calls = fakeFetch({
      'GET /api/auth/me': { body: clerkMe() },
      'GET /api/dossiers': { body: { items: [], total: 0 } },
      'GET /api/units': { body: { asOf: '2026-11-20', items: CLERK_UNITS, total: 1 } },
      'GET /api/dossier-register.pdf': { body: {} },
    });
    renderPage(<InboxPage />, { route: '/mot-cua', namespaces: ns });
    fireEvent.click(await screen.findByTestId('register-button'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Sổ theo dõi hồ sơ (Mẫu 07)')).toBeTruthy();
    await within(dialog).findByText('Phường Tân Lập');
    expect((within(dialog).getByLabelText('Thời gian tiếp nhận') as HTMLInputElement).value).toBe('01/11/2026');
    expect(within(dialog).queryByTestId('register-xlsx')).toBeNull();
    fireEvent.click(within(dialog).getByTestId('register-pdf'));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    const url = new URL(registerCall(calls, 'pdf')?.url ?? '', 'http://x');
    expect(Object.fromEntries(url.searchParams)).toEqual({ unitId: UNIT_ID, from: '2026-11-01', to: '2026-11-30' });
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  it('offers Excel where the user may export and shows the server’s refusal', async () => {
    const calls = fakeFetch({
      'GET /api/auth/me': { body: clerkMe(['dossier.read', 'report.export']) },
      'GET /api/dossiers': { body: { items: [], total: 0 } },
      'GET /api/units': { body: { asOf: '2026-11-20', items: HEAD_UNITS, total: 2 } },
      'GET /api/dossier-register.xlsx': {
        status: 400,
        body: {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'Dữ liệu không hợp lệ: to: Khoảng thời gian tối đa 366 ngày / invalid input: to: the period may span at most 366 days',
            issues: [{ path: 'querystring.to', message: 'Khoảng thời gian tối đa 366 ngày / the period may span at most 366 days' }],
          },
        },
      },
    });
    renderPage(<InboxPage />, { route: '/mot-cua', namespaces: ns });
    fireEvent.click(await screen.findByTestId('register-button'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(await within(dialog).findByTestId('register-xlsx'));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Khoảng thời gian tối đa 366 ngày');
    expect(new URL(registerCall(calls, 'xlsx')?.url ?? '', 'http://x').searchParams.get('unitId')).toBe(UNIT_ID);
    expect(click).not.toHaveBeenCalled();
  });
});
