import { canGrantRole } from '@core/access/grants';
import { isRole } from '@core/access/roles';
import type { UserGrant, UserView } from '@contracts/users';
import type { Actor } from '../../http';
import type { AccessView } from './users.policy';
import type { GrantRow, UserRow } from './users.repo';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A grant as shown to the actor; revocable when the actor could grant it there and it is not their own. */
export function presentGrant(g: GrantRow, actor: Actor, access: AccessView): UserGrant | null {
  if (!isRole(g.role)) return null;
  const canRevoke = g.userId !== actor.userId && canGrantRole(actor.grants, g.role, access.rootsCovering(g.unitId));
  return { id: g.id, role: g.role, unitId: g.unitId, unitName: g.unitName, createdAt: g.createdAt.toISOString(), canRevoke };
}

/** An account row with its grants and the actor's abilities on it. */
export function presentUser(u: UserRow, grants: readonly GrantRow[], actor: Actor, access: AccessView, now: Date): UserView {
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    email: u.email,
    phone: u.phone,
    title: u.title,
    unitId: u.unitId,
    unitName: u.unitName,
    isActive: u.isActive,
    // A lock that has run out is no lock; the page shows "unlock" only while it holds.
    lockedUntil: u.lockedUntil && u.lockedUntil.getTime() > now.getTime() ? u.lockedUntil.toISOString() : null,
    lastLoginAt: iso(u.lastLoginAt),
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
    grants: grants.filter((g) => g.userId === u.id).flatMap((g) => presentGrant(g, actor, access) ?? []),
    abilities: access.abilitiesOn(u.unitId),
  };
}
