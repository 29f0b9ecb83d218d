import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MeResponse } from '@contracts/auth';
import type { TargetListResponse, TargetView } from '@contracts/targets';
import type { UnitListItem } from '@contracts/units';
import { fakeFetch, renderPage } from '@web/testing/render';
import { paths } from '@web/config/paths';
import { targetsStrings } from '../locales';
import { TargetsPage } from './targets-page';

const PROVINCE = '10000000-0000-4000-8000-000000000001';
const DEPT = '10000000-0000-4000-8000-000000000002';
const ME: MeResponse = {
  user: { id: 'u1', username: 'admin', fullName: 'Quản trị', unitId: PROVINCE, unitName: 'Tỉnh Đắk Lắk' },
  grants: [{ id: 'g1', role: 'system_admin', unitId: PROVINCE, unitName: 'Tỉnh Đắk Lắk' }],
  permissions: ['unit.read', 'report.read', 'target.manage', 'setting.manage'],
  csrfToken: 'csrf',
};

const target = (o: Partial<TargetView>): TargetView => ({
  id: 't0',
  key: 'dossier.on_time_rate',
  unitId: null,
  unitName: null,
  value: 95,
  measure: 'percent',
  validFrom: '2025-01-01',
  validTo: null,
  source: 'Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh',
  note: 'Giá trị khởi tạo',
  updatedAt: '2026-11-25T00:00:00.000Z',
  abilities: ['target.manage'],
  ...o,
});
const LIST: TargetListResponse = {
  items: [
    target({}),
    target({
      id: 't1',
      key: 'sipas.satisfaction',
      value: 80,
      validFrom: '2021-01-01',
      validTo: '2030-12-31',
      source: 'Nghị quyết 76/NQ-CP',
      note: null,
    }),
    target({
      id: 't2',
      unitId: DEPT,
      unitName: 'Sở Tư pháp',
      value: 90,
      validFrom: '2020-01-01',
      validTo: '2020-12-31',
      source: 'QĐ của Sở',
      abilities: [],
    }),
  ],
  provinceAbilities: ['target.manage'],
};
const unit = (id: string, name: string, abilities: UnitListItem['abilities']): UnitListItem => ({
  id,
  code: id.slice(-2),
  name,
  nameEn: null,
  shortName: null,
  kind: 'department',
  parentId: PROVINCE,
  parentName: null,
  validFrom: '2025-07-01',
  validTo: null,
  legalRef: null,
  address: null,
  status: 'active',
  childCount: 0,
  abilities,
});

function render(routes: Parameters<typeof fakeFetch>[0] = {}) {
  const calls = fakeFetch({
    'GET /api/auth/me': { body: ME },
    'GET /api/targets': { body: LIST },
    'GET /api/units': {
      body: {
        asOf: '2026-11-25',
        items: [unit(DEPT, 'Sở Tư pháp', ['unit.read', 'target.manage']), unit('x', 'Sở chỉ xem', ['unit.read'])],
        total: 2,
      },
    },
    ...routes,
  });
  renderPage(<TargetsPage />, { route: paths.targets, namespaces: { targets: targetsStrings } });
  return calls;
}
const rowOf = (text: string) => screen.getByText(text).closest('tr') as HTMLElement;

