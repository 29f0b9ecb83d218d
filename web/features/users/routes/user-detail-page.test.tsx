import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { ROLE_LABELS } from '@contracts/users';
import { fakeFetch, renderPage, type FakeRoutes } from '@web/testing/render';
import { paths } from '@web/config/paths';
import { usersStrings } from '../locales';
import { UNITS, UNIT_PROVINCE, UNIT_SNV, meWith, userView } from '../fixtures.testing';
import { UserDetailPage } from './user-detail-page';

const USER = userView({
  grants: [
    { id: 'g-own', role: 'unit_officer', unitId: UNIT_SNV, unitName: 'Sở Nội vụ', createdAt: '2026-11-01T00:00:00.000Z', canRevoke: false },
    { id: 'g-rev', role: 'specialist', unitId: UNIT_SNV, unitName: 'Sở Nội vụ', createdAt: '2026-11-02T00:00:00.000Z', canRevoke: true },
  ],
});

const ROLES_ANSWER = {
  roles: (Object.keys(ROLE_LABELS) as Array<keyof typeof ROLE_LABELS>).map((role) => ({
    role,
    label: ROLE_LABELS[role],
    permissions: [],
    grantable: role !== 'system_admin',
  })),
  permissions: [],
};

function render(extra: FakeRoutes = {}, user = USER) {
  const calls = fakeFetch({
    'GET /api/auth/me': { body: meWith(['user.read', 'user.create', 'user.update', 'user.manageRoles', 'audit.read']) },
    [`GET /api/users/${user.id}`]: { body: user },
    'GET /api/units': { body: UNITS },
    'GET /api/roles': { body: ROLES_ANSWER },
    ...extra,
  });
  renderPage(
    <Routes>
      <Route path={paths.user()} element={<UserDetailPage />} />
    </Routes>,
    { route: paths.user(user.id), namespaces: { users: usersStrings } },
  );
  return calls;
}

/** Opens an antd select (or tree select) by its label and clicks the option with that text. */
async function pick(label: string, option: string) {
  const input = screen.getByLabelText(label);
  fireEvent.mouseDown(input);
  fireEvent.keyDown(input, { key: 'ArrowDown' });
  const matches = await screen.findAllByTitle(option);
  const last = matches[matches.length - 1] as HTMLElement;
  fireEvent.click(last);
}

describe('UserDetailPage', () => {
  it('shows the profile and a link to the audit log filtered by this account', async () => {
    render();
    expect(await screen.findByRole('heading', { name: 'Nguyễn Văn A' })).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Xem nhật ký' });
    expect(link.getAttribute('href')).toBe(`${paths.audit}?entityType=user&entityId=${USER.id}`);
  });

  it('offers "Thu hồi" only on grants the caller may revoke', async () => {
    render();
    const table = await screen.findByTestId('grants-table');
    const own = within(table).getByText('Cán bộ đơn vị').closest('tr') as HTMLElement;
    const other = within(table).getByText('Chuyên viên xử lý').closest('tr') as HTMLElement;
    expect(within(own).queryByRole('button', { name: 'Thu hồi' })).toBeNull();
    expect(within(other).getByRole('button', { name: 'Thu hồi' })).toBeTruthy();
  });

  it('hides edit and grant actions when the account carries no such abilities', async () => {
    render({}, { ...USER, abilities: ['user.read'], grants: USER.grants.map((g) => ({ ...g, canRevoke: false })) });
    await screen.findByRole('heading', { name: 'Nguyễn Văn A' });
    expect(screen.queryByRole('button', { name: 'Cấp vai trò' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sửa thông tin' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ngừng hoạt động' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Thu hồi' })).toBeNull();
  });

  it('grants a role: posts { role, unitId } and shows the answer', async () => {
    const granted = userView({
      grants: [
        ...USER.grants,
        {
          id: 'g-new',
          role: 'unit_head',
          unitId: UNIT_PROVINCE,
          unitName: 'Tỉnh Đắk Lắk',
          createdAt: '2026-11-25T00:00:00.000Z',
          canRevoke: true,
        },
      ],
    });
    const calls = render({ [`POST /api/users/${USER.id}/grants`]: { status: 201, body: granted } });
    fireEvent.click(await screen.findByRole('button', { name: 'Cấp vai trò' }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(calls.some((c) => c.url.startsWith('/api/roles?unitId='))).toBe(true));
    await pick('Vai trò', 'Thủ trưởng đơn vị');
    await pick('Đơn vị', 'Tỉnh Đắk Lắk');
    fireEvent.click(within(dialog).getByRole('button', { name: /Lưu/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe(`/api/users/${USER.id}/grants`);
    expect(post?.body).toEqual({ role: 'unit_head', unitId: UNIT_PROVINCE });
    expect(post?.headers['x-csrf-token']).toBeDefined();
    expect(await screen.findByText('Tỉnh Đắk Lắk', { selector: 'td' })).toBeTruthy();
  });

  it('shows the server refusal in the grant dialog', async () => {
    render({
      [`POST /api/users/${USER.id}/grants`]: {
        status: 409,
        body: {
          error: {
            code: 'GRANT_EXISTS',
            message: 'Người dùng đã có vai trò này trên đơn vị này',
            issues: [{ path: 'body.role', message: 'Vai trò đã được trao' }],
          },
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Cấp vai trò' }));
    const dialog = await screen.findByRole('dialog');
    await pick('Vai trò', 'Thủ trưởng đơn vị');
    fireEvent.click(within(dialog).getByRole('button', { name: /Lưu/ }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('đã có vai trò này');
    expect(await within(dialog).findByText('Vai trò đã được trao')).toBeTruthy();
  });
});
