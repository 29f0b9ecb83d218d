import type { Permission } from './permissions';
import { can, ROLE_PERMISSIONS, type Role } from './roles';

/** A role granted on a unit; it covers that unit and all its descendants. */
export type RoleGrant = { role: Role; unitId: string };

/** Units (roots) under which the grants give the permission; descendants are covered too. */
export function scopeRoots(grants: readonly RoleGrant[], permission: Permission): string[] {
  return [...new Set(grants.filter((g) => can(g.role, permission)).map((g) => g.unitId))];
}

/** True when the unit, given its ancestor chain (itself first), is covered by a grant with the permission. */
export function isInScope(grants: readonly RoleGrant[], permission: Permission, unitAncestry: readonly string[]): boolean {
  const roots = scopeRoots(grants, permission);
  return roots.some((r) => unitAncestry.includes(r));
}

/** The permissions the grants give on a unit with the given ancestry (itself first). */
export function permissionsOn(grants: readonly RoleGrant[], unitAncestry: readonly string[]): Set<Permission> {
  const out = new Set<Permission>();
  for (const g of grants) {
    if (!unitAncestry.includes(g.unitId)) continue;
    for (const p of ROLE_PERMISSIONS[g.role] as readonly Permission[]) out.add(p);
  }
  return out;
}

/** Whether any grant carries the permission anywhere (used for list routes before scoping rows). */
export function hasAnywhere(grants: readonly RoleGrant[], permission: Permission): boolean {
  return grants.some((g) => can(g.role, permission));
}
