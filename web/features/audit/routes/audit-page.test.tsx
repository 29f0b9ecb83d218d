import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeFetch, renderPage } from '@web/testing/render';
import { paths } from '@web/config/paths';
import { auditStrings } from '../locales';
import { AuditPage } from './audit-page';

const ME = {
  user: {
    id: '00000000-0000-4000-8000-000000000001',
    username: 'admin',
    fullName: 'Quản trị viên',
    unitId: 'u1',
    unitName: 'Tỉnh Đắk Lắk',
  },
  grants: [],
  permissions: ['user.read', 'audit.read'],
  csrfToken: 'csrf',
};
const ADMIN_ACCOUNT = {
  id: ME.user.id,
  username: 'admin',
  fullName: 'Quản trị viên',
  email: null,
  phone: null,
  title: null,
  unitId: 'u1',
  unitName: 'Tỉnh Đắk Lắk',
  isActive: true,
  lockedUntil: null,
  lastLoginAt: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  grants: [],
  abilities: [],
};
const USER_ID = '20000000-0000-4000-8000-000000000001';
const ENTRY = {
  id: 7,
  at: '2026-11-25T02:03:04.000Z',
  actorId: ME.user.id,
  actorUsername: 'admin',
  action: 'user.update',
  entityType: 'user',
  entityId: USER_ID,
  unitId: 'u1',
  unitName: 'Sở Nội vụ',
  before: { fullName: 'Nguyễn Văn A', email: 'a@example.vn' },
  after: { fullName: 'Nguyễn Văn Anh', email: 'a@example.vn' },
  requestId: 'req-1',
};
const GRANT = { ...ENTRY, id: 6, action: 'user.grantRole', before: null, after: { role: 'unit_head', unitName: 'Sở Nội vụ' } };
const CUSTOM = { ...ENTRY, id: 5, action: 'plan.somethingNew', before: null, after: null };

function render(route: string) {
  const calls = fakeFetch({
    'GET /api/auth/me': { body: ME },
    'GET /api/audit': { body: { items: [ENTRY, GRANT, CUSTOM], total: 3 } },
    'GET /api/audit/entity-types': { body: { items: ['unit', 'user'] } },
    'GET /api/users': { body: { items: [], total: 0 } },
    [`GET /api/users/${ME.user.id}`]: { body: ADMIN_ACCOUNT },
  });
  renderPage(<AuditPage />, { route, namespaces: { audit: auditStrings } });
  return calls;
}

const auditCalls = (calls: ReturnType<typeof fakeFetch>) => calls.filter((c) => c.url.startsWith('/api/audit?'));
const queryOf = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams);

describe('AuditPage', () => {
  it('lists entries in Vietnam time with Vietnamese action labels, raw codes for unknown ones', async () => {
    render(paths.audit);
    const row = (await screen.findByText('Sửa người dùng')).closest('tr') as HTMLElement;
    // 02:03:04 UTC is 09:03:04 in Vietnam.
    expect(within(row).getByText('25/11/2026 09:03:04')).toBeTruthy();
    expect(within(row).getByText('admin')).toBeTruthy();
    expect(within(row).getByText('Sở Nội vụ')).toBeTruthy();
    expect(screen.getByText('Cấp vai trò')).toBeTruthy();
    expect(screen.getByText('plan.somethingNew')).toBeTruthy();
    expect(screen.getByText('Tổng 3 mục')).toBeTruthy();
  });

  it('sends the filters of the address in the request query', async () => {
    const calls = render(
      `${paths.audit}?actorId=${ME.user.id}&entityType=user&entityId=${USER_ID}&action=user.grantRole&from=2026-11-01&to=2026-11-25&page=2`,
    );
    await waitFor(() => expect(auditCalls(calls).length).toBeGreaterThan(0));
    expect(queryOf(auditCalls(calls)[0]?.url ?? '')).toEqual({
      actorId: ME.user.id,
      entityType: 'user',
      entityId: USER_ID,
      action: 'user.grantRole',
      from: '2026-11-01',
      to: '2026-11-25',
      limit: '20',
      offset: '20',
    });
    // The filter controls show what the address asked for.
    expect(await screen.findByTitle('Quản trị viên (admin)')).toBeTruthy();
    expect((screen.getByLabelText('Mã đối tượng') as HTMLInputElement).value).toBe(USER_ID);
    expect((screen.getByLabelText('Khoảng ngày') as HTMLInputElement).value).toBe('01/11/2026');
  });

  it('a filter typed on the page goes into the next request and back to page 1', async () => {
    const calls = render(`${paths.audit}?page=3`);
    await waitFor(() => expect(auditCalls(calls).length).toBe(1));
    const input = screen.getByLabelText('Mã đối tượng');
    fireEvent.change(input, { target: { value: USER_ID } });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(auditCalls(calls).length).toBe(2));
    expect(queryOf(auditCalls(calls)[1]?.url ?? '')).toEqual({ entityId: USER_ID, limit: '20', offset: '0' });
  });

  it('expands an entry into a field-by-field diff with the changed field highlighted', async () => {
    render(paths.audit);
    const row = (await screen.findByText('Sửa người dùng')).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: /mở rộng|expand/i }));
    const diff = await screen.findByTestId('audit-diff');
    const changed = within(diff).getAllByTestId('diff-changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]?.getAttribute('data-field')).toBe('fullName');
    expect(within(changed[0] as HTMLElement).getByText('Họ và tên')).toBeTruthy();
    expect(within(changed[0] as HTMLElement).getByText('(Đã đổi)')).toBeTruthy();
    expect(within(changed[0] as HTMLElement).getByText('Nguyễn Văn A')).toBeTruthy();
    expect(within(changed[0] as HTMLElement).getByText('Nguyễn Văn Anh')).toBeTruthy();
    const same = within(diff).getByTestId('diff-same');
    expect(same.getAttribute('data-field')).toBe('email');
    expect(same.getAttribute('style')).toBeNull();
  });
});
