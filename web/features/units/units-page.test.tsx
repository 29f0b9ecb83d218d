import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { Route, Routes } from 'react-router-dom';
import type { UnitDetail, UnitListItem } from '@contracts/units';
import type { Permission } from '@core/access/permissions';
import { paths } from '@web/config/paths';
import { fakeFetch, renderPage, type FakeRoutes } from '@web/testing/render';
import { unitsStrings } from './i18n';
import { UnitsPage } from './routes/units-page';

const PROVINCE = '11111111-1111-4111-8111-111111111111';
const STP = '22222222-2222-4222-8222-222222222222';
const DISTRICT = '33333333-3333-4333-8333-333333333333';
const OLD_PROVINCE = '44444444-4444-4444-8444-444444444444';

const ME = {
  user: { id: 'u1', username: 'admin', fullName: 'Quản trị', unitId: PROVINCE, unitName: 'Tỉnh Đắk Lắk' },
  grants: [],
  permissions: ['unit.read', 'unit.create', 'unit.update', 'unit.close'],
  csrfToken: 'csrf',
};

function item(over: Partial<UnitListItem> & Pick<UnitListItem, 'id' | 'code' | 'name' | 'kind'>): UnitListItem {
  return {
    nameEn: null,
    shortName: null,
    parentId: null,
    parentName: null,
    validFrom: '2025-07-01',
    validTo: null,
    legalRef: null,
    address: null,
    status: 'active',
    childCount: 0,
    abilities: ['unit.read'],
    ...over,
  };
}

const LIST = {
  asOf: '2026-01-15',
  total: 3,
  items: [
    item({ id: PROVINCE, code: '66', name: 'Tỉnh Đắk Lắk', kind: 'province', childCount: 1 }),
    item({ id: STP, code: '66.STP', name: 'Sở Tư pháp', kind: 'department', parentId: PROVINCE, parentName: 'Tỉnh Đắk Lắk' }),
    // Its parent (the former province) is not in the list, so it is a root.
    item({
      id: DISTRICT,
      code: '643',
      name: 'Thành phố Buôn Ma Thuột',
      kind: 'district',
      parentId: OLD_PROVINCE,
      validFrom: '2004-01-01',
      validTo: '2025-06-30',
      status: 'closed',
    }),
  ],
};

function detail(abilities: Permission[]): UnitDetail {
  return {
    ...item({ id: STP, code: '66.STP', name: 'Sở Tư pháp', kind: 'department', parentId: PROVINCE, parentName: 'Tỉnh Đắk Lắk', abilities }),
    closingLegalRef: null,
    closingNote: null,
    createdAt: '2025-07-01T00:00:00Z',
    updatedAt: '2025-07-01T00:00:00Z',
    parent: { id: PROVINCE, code: '66', name: 'Tỉnh Đắk Lắk', kind: 'province', validFrom: '2025-07-01', validTo: null, status: 'active' },
    children: [],
    predecessors: [],
    successors: [],
  };
}

function routes(extra: FakeRoutes = {}): FakeRoutes {
  return {
    'GET /api/auth/me': { body: ME },
    'GET /api/units': { body: LIST },
    [`GET /api/units/${STP}/history`]: { body: { units: [], links: [] } },
    ...extra,
  };
}

function renderUnits(route: string) {
  return renderPage(
    <App>
      <Routes>
        <Route path={paths.units} element={<UnitsPage />} />
        <Route path={paths.unit()} element={<UnitsPage />} />
      </Routes>
    </App>,
    { route, namespaces: { units: unitsStrings } },
  );
}

const indentOf = (el: HTMLElement) => el.querySelectorAll('.ant-tree-indent-unit').length;

describe('UnitsPage tree', () => {
  it('builds the tree from the flat list: children under their parent, orphans as roots', async () => {
    const calls = fakeFetch(routes());
    renderUnits(paths.units);
    const province = await screen.findByTestId('unit-node-66');
    const stp = await screen.findByTestId('unit-node-66.STP');
    const district = screen.getByTestId('unit-node-643');
    expect(indentOf(province)).toBe(0);
    expect(indentOf(district)).toBe(0);
    expect(indentOf(stp)).toBe(1);
    expect(province.getAttribute('aria-expanded')).toBe('true');
    expect(within(district).getByText('Huyện (lịch sử)')).toBeTruthy();
    expect(within(district).getByText('Đã giải thể')).toBeTruthy();
    expect(screen.getByTestId('units-counts').textContent).toContain('3 đơn vị');
    expect(calls.some((c) => c.method === 'GET' && c.url === '/api/units')).toBe(true);
  });

  it('sends the search, history switch and date to the server', async () => {
    const calls = fakeFetch(routes());
    renderUnits(`${paths.units}?q=tu%20phap&closed=1&asOf=2025-06-01`);
    await screen.findByTestId('unit-node-66');
    const list = calls.find((c) => c.url.startsWith('/api/units?'));
    expect(list?.url).toContain('q=tu+phap');
    expect(list?.url).toContain('includeClosed=true');
    expect(list?.url).toContain('asOf=2025-06-01');
  });
});