describe('TargetsPage', () => {
  it('lists versions with scope, value, period, status and source; actions follow each row’s abilities', async () => {
    render();
    const seeded = (await screen.findByText('Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh')).closest('tr') as HTMLElement;
    expect(within(seeded).getByText('Tỉ lệ đúng hạn')).toBeTruthy();
    expect(within(seeded).getByText('Toàn tỉnh')).toBeTruthy();
    expect(within(seeded).getByText('95%')).toBeTruthy();
    expect(within(seeded).getByText('Từ 01/01/2025, không thời hạn')).toBeTruthy();
    expect(within(seeded).getByText('Đang áp dụng')).toBeTruthy();
    expect(within(seeded).getByRole('button', { name: 'Sửa: Tỉ lệ đúng hạn Toàn tỉnh 01/01/2025' })).toBeTruthy();
    expect(within(rowOf('Nghị quyết 76/NQ-CP')).getByText('01/01/2021 – 31/12/2030')).toBeTruthy();
    const dept = rowOf('QĐ của Sở');
    expect(within(dept).getByText('Hết hiệu lực')).toBeTruthy();
    expect(within(dept).queryByRole('button')).toBeNull();
  });

  it('offers adding and editing to the reform secretariat, who holds target.manage but not setting.manage', async () => {
    const secretariat: MeResponse = {
      ...ME,
      grants: [{ id: 'g2', role: 'secretariat', unitId: PROVINCE, unitName: 'Tỉnh Đắk Lắk' }],
      permissions: ['unit.read', 'report.read', 'target.manage'],
    };
    render({ 'GET /api/auth/me': { body: secretariat } });
    expect(await screen.findByRole('button', { name: 'Thêm phiên bản' })).toBeTruthy();
    expect(within(rowOf('Nghị quyết 76/NQ-CP')).getByRole('button', { name: /^Sửa: / })).toBeTruthy();
  });

  it('offers no add button and no row actions to a caller without target.manage', async () => {
    const reader: MeResponse = {
      ...ME,
      grants: [{ id: 'g3', role: 'leader', unitId: PROVINCE, unitName: 'Tỉnh Đắk Lắk' }],
      permissions: ['unit.read', 'report.read'],
    };
    const readOnly = { items: LIST.items.map((i) => ({ ...i, abilities: [] })), provinceAbilities: [] };
    render({ 'GET /api/auth/me': { body: reader }, 'GET /api/targets': { body: readOnly } });
    await screen.findByText('Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh');
    expect(screen.queryByRole('button', { name: 'Thêm phiên bản' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Sửa: / })).toBeNull();
  });

  it('adds a unit version from the form and sends the chosen scope, value, period and source', async () => {
    const calls = render({ 'POST /api/targets': (body) => ({ status: 201, body: target({ id: 'new', ...(body as object) }) }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm phiên bản' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByLabelText('Phạm vi áp dụng'));
    fireEvent.click(await screen.findByTitle('Sở Tư pháp'));
    expect(screen.queryByTitle('Sở chỉ xem')).toBeNull();
    fireEvent.change(within(dialog).getByLabelText('Mức chỉ tiêu'), { target: { value: '97' } });
    fireEvent.change(within(dialog).getByLabelText('Nguồn: kế hoạch, quyết định đặt chỉ tiêu'), {
      target: { value: 'Kế hoạch số 12/KH-UBND' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url === '/api/targets')).toBe(true));
    const post = calls.find((c) => c.method === 'POST');
    const nextYear = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear() + 1;
    expect(post?.body).toEqual({
      key: 'dossier.on_time_rate',
      unitId: DEPT,
      value: 97,
      validFrom: `${nextYear}-01-01`,
      validTo: null,
      source: 'Kế hoạch số 12/KH-UBND',
      note: null,
    });
    expect(post?.headers['x-csrf-token']).toBeDefined();
  });

  it('shows the server’s overlap refusal on the form', async () => {
    render({
      'POST /api/targets': {
        status: 409,
        body: {
          error: {
            code: 'TARGET_PERIOD_CONFLICT',
            message: 'Trùng thời gian với phiên bản 95 từ 01/01/2025 không thời hạn / overlaps',
            issues: [{ path: 'body.validFrom', message: 'Trùng với phiên bản từ 01/01/2025 không thời hạn / overlaps' }],
          },
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm phiên bản' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Mức chỉ tiêu'), { target: { value: '97' } });
    fireEvent.change(within(dialog).getByLabelText('Nguồn: kế hoạch, quyết định đặt chỉ tiêu'), { target: { value: 'KH thử' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Trùng với phiên bản từ 01/01/2025 không thời hạn')).toBeTruthy();
    expect(within(dialog).getByRole('alert').textContent).toContain('Trùng thời gian với phiên bản 95');
  });

  it('edits a version (closing it) with a PATCH of the changed fields only', async () => {
    const calls = render({ 'PATCH /api/targets/t0': (body) => ({ body: target({ ...(body as object) }) }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa: Tỉ lệ đúng hạn Toàn tỉnh 01/01/2025' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Sửa phiên bản chỉ tiêu')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Mức chỉ tiêu'), { target: { value: '96' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({
      value: 96,
      validFrom: '2025-01-01',
      validTo: null,
      source: 'Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh',
      note: 'Giá trị khởi tạo',
    });
  });

  it('filters by key and has the same strings in both languages', async () => {
    const calls = render();
    fireEvent.mouseDown(await screen.findByLabelText('Lọc theo chỉ tiêu'));
    fireEvent.click(await screen.findByTitle('Mức độ hài lòng (SIPAS)'));
    await waitFor(() => expect(calls.some((c) => c.url === '/api/targets?key=sipas.satisfaction')).toBe(true));
    const shape = (o: unknown): unknown =>
      o && typeof o === 'object' ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, shape(v)])) : typeof o;
    expect(shape(targetsStrings.en)).toEqual(shape(targetsStrings.vi));
  });
});
