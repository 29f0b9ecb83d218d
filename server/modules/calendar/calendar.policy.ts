import type { Permission } from '@core/access/permissions';
import { can } from '@core/access/roles';
import { AppError, type Actor } from '../../http';
import type { Executor } from '../../infra/database';
import { loadUnitScope } from '../units/units.service';

const CALENDAR_PERMISSIONS: readonly Permission[] = ['calendar.read', 'calendar.manage'];

/** What an actor may do with the calendar: province-wide entries and each unit's local closures. */
export type CalendarScope = {
  /** calendar.manage on a root unit (a province, no parent): may change province-wide entries and office hours. */
  manageNational: boolean;
  /** The actor's calendar permissions on a unit (empty when the unit is outside every grant). */
  permissionsOn: (unitId: string) => Permission[];
  /** Units whose local closures the actor may read. */
  readableUnits: string[];
};

/** Loads the actor's calendar scope in one query (the subtrees of their grants). */
export async function loadCalendarScope(db: Executor, actor: Actor): Promise<CalendarScope> {
  const scope = await loadUnitScope(db, actor);
  const manageNational = actor.grants.some((g) => can(g.role, 'calendar.manage') && scope.byId.get(g.unitId)?.parentId === null);
  const permissionsOn = (unitId: string) => CALENDAR_PERMISSIONS.filter((p) => scope.permissionsOf(unitId).has(p));
  const readableUnits = [...scope.byId.keys()].filter((id) => scope.permissionsOf(id).has('calendar.read'));
  return { manageNational, permissionsOn, readableUnits };
}

/** Abilities on a stored entry: province-wide entries follow manageNational, closures the unit's grants. */
export function abilitiesOnDay(scope: CalendarScope, unitId: string | null): Permission[] {
  if (unitId === null) return scope.manageNational ? ['calendar.read', 'calendar.manage'] : ['calendar.read'];
  return scope.permissionsOn(unitId);
}

/** The error for a unit the caller cannot see (or that does not exist): ids leak nothing. */
export const calendarUnitNotFound = (path = 'unitId') =>
  new AppError('CALENDAR_UNIT_NOT_FOUND', 'Đơn vị không tồn tại hoặc bạn không có quyền xem lịch của đơn vị này / unit not found', [
    { path, message: 'Không tìm thấy đơn vị / unit not found' },
  ]);

/** The error for a calendar entry the caller cannot see. */
export const calendarDayNotFound = () =>
  new AppError('CALENDAR_DAY_NOT_FOUND', 'Ngày trong lịch không tồn tại hoặc bạn không có quyền xem / calendar entry not found');

const forbiddenNational = () =>
  new AppError(
    'FORBIDDEN',
    'Chỉ quản trị lịch cấp tỉnh mới sửa được lịch nghỉ chung / only a province-level calendar manager may change province-wide entries',
  );
const forbiddenUnit = () =>
  new AppError('FORBIDDEN', 'Bạn không có quyền quản lý lịch của đơn vị này / you may not manage this unit’s calendar');

/** Requires calendar.read on a unit (404 otherwise). */
export function requireReadOn(scope: CalendarScope, unitId: string, path?: string): void {
  if (!scope.permissionsOn(unitId).includes('calendar.read')) throw calendarUnitNotFound(path);
}

/** Requires the right to change an entry of the given scope: 404 for an invisible unit, 403 when visible but not managed. */
export function requireManage(
  scope: CalendarScope,
  unitId: string | null,
  notFound: () => AppError = () => calendarUnitNotFound('body.unitId'),
): void {
  if (unitId === null) {
    if (!scope.manageNational) throw forbiddenNational();
    return;
  }
  const perms = scope.permissionsOn(unitId);
  if (perms.length === 0) throw notFound();
  if (!perms.includes('calendar.manage')) throw forbiddenUnit();
}
