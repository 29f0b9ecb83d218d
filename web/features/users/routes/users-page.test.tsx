import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeFetch, renderPage, type FakeRoutes } from '@web/testing/render';
import { paths } from '@web/config/paths';
import { usersStrings } from '../locales';
import { UNITS, UNIT_SNV, meWith, userView } from '../fixtures.testing';
import { UsersPage } from './users-page';

const LIST = {
  items: [
    userView({
      grants: [
        { id: 'g1', role: 'unit_head', unitId: UNIT_SNV, unitName: 'Sở Nội vụ', createdAt: '2026-11-01T00:00:00.000Z', canRevoke: true },
      ],
    }),
    userView({
      id: '20000000-0000-4000-8000-000000000002',
      username: 'tranthib',
      fullName: 'Trần Thị B',
      isActive: false,
      lastLoginAt: null,
    }),
  ],
  total: 2,
};

function render(permissions: Parameters<typeof meWith>[0]) {
  const calls = fakeFetch({
    'GET /api/auth/me': { body: meWith(permissions) },
    'GET /api/users': { body: LIST },
    'GET /api/units': { body: UNITS },
  });
  renderPage(<UsersPage />, { route: paths.users, namespaces: { users: usersStrings } });
  return calls;
}

describe('UsersPage', () => {
  it('lists accounts with their roles, unit, status and last sign-in in Vietnam time', async () => {
    const calls = render(['user.read', 'user.create']);
    const row = (await screen.findByText('nguyenvana')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Nguyễn Văn A')).toBeTruthy();
    expect(within(row).getByText('Thủ trưởng đơn vị — Sở Nội vụ')).toBeTruthy();
    expect(within(row).getByText('Đang hoạt động')).toBeTruthy();
    // 03:04:05 UTC is 10:04 in Vietnam.
    expect(within(row).getByText('24/11/2026 10:04')).toBeTruthy();
    const other = screen.getByText('tranthib').closest('tr') as HTMLElement;
    expect(within(other).getByText('Ngừng hoạt động')).toBeTruthy();
    expect(within(other).getByText('Chưa đăng nhập')).toBeTruthy();
    expect(screen.getByText('Tổng 2 tài khoản')).toBeTruthy();
    expect(calls.find((c) => c.url.startsWith('/api/users'))?.url).toBe('/api/users?limit=20&offset=0');
  });

  it('shows "Thêm người dùng" to holders of user.create', async () => {
    render(['user.read', 'user.create']);
    expect(await screen.findByRole('button', { name: 'Thêm người dùng' })).toBeTruthy();
  });

  it('hides "Thêm người dùng" without user.create', async () => {
    render(['user.read']);
    await screen.findByText('nguyenvana');
    expect(screen.queryByRole('button', { name: 'Thêm người dùng' })).toBeNull();
  });

  it('sends the filters from the address to the API', async () => {
    const calls = fakeFetch({
      'GET /api/auth/me': { body: meWith(['user.read']) },
      'GET /api/users': { body: LIST },
      'GET /api/units': { body: UNITS },
    });
    renderPage(<UsersPage />, {
      route: `${paths.users}?q=nguyen&unitId=${UNIT_SNV}&role=unit_head&inactive=true&page=2`,
      namespaces: { users: usersStrings },
    });
    await waitFor(() => expect(calls.some((c) => c.url.startsWith('/api/users'))).toBe(true));
    const url = new URL(calls.find((c) => c.url.startsWith('/api/users'))?.url ?? '', 'http://x');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: 'nguyen',
      unitId: UNIT_SNV,
      includeSubunits: 'true',
      role: 'unit_head',
      includeInactive: 'true',
      limit: '20',
      offset: '20',
    });
  });

  it('creates an account from the dialog, sending only the filled fields', async () => {
    const post: FakeRoutes[string] = (body) => {
      const b = body as { username: string };
      return b.username === 'da.co'
        ? {
            status: 409,
            body: {
              error: {
                code: 'USER_USERNAME_EXISTS',
                message: 'Tên đăng nhập "da.co" đã được dùng',
                issues: [{ path: 'body.username', message: 'Tên đăng nhập đã tồn tại' }],
              },
            },
          }
        : { status: 201, body: userView({ username: b.username }) };
    };
    const calls = fakeFetch({
      'GET /api/auth/me': { body: meWith(['user.read', 'user.create']) },
      'GET /api/users': { body: LIST },
      'GET /api/units': { body: UNITS },
      'GET /api/roles': { body: { roles: [], permissions: [] } },
      'POST /api/users': post,
    });
    renderPage(<UsersPage />, { route: paths.users, namespaces: { users: usersStrings } });
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm người dùng' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Tên đăng nhập'), { target: { value: 'da.co' } });
    fireEvent.change(within(dialog).getByLabelText('Họ và tên'), { target: { value: '  Lê Văn C ' } });
    fireEvent.change(within(dialog).getByLabelText('Mật khẩu'), { target: { value: 'mot-mat-khau-dai' } });
    const unit = within(dialog).getByLabelText('Đơn vị');
    fireEvent.mouseDown(unit);
    fireEvent.change(unit, { target: { value: 'so noi' } });
    fireEvent.click(await screen.findByTitle('Sở Nội vụ'));
    fireEvent.click(within(dialog).getByRole('button', { name: /Lưu/ }));
    // The server's refusal lands on the username field and in the alert.
    expect(await within(dialog).findByText('Tên đăng nhập đã tồn tại')).toBeTruthy();
    expect(within(dialog).getByRole('alert').textContent).toContain('đã được dùng');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      username: 'da.co',
      fullName: 'Lê Văn C',
      unitId: UNIT_SNV,
      password: 'mot-mat-khau-dai',
    });
  });
});
