import type { Permission } from '@core/access/permissions';
import type { UserView } from '@contracts/users';
import type { UnitListItem } from '@contracts/units';

/** The signed-in user answer for web tests. */
export function meWith(permissions: Permission[]) {
  return {
    user: {
      id: '00000000-0000-4000-8000-000000000001',
      username: 'admin',
      fullName: 'Quản trị viên',
      unitId: UNIT_PROVINCE,
      unitName: 'Tỉnh Đắk Lắk',
    },
    grants: [{ id: 'g0', role: 'system_admin', unitId: UNIT_PROVINCE, unitName: 'Tỉnh Đắk Lắk' }],
    permissions,
    csrfToken: 'csrf',
  };
}

export const UNIT_PROVINCE = '10000000-0000-4000-8000-000000000001';
export const UNIT_SNV = '10000000-0000-4000-8000-000000000002';

const ADMIN: Permission[] = ['unit.read', 'user.read', 'user.create', 'user.update', 'user.manageRoles', 'audit.read'];

function unit(id: string, name: string, parentId: string | null): UnitListItem {
  return {
    id,
    code: id.slice(-2),
    name,
    nameEn: null,
    shortName: null,
    kind: parentId ? 'department' : 'province',
    parentId,
    parentName: null,
    validFrom: '2025-07-01',
    validTo: null,
    legalRef: null,
    address: null,
    status: 'active',
    childCount: parentId ? 0 : 1,
    abilities: ADMIN,
  };
}

/** Two units: the province and its Department of Home Affairs. */
export const UNITS = {
  asOf: '2026-11-25',
  items: [unit(UNIT_PROVINCE, 'Tỉnh Đắk Lắk', null), unit(UNIT_SNV, 'Sở Nội vụ', UNIT_PROVINCE)],
  total: 2,
};

/** An account as the API returns it, with overrides. */
export function userView(over: Partial<UserView> = {}): UserView {
  return {
    id: '20000000-0000-4000-8000-000000000001',
    username: 'nguyenvana',
    fullName: 'Nguyễn Văn A',
    email: null,
    phone: null,
    title: null,
    unitId: UNIT_SNV,
    unitName: 'Sở Nội vụ',
    isActive: true,
    lockedUntil: null,
    lastLoginAt: '2026-11-24T03:04:05.000Z',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    grants: [],
    abilities: ADMIN,
    ...over,
  };
}
