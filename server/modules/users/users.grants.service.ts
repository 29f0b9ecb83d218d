import { grantRefusal, PERMISSION_KIND } from '@core/access/grants';
import { PERMISSIONS, type Permission } from '@core/access/permissions';
import { ROLE_PERMISSIONS, ROLES, isRole } from '@core/access/roles';
import { PERMISSION_LABELS, ROLE_LABELS, type GrantRequest, type RolesResponse, type UserView } from '@contracts/users';
import { AppError, type Actor, type Deps } from '../../http';
import { recordAudit } from '../audit/audit.service';
import { loadAccess, requireCanGrant } from './users.policy';
import * as repo from './users.repo';
import { grantExists, isUniqueViolation, userInScope, viewUser } from './users.service';

const grantNotFound = () => new AppError('GRANT_NOT_FOUND', 'Vai trò được trao không tồn tại hoặc ngoài phạm vi của bạn / grant not found');

function refuseSelf(actor: Actor, userId: string): void {
  // Nobody changes their own roles: an administrator could otherwise hand themselves the operational powers they assign.
  if (actor.userId !== userId) return;
  throw new AppError('FORBIDDEN', 'Không thể tự thay đổi vai trò của chính mình / you cannot change your own roles', [
    { path: 'params.id', message: 'Không thể tự phân quyền / cannot change own roles', code: 'GRANT_SELF' },
  ]);
}

/** Gives a role on a unit to an account the actor can see; audited in the same transaction. */
export async function addGrant(deps: Deps, actor: Actor, userId: string, input: GrantRequest, requestId: string): Promise<UserView> {
  const { db } = deps;
  const now = deps.now();
  const { access } = await userInScope(deps, actor, userId, 'user.read');
  refuseSelf(actor, userId);
  requireCanGrant(actor, access, input.role, input.unitId, 'body.unitId');
  await db.transaction().execute(async (trx) => {
    const grantId = await repo
      .insertGrant(trx, { userId, role: input.role, unitId: input.unitId, grantedBy: actor.userId }, now)
      .catch((e: unknown) => {
        throw isUniqueViolation(e) ? grantExists() : e;
      });
    const unitName = await repo.unitName(trx, input.unitId);
    await recordAudit(
      trx,
      actor,
      {
        action: 'user.grantRole',
        entityType: 'user',
        entityId: userId,
        unitId: input.unitId,
        after: { grantId, role: input.role, unitId: input.unitId, unitName },
      },
      requestId,
    );
  });
  return viewUser(db, actor, access, userId, now);
}

/** Takes a role away; the actor must be able to grant that role on that unit. */
export async function revokeGrant(deps: Deps, actor: Actor, userId: string, grantId: string, requestId: string): Promise<UserView> {
  const { db } = deps;
  const { access } = await userInScope(deps, actor, userId, 'user.read');
  const grant = await repo.findGrant(db, userId, grantId);
  if (!grant || !access.has('user.manageRoles', grant.unitId) || !isRole(grant.role)) throw grantNotFound();
  refuseSelf(actor, userId);
  requireCanGrant(actor, access, grant.role, grant.unitId, 'params.grantId');
  await db.transaction().execute(async (trx) => {
    await repo.deleteGrant(trx, grantId);
    await recordAudit(
      trx,
      actor,
      {
        action: 'user.revokeRole',
        entityType: 'user',
        entityId: userId,
        unitId: grant.unitId,
        before: { grantId, role: grant.role, unitId: grant.unitId, unitName: grant.unitName },
      },
      requestId,
    );
  });
  return viewUser(db, actor, access, userId, deps.now());
}

/** Every role with labels and permissions; with a unit, whether the actor may grant each one there. */
export async function listRoles(deps: Deps, actor: Actor, unitId?: string): Promise<RolesResponse> {
  const access = unitId ? await loadAccess(deps.db, actor) : null;
  const roots = unitId && access ? access.rootsCovering(unitId) : [];
  return {
    roles: ROLES.map((role) => ({
      role,
      label: ROLE_LABELS[role],
      permissions: [...(ROLE_PERMISSIONS[role] as readonly Permission[])],
      ...(unitId ? { grantable: grantRefusal(actor.grants, role, roots) === null } : {}),
    })),
    permissions: PERMISSIONS.map((permission) => ({ permission, label: PERMISSION_LABELS[permission], kind: PERMISSION_KIND[permission] })),
  };
}
