import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Permission } from '@core/access/permissions';
import type { ProcedureDetail, ProcedureListItem } from '@contracts/procedures';
import { fakeFetch, renderPage } from '@web/testing/render';
import { paths } from '@web/config/paths';
import { proceduresStrings } from '../locales';
import { ProceduresPage } from './procedures-page';

const PROVINCE = '10000000-0000-4000-8000-000000000001';
const STP = '10000000-0000-4000-8000-000000000002';
const CENTRE = '10000000-0000-4000-8000-000000000003';

function me(permissions: Permission[]) {
  return {
    user: { id: '00000000-0000-4000-8000-000000000001', username: 'u', fullName: 'Người dùng', unitId: PROVINCE, unitName: 'Tỉnh Đắk Lắk' },
    grants: [{ id: 'g0', role: 'system_admin', unitId: PROVINCE, unitName: 'Tỉnh Đắk Lắk' }],
    permissions,
    csrfToken: 'csrf',
  };
}

function item(o: Partial<ProcedureListItem> = {}): ProcedureListItem {
  return {
    id: '20000000-0000-4000-8000-000000000001',
    nationalCode: '2.001417',
    name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
    sector: 'Lý lịch tư pháp',
    level: 'province',
    handlingUnitId: STP,
    handlingUnitCode: '66.STP',
    handlingUnitName: 'Sở Tư pháp',
    durationValue: 10,
    durationUnit: 'working_day',
    cutoff: null,
    feeText: '200.000 đồng/lần',
    feeAmount: 200000,
    onlineLevel: 'full',
    isInterAgency: false,
    paymentPausesClock: false,
    validFrom: '2026-01-01',
    validTo: null,
    status: 'active',
    documentCount: 2,
    stepCount: 2,
    abilities: ['dossier.read'],
    ...o,
  };
}

const KHAI_SINH = item({
  id: '20000000-0000-4000-8000-000000000002',
  nationalCode: '1.001023',
  name: 'Liên thông đăng ký khai sinh, thường trú, BHYT',
  sector: 'Hộ tịch',
  level: 'commune',
  handlingUnitId: PROVINCE,
  handlingUnitName: 'Tỉnh Đắk Lắk',
  durationValue: 4,
  durationUnit: 'working_hour',
  feeText: 'Miễn lệ phí',
  feeAmount: null,
  onlineLevel: 'partial',
  isInterAgency: true,
  paymentPausesClock: true,
});

// docs/DOMAIN.md §3.9: a same-day procedure (Decree 23/2015/NĐ-CP Art. 7) shows its cutoff in the list.
const CHUNG_THUC = item({
  id: '20000000-0000-4000-8000-000000000003',
  nationalCode: '2.000815',
  name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
  sector: 'Chứng thực',
  level: 'commune',
  handlingUnitId: PROVINCE,
  durationValue: 0,
  durationUnit: 'same_day',
  cutoff: '15:00',
});

const DETAIL: ProcedureDetail = {
  ...item({ abilities: ['dossier.read', 'procedure.manage'] }),
  resultText: 'Phiếu lý lịch tư pháp',
  legalBasis: 'Luật Lý lịch tư pháp năm 2009',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  documents: [
    { id: 'd1', position: 1, name: 'Tờ khai yêu cầu cấp Phiếu', form: 'original', quantity: 1, isRequired: true },
    { id: 'd2', position: 2, name: 'Căn cước công dân', form: 'copy', quantity: 1, isRequired: false },
  ],
  steps: [
    {
      id: 's1',
      position: 1,
      unitId: CENTRE,
      unitCode: '66.TTPVHCC',
      unitName: 'Trung tâm PVHCC',
      name: 'Tiếp nhận',
      timeShare: 0.05,
      atReceivingUnit: false,
    },
    {
      id: 's2',
      position: 2,
      unitId: STP,
      unitCode: '66.STP',
      unitName: 'Sở Tư pháp',
      name: 'Thẩm định',
      timeShare: 0.95,
      atReceivingUnit: false,
    },
  ],
  versions: [{ id: '20000000-0000-4000-8000-000000000001', validFrom: '2026-01-01', validTo: null }],
};

