import type { Permission } from '@core/access/permissions';
import { can } from '@core/access/roles';
import { AppError, type Actor } from '../../http';
import type { Executor } from '../../infra/database';
import { loadUnitScope } from '../units/units.service';

/** What an actor may do with targets: province-wide versions and each unit's own versions. */
export type TargetScope = {
  /** target.manage on a root unit (a province, no parent): may change province-wide versions. */
  manageProvince: boolean;
  /** Units whose own versions the actor may read (unit.read through any grant). */
  readableUnits: string[];
  /** Whether the actor sees the unit at all (unit.read on it). */
  canRead: (unitId: string) => boolean;
  /** Whether the actor may change the unit's own versions (target.manage on it). */
  canManage: (unitId: string) => boolean;
};

/** Loads the actor's target scope in one query (the subtrees of their grants). */
export async function loadTargetScope(db: Executor, actor: Actor): Promise<TargetScope> {
  const scope = await loadUnitScope(db, actor);
  const manageProvince = actor.grants.some((g) => can(g.role, 'target.manage') && scope.byId.get(g.unitId)?.parentId === null);
  const canRead = (unitId: string) => scope.permissionsOf(unitId).has('unit.read');
  const canManage = (unitId: string) => scope.permissionsOf(unitId).has('target.manage');
  return { manageProvince, readableUnits: [...scope.readable], canRead, canManage };
}

/** The caller's abilities on a version of the given scope (null = province-wide). */
export function abilitiesOnTarget(scope: TargetScope, unitId: string | null): Permission[] {
  const manage = unitId === null ? scope.manageProvince : scope.canManage(unitId);
  return manage ? ['target.manage'] : [];
}

/** The error for a unit the caller cannot see (or that does not exist): ids leak nothing. */
export const targetUnitNotFound = (path = 'unitId') =>
  new AppError('TARGET_UNIT_NOT_FOUND', 'Đơn vị không tồn tại hoặc bạn không có quyền xem / unit not found', [
    { path, message: 'Không tìm thấy đơn vị / unit not found' },
  ]);

/** The error for a version the caller cannot see. */
export const targetNotFound = () =>
  new AppError('TARGET_NOT_FOUND', 'Chỉ tiêu không tồn tại hoặc bạn không có quyền xem / target not found');

/** Requires the right to change versions of a scope: 404 for an invisible unit, 403 when visible but not managed. */
export function requireManage(
  scope: TargetScope,
  unitId: string | null,
  notFound: () => AppError = () => targetUnitNotFound('body.unitId'),
): void {
  if (unitId === null) {
    if (!scope.manageProvince) {
      throw new AppError(
        'FORBIDDEN',
        'Chỉ Thường trực CCHC (Sở Nội vụ) hoặc quản trị cấp tỉnh mới sửa được chỉ tiêu chung của tỉnh / only the province reform secretariat or a province-level administrator may change province-wide targets',
      );
    }
    return;
  }
  if (!scope.canRead(unitId) && !scope.canManage(unitId)) throw notFound();
  if (!scope.canManage(unitId))
    throw new AppError('FORBIDDEN', 'Bạn không có quyền đặt chỉ tiêu cho đơn vị này / you may not set targets for this unit');
}