describe('UnitsPage actions', () => {
  it('shows no action when the unit grants only unit.read', async () => {
    fakeFetch(routes({ [`GET /api/units/${STP}`]: { body: detail(['unit.read']) } }));
    renderUnits(paths.unit(STP));
    expect(await screen.findByRole('heading', { name: 'Sở Tư pháp' })).toBeTruthy();
    expect(screen.queryByTestId('unit-action-create')).toBeNull();
    expect(screen.queryByTestId('unit-action-edit')).toBeNull();
    expect(screen.queryByTestId('unit-action-close')).toBeNull();
    expect(screen.queryByText('Thêm đơn vị trực thuộc')).toBeNull();
  });

  it('shows exactly the actions the abilities allow', async () => {
    fakeFetch(routes({ [`GET /api/units/${STP}`]: { body: detail(['unit.read', 'unit.update']) } }));
    renderUnits(paths.unit(STP));
    expect(await screen.findByRole('button', { name: 'Sửa' })).toBeTruthy();
    expect(screen.queryByTestId('unit-action-create')).toBeNull();
    expect(screen.queryByTestId('unit-action-close')).toBeNull();
  });

  it('shows create, edit and close when all are allowed', async () => {
    fakeFetch(routes({ [`GET /api/units/${STP}`]: { body: detail(['unit.read', 'unit.create', 'unit.update', 'unit.close']) } }));
    renderUnits(paths.unit(STP));
    expect(await screen.findByRole('button', { name: 'Thêm đơn vị trực thuộc' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sửa' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Đóng đơn vị' })).toBeTruthy();
  });
});

describe('CreateUnitDialog', () => {
  const CONFLICT = {
    status: 409,
    body: {
      error: {
        code: 'UNIT_CODE_EXISTS',
        message: 'Mã "66.STP.VP" đang được dùng cho "Văn phòng Sở" trong cùng thời gian / code already used by another unit in effect',
        issues: [{ path: 'body.code', message: 'Mã đã tồn tại / code already exists' }],
      },
    },
  };

  it('posts the new unit under its parent and shows the 409 UNIT_CODE_EXISTS message', async () => {
    const calls = fakeFetch(
      routes({ [`GET /api/units/${STP}`]: { body: detail(['unit.read', 'unit.create']) }, 'POST /api/units': CONFLICT }),
    );
    renderUnits(paths.unit(STP));
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm đơn vị trực thuộc' }));
    fireEvent.change(await screen.findByLabelText('Mã đơn vị'), { target: { value: ' 66.STP.VP ' } });
    fireEvent.change(screen.getByLabelText('Tên đơn vị'), { target: { value: 'Văn phòng Sở' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('đang được dùng cho "Văn phòng Sở"'));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe('/api/units');
    expect(post?.body).toEqual({ parentId: STP, code: '66.STP.VP', name: 'Văn phòng Sở', kind: 'department' });
    expect(post?.headers['x-csrf-token']).toBeDefined();
    // The field issue sits under the code input, in Vietnamese only.
    expect(await screen.findByText('Mã đã tồn tại')).toBeTruthy();
    expect(screen.queryByText(/code already exists/)).toBeNull();
  });

  it('asks for code and name before calling the server', async () => {
    const calls = fakeFetch(routes({ [`GET /api/units/${STP}`]: { body: detail(['unit.read', 'unit.create']) } }));
    renderUnits(paths.unit(STP));
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm đơn vị trực thuộc' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Vui lòng nhập mã đơn vị')).toBeTruthy();
    expect(await screen.findByText('Vui lòng nhập tên đơn vị')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('offers only the kinds allowed under the parent', async () => {
    fakeFetch(routes({ [`GET /api/units/${STP}`]: { body: detail(['unit.read', 'unit.create']) } }));
    renderUnits(paths.unit(STP));
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm đơn vị trực thuộc' }));
    const kind = await screen.findByLabelText('Loại đơn vị');
    fireEvent.mouseDown(kind);
    // The visible option rows (the listbox's role=option items carry the raw values for screen readers).
    await waitFor(() => {
      const labels = [...document.querySelectorAll('.ant-select-item-option-content')].map((o) => o.textContent);
      expect(labels).toEqual(['Sở/ban/ngành', 'Trung tâm PVHCC']);
    });
  });
});

describe('EditUnitDialog and CloseUnitDialog', () => {
  it('sends only the changed fields', async () => {
    const saved = { ...detail(['unit.read', 'unit.update']), name: 'Sở Tư pháp tỉnh' };
    const calls = fakeFetch(
      routes({ [`GET /api/units/${STP}`]: { body: detail(['unit.read', 'unit.update']) }, [`PATCH /api/units/${STP}`]: { body: saved } }),
    );
    renderUnits(paths.unit(STP));
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa' }));
    fireEvent.change(await screen.findByLabelText('Tên đơn vị'), { target: { value: 'Sở Tư pháp tỉnh' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ name: 'Sở Tư pháp tỉnh' }));
  });

  it('lists the open children that block closing', async () => {
    const calls = fakeFetch(
      routes({
        [`GET /api/units/${STP}`]: { body: detail(['unit.read', 'unit.close']) },
        [`POST /api/units/${STP}/close`]: {
          status: 409,
          body: {
            error: {
              code: 'UNIT_HAS_OPEN_CHILDREN',
              message: 'Còn 1 đơn vị cấp dưới đang hoạt động; hãy giải thể hoặc chuyển chúng trước / close or move the open children first',
              issues: [{ path: 'children', message: 'Văn phòng Sở (66.STP.VP)' }],
            },
          },
        },
      }),
    );
    renderUnits(paths.unit(STP));
    fireEvent.click(await screen.findByRole('button', { name: 'Đóng đơn vị' }));
    fireEvent.click(await screen.findByTestId('unit-form-submit'));
    const alert = await screen.findByTestId('unit-open-children');
    expect(within(alert).getByText('Văn phòng Sở (66.STP.VP)')).toBeTruthy();
    expect(alert.textContent).toContain('Còn 1 đơn vị cấp dưới đang hoạt động');
    expect(alert.textContent).not.toContain('children:');
    const body = calls.find((c) => c.method === 'POST')?.body as { validTo: string };
    expect(body.validTo).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.keys(body)).toEqual(['validTo']);
  });
});