function render(permissions: Permission[], listAbilities: Permission[], route: string = paths.procedures) {
  const calls = fakeFetch({
    'GET /api/auth/me': { body: me(permissions) },
    'GET /api/procedures': { body: { asOf: '2026-03-02', items: [item(), KHAI_SINH, CHUNG_THUC], total: 3, abilities: listAbilities } },
    'GET /api/procedures/sectors': {
      body: {
        items: [
          { sector: 'Hộ tịch', count: 1 },
          { sector: 'Lý lịch tư pháp', count: 1 },
        ],
      },
    },
    [`GET /api/procedures/${DETAIL.id}`]: { body: DETAIL },
    'GET /api/units': { body: { asOf: '2026-03-02', items: [], total: 0 } },
  });
  renderPage(<ProceduresPage />, { route, namespaces: { procedures: proceduresStrings } });
  return calls;
}

describe('ProceduresPage', () => {
  it('lists procedures with code, duration in Vietnamese, fee, level and the online and inter-agency tags', async () => {
    render(['dossier.read'], ['dossier.read']);
    const row = (await screen.findByText('Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam')).closest('tr') as HTMLElement;
    expect(within(row).getByText('2.001417')).toBeTruthy();
    expect(within(row).getByText('10 ngày làm việc')).toBeTruthy();
    expect(within(row).getByText('Toàn trình')).toBeTruthy();
    expect(within(row).getByText('Sở Tư pháp')).toBeTruthy();
    expect(within(row).getByText('Cấp tỉnh')).toBeTruthy();
    expect(within(row).getByText(/200\.000/)).toBeTruthy();
    const commune = screen.getByText('Liên thông đăng ký khai sinh, thường trú, BHYT').closest('tr') as HTMLElement;
    expect(within(commune).getByText('4 giờ làm việc')).toBeTruthy();
    expect(within(commune).getByText('Một phần')).toBeTruthy();
    expect(within(commune).getByText('Liên thông')).toBeTruthy();
    expect(within(commune).getByText('Xã tiếp nhận hồ sơ')).toBeTruthy();
    const sameDay = screen.getByText('Chứng thực bản sao từ bản chính giấy tờ, văn bản').closest('tr') as HTMLElement;
    expect(within(sameDay).getByText('Trong ngày (nhận trước 15:00)')).toBeTruthy();
    expect(screen.getByText('Tổng 3 thủ tục')).toBeTruthy();
  });

  it('shows "Thêm thủ tục" and "Nhập từ Excel" only when the list grants procedure.manage', async () => {
    render(['dossier.read', 'procedure.manage'], ['dossier.read', 'procedure.manage']);
    expect(await screen.findByRole('button', { name: 'Thêm thủ tục' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nhập từ Excel' })).toBeTruthy();
  });

  it('hides the create and import buttons without procedure.manage, but keeps the export', async () => {
    render(['dossier.read'], ['dossier.read']);
    await screen.findByText('2.001417');
    expect(screen.queryByRole('button', { name: 'Thêm thủ tục' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Nhập từ Excel' })).toBeNull();
    expect(screen.getByText('Xuất Excel').closest('a')?.getAttribute('href')).toBe('/api/procedures/export.xlsx');
  });

  it('sends the filters from the address to the API and the export link', async () => {
    const calls = render(
      ['dossier.read'],
      ['dossier.read'],
      `${paths.procedures}?q=khai%20sinh&sector=H%E1%BB%99%20t%E1%BB%8Bch&level=commune&lienThong=true&page=2`,
    );
    await waitFor(() => expect(calls.some((c) => c.url.startsWith('/api/procedures?'))).toBe(true));
    const url = new URL(calls.find((c) => c.url.startsWith('/api/procedures?'))?.url ?? '', 'http://x');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: 'khai sinh',
      sector: 'Hộ tịch',
      level: 'commune',
      interAgency: 'true',
      limit: '20',
      offset: '20',
    });
    expect(screen.getByText('Xuất Excel').closest('a')?.getAttribute('href')).toContain('interAgency=true');
  });

  it('opens the detail drawer with documents and route steps as % and working time', async () => {
    render(['dossier.read', 'procedure.manage'], ['dossier.read', 'procedure.manage']);
    fireEvent.click(await screen.findByText('Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam'));
    const steps = await screen.findByTestId('procedure-steps');
    expect(within(steps).getByText('95%')).toBeTruthy();
    expect(within(steps).getByText('76 giờ làm việc')).toBeTruthy();
    expect(within(steps).getByText('4 giờ làm việc')).toBeTruthy();
    const docs = screen.getByTestId('procedure-documents');
    expect(within(docs).getByText('Bản chính')).toBeTruthy();
    expect(within(docs).getByText('Không bắt buộc')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Thay thế phiên bản' })).toBeTruthy();
  });
});
