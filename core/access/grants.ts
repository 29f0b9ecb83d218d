import type { Permission } from './permissions';
import { ROLE_PERMISSIONS, type Role } from './roles';
import type { RoleGrant } from './scope';

/** Whether a permission governs accounts, units, audit, targets or settings ('admin') or the daily work ('operational'). */
export const PERMISSION_KIND = {
  'unit.read': 'operational',
  'unit.create': 'admin',
  'unit.update': 'admin',
  'unit.close': 'admin',
  'user.read': 'operational',
  'user.create': 'admin',
  'user.update': 'admin',
  'user.manageRoles': 'admin',
  'audit.read': 'admin',
  'calendar.read': 'operational',
  'calendar.manage': 'admin',
  'dossier.read': 'operational',
  'dossier.create': 'operational',
  'dossier.process': 'operational',
  'dossier.approve': 'operational',
  'procedure.manage': 'admin',
  'survey.read': 'operational',
  'survey.manage': 'operational',
  'survey.enter': 'operational',
  'indexScore.read': 'operational',
  'indexScore.selfAssess': 'operational',
  'indexScore.appraise': 'operational',
  'indexScore.publish': 'operational',
  'planTask.read': 'operational',
  'planTask.manage': 'operational',
  'planTask.report': 'operational',
  'report.read': 'operational',
  'report.export': 'operational',
  'report.lock': 'operational',
  'target.manage': 'admin',
  'setting.manage': 'admin',
} as const satisfies Record<Permission, 'admin' | 'operational'>;

/** Why a grant or revocation is refused, or null when it is allowed. */
export type GrantRefusal = 'NO_MANAGE_ROLES' | 'ABOVE_OWN_PERMISSIONS';

/** A role→permission matrix; the product's is ROLE_PERMISSIONS, tests may pass another. */
export type RoleMatrix = Readonly<Record<Role, readonly Permission[]>>;

function heldOn(actorGrants: readonly RoleGrant[], unitAncestry: readonly string[], matrix: RoleMatrix): Set<Permission> {
  return new Set(actorGrants.filter((g) => unitAncestry.includes(g.unitId)).flatMap((g) => matrix[g.role]));
}

/**
 * The administrative permissions of a role that the granting actor lacks on the unit (empty when none).
 * Operational permissions are delegable: the account administrator appoints unit heads and clerks
 * without approving dossiers themselves; administrative ones pass only from someone who holds them.
 */
export function missingAdminPermissions(
  actorGrants: readonly RoleGrant[],
  role: Role,
  unitAncestry: readonly string[],
  matrix: RoleMatrix = ROLE_PERMISSIONS,
): Permission[] {
  const held = heldOn(actorGrants, unitAncestry, matrix);
  return matrix[role].filter((p) => PERMISSION_KIND[p] === 'admin' && !held.has(p));
}

/** Checks whether the actor may grant (or revoke) the role on the unit whose ancestry is given (itself first). */
export function grantRefusal(
  actorGrants: readonly RoleGrant[],
  role: Role,
  unitAncestry: readonly string[],
  matrix: RoleMatrix = ROLE_PERMISSIONS,
): GrantRefusal | null {
  if (!heldOn(actorGrants, unitAncestry, matrix).has('user.manageRoles')) return 'NO_MANAGE_ROLES';
  return missingAdminPermissions(actorGrants, role, unitAncestry, matrix).length > 0 ? 'ABOVE_OWN_PERMISSIONS' : null;
}

/** True when the actor may grant (or revoke) the role on the unit whose ancestry is given (itself first). */
export function canGrantRole(actorGrants: readonly RoleGrant[], role: Role, unitAncestry: readonly string[]): boolean {
  return grantRefusal(actorGrants, role, unitAncestry) === null;
}
