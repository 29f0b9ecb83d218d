import type { Permission } from '@core/access/permissions';
import { ROLE_PERMISSIONS } from '@core/access/roles';
import { grantRefusal } from '@core/access/grants';
import type { Role } from '@core/access/roles';
import type { Executor } from '../../infra/database';
import { AppError, notFound, type Actor } from '../../http';
import { subtreeIds } from '../units/units.service';

/** The actor's reach, resolved once per request: which units each grant covers. */
export type AccessView = {
  /** Permissions the actor holds on the unit (sorted), for `abilities`. */
  abilitiesOn: (unitId: string) => Permission[];
  /** True when a grant carrying the permission covers the unit. */
  has: (permission: Permission, unitId: string) => boolean;
  /** Every unit where the actor holds the permission. */
  unitsWith: (permission: Permission) => string[];
  /** The actor's granted units whose subtree holds the unit: its ancestry as far as the actor's grants can tell. */
  rootsCovering: (unitId: string) => string[];
};

/** Loads the subtrees of the actor's grants (one query per granted unit; actors hold few grants). */
export async function loadAccess(db: Executor, actor: Actor): Promise<AccessView> {
  const subtrees = new Map<string, Set<string>>();
  for (const unitId of new Set(actor.grants.map((g) => g.unitId))) subtrees.set(unitId, await subtreeIds(db, [unitId]));
  const covering = (unitId: string) => actor.grants.filter((g) => subtrees.get(g.unitId)?.has(unitId));
  return {
    abilitiesOn: (unitId) => [...new Set(covering(unitId).flatMap((g) => ROLE_PERMISSIONS[g.role] as readonly Permission[]))].sort(),
    has: (permission, unitId) => covering(unitId).some((g) => (ROLE_PERMISSIONS[g.role] as readonly Permission[]).includes(permission)),
    unitsWith: (permission) => {
      const out = new Set<string>();
      for (const g of actor.grants) {
        if (!(ROLE_PERMISSIONS[g.role] as readonly Permission[]).includes(permission)) continue;
        for (const id of subtrees.get(g.unitId) ?? []) out.add(id);
      }
      return [...out];
    },
    rootsCovering: (unitId) => [...subtrees].filter(([, ids]) => ids.has(unitId)).map(([root]) => root),
  };
}

/**
 * Guards an action on an account: invisible accounts (outside `user.read`) are 404,
 * visible ones the actor may not change are 403.
 */
export function requireOnUser(access: AccessView, permission: Permission, userUnitId: string): void {
  if (!access.has('user.read', userUnitId) && !access.has(permission, userUnitId)) throw notFound('Tài khoản');
  if (!access.has(permission, userUnitId)) {
    throw new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này với tài khoản này / permission denied on this account');
  }
}

/** Guards a unit named in a request body: outside the permission's scope it is 404 (it may not exist). */
export function requireUnitInScope(access: AccessView, permission: Permission, unitId: string, path: string): void {
  if (!access.has(permission, unitId)) {
    throw new AppError(
      'UNIT_NOT_FOUND',
      'Đơn vị không tồn tại hoặc nằm ngoài phạm vi quản lý của bạn / unit not found or outside your scope',
      [{ path, message: 'Đơn vị không tồn tại hoặc ngoài phạm vi / unit not found or out of scope', code: 'UNIT_NOT_FOUND' }],
    );
  }
}

/** Refuses a grant or revocation the actor may not make on that unit (404 outside scope, 403 above own powers). */
export function requireCanGrant(actor: Actor, access: AccessView, role: Role, unitId: string, path: string): void {
  requireUnitInScope(access, 'user.manageRoles', unitId, path);
  const refusal = grantRefusal(actor.grants, role, access.rootsCovering(unitId));
  if (refusal === null) return;
  throw new AppError(
    'FORBIDDEN',
    'Không thể trao/thu hồi vai trò có quyền quản trị mà bạn không có trên đơn vị này / cannot grant or revoke a role with administrative permissions you lack on this unit',
    [{ path, message: `Vai trò vượt quá quyền của bạn / role exceeds your permissions (${refusal})`, code: 'GRANT_ABOVE_OWN_PERMISSIONS' }],
  );
}
