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
  actorName: 'Quản trị viên',
  action: 'user.update',
  entityType: 'user',
  entityId: USER_ID,
  entityLabel: 'Nguyễn Văn Anh (anhnv)',
  unitId: 'u1',
  unitName: 'Sở Nội vụ',
  before: { fullName: 'Nguyễn Văn A', email: 'a@example.vn' },
  after: { fullName: 'Nguyễn Văn Anh', email: 'a@example.vn' },
  requestId: 'req-1',
};
const GRANT = { ...ENTRY, id: 6, action: 'user.grantRole', before: null, after: { role: 'unit_head', unitName: 'Sở Nội vụ' } };
const CUSTOM = { ...ENTRY, id: 5, action: 'plan.somethingNew', entityLabel: null, before: null, after: null };
const DOSSIER_ID = '30000000-0000-4000-8000-000000000001';
const PROCEDURE_ID = '40000000-0000-4000-8000-000000000001';
const UNIT_ID = '50000000-0000-4000-8000-000000000001';
const ORPHAN_ID = '60000000-0000-4000-8000-000000000001';
const RECEIVED = {
  ...ENTRY,
  id: 4,
  action: 'dossier.receive',
  entityType: 'dossier',
  entityId: DOSSIER_ID,
  entityLabel: '000.00.01.H12-261125-0001',
  before: null,
  after: { procedureId: PROCEDURE_ID, currentUnitId: UNIT_ID, handlerId: ORPHAN_ID },
  names: { [PROCEDURE_ID]: '1.005137 – Xác nhận có quốc tịch Việt Nam', [UNIT_ID]: 'Sở Tư pháp' },
};

function render(route: string) {
  const calls = fakeFetch({
    'GET /api/auth/me': { body: ME },
    'GET /api/audit': { body: { items: [ENTRY, GRANT, CUSTOM, RECEIVED], total: 4 } },
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
  it('lists entries in Vietnam time with Vietnamese action words and objects by code or name, raw codes for unknown ones', async () => {
    render(paths.audit);
    const row = (await screen.findByText('Sửa người dùng')).closest('tr') as HTMLElement;
    // 02:03:04 UTC is 09:03:04 in Vietnam.
    expect(within(row).getByText('25/11/2026 09:03:04')).toBeTruthy();
    expect(within(row).getByText('Quản trị viên (admin)')).toBeTruthy();
    expect(within(row).getByText('Sở Nội vụ')).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'Nguyễn Văn Anh (anhnv)' }).getAttribute('href')).toBe(paths.user(USER_ID));
    const received = (screen.getByText('Tiếp nhận tại quầy').closest('tr') as HTMLElement) ?? document.body;
    expect(within(received).getByRole('link', { name: '000.00.01.H12-261125-0001' }).getAttribute('href')).toBe(paths.dossier(DOSSIER_ID));
    expect(within(received).getByText(/Hồ sơ/)).toBeTruthy();
    expect(screen.getByText('Cấp vai trò')).toBeTruthy();
    expect(screen.getByText('plan.somethingNew')).toBeTruthy();
    // An entry without a label (written before labels, of an unknown kind) falls back to its shortened id.
    expect(screen.getByText('20000000…')).toBeTruthy();
    expect(document.body.textContent).not.toContain(DOSSIER_ID);
    expect(screen.getByText('Tổng 4 mục')).toBeTruthy();
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
    // The object filtered by is named, not shown by its id, and its filter can be removed.
    expect((await screen.findByTestId('audit-entity')).textContent).toBe('Đối tượng: Nguyễn Văn Anh (anhnv)');
    fireEvent.click(screen.getByLabelText('Bỏ lọc theo đối tượng Nguyễn Văn Anh (anhnv)'));
    await waitFor(() => expect(queryOf(auditCalls(calls).at(-1)?.url ?? '').entityId).toBeUndefined());
    expect((screen.getByLabelText('Khoảng ngày') as HTMLInputElement).value).toBe('01/11/2026');
  });

  it('words typed in the search go into the next request and back to page 1', async () => {
    const calls = render(`${paths.audit}?page=3`);
    await waitFor(() => expect(auditCalls(calls).length).toBe(1));
    const input = screen.getByLabelText('Tìm kiếm');
    fireEvent.change(input, { target: { value: 'tiep nhan H12' } });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(auditCalls(calls).length).toBe(2));
    expect(queryOf(auditCalls(calls)[1]?.url ?? '')).toEqual({ q: 'tiep nhan H12', limit: '20', offset: '0' });
  });

  it('filters by the object of a row, named by its label', async () => {
    const calls = render(paths.audit);
    const row = (await screen.findByText('Tiếp nhận tại quầy')).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: 'Lọc theo đối tượng này: 000.00.01.H12-261125-0001' }));
    await waitFor(() =>
      expect(queryOf(auditCalls(calls).at(-1)?.url ?? '')).toMatchObject({ entityType: 'dossier', entityId: DOSSIER_ID }),
    );
    expect((await screen.findByTestId('audit-entity')).textContent).toBe('Đối tượng: 000.00.01.H12-261125-0001');
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

  it('shows the objects a diff refers to by id by their names; an id with no name stays as recorded', async () => {
    render(paths.audit);
    const row = (await screen.findByText('Tiếp nhận tại quầy')).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: /mở rộng|expand/i }));
    const diff = await screen.findByTestId('audit-diff');
    expect(within(diff).getByText('1.005137 – Xác nhận có quốc tịch Việt Nam')).toBeTruthy();
    expect(within(diff).getByText('Sở Tư pháp')).toBeTruthy();
    expect(within(diff).queryByText(PROCEDURE_ID)).toBeNull();
    expect(within(diff).getByText(ORPHAN_ID)).toBeTruthy();
  });
});
