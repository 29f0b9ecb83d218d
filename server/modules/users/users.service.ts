import type {
  ChangeOwnPasswordRequest,
  CreateUserRequest,
  UpdateUserRequest,
  UserListQuery,
  UserListResponse,
  UserView,
} from '@contracts/users';
import { AppError, notFound, type Actor, type Deps } from '../../http';
import { hashPassword, verifyPassword } from '../../infra/passwords';
import type { Executor } from '../../infra/database';
import { recordAudit } from '../audit/audit.service';
import { subtreeIds } from '../units/units.service';
import { loadAccess, requireCanGrant, requireOnUser, requireUnitInScope, type AccessView } from './users.policy';
import { presentUser } from './users.present';
import * as repo from './users.repo';

/** True for PostgreSQL's unique-violation error. */
export const isUniqueViolation = (e: unknown) => (e as { code?: string } | null)?.code === '23505';

const usernameTaken = (username: string) =>
  new AppError('USER_USERNAME_EXISTS', `Tên đăng nhập "${username}" đã được dùng / username already taken`, [
    { path: 'body.username', message: 'Tên đăng nhập đã tồn tại / username already exists', code: 'USER_USERNAME_EXISTS' },
  ]);

/** The refusal for a role the user already holds on that unit. */
export const grantExists = (path = 'body.role') =>
  new AppError('GRANT_EXISTS', 'Người dùng đã có vai trò này trên đơn vị này / the user already holds this role on this unit', [
    { path, message: 'Vai trò đã được trao / role already granted', code: 'GRANT_EXISTS' },
  ]);

/** Reads one account as the actor sees it (no scope check: callers have checked). */
export async function viewUser(db: Executor, actor: Actor, access: AccessView, id: string, now: Date): Promise<UserView> {
  const row = await repo.findUser(db, id);
  if (!row) throw notFound('Tài khoản');
  return presentUser(row, await repo.grantsOf(db, [id]), actor, access, now);
}

/** Loads an account the actor may act on with the permission (404 when invisible, 403 when visible only). */
export async function userInScope(deps: Deps, actor: Actor, id: string, permission: Parameters<typeof requireOnUser>[1]) {
  const row = await repo.findUser(deps.db, id);
  if (!row) throw notFound('Tài khoản');
  const access = await loadAccess(deps.db, actor);
  requireOnUser(access, permission, row.unitId);
  return { row, access };
}

/** Accounts in the actor's `user.read` subtree, filtered and paged. */
export async function listUsers(deps: Deps, actor: Actor, q: UserListQuery): Promise<UserListResponse> {
  const { db } = deps;
  const access = await loadAccess(db, actor);
  let unitIds = access.unitsWith('user.read');
  if (q.unitId) {
    requireUnitInScope(access, 'user.read', q.unitId, 'querystring.unitId');
    const wanted = q.includeSubunits ? await subtreeIds(db, [q.unitId]) : new Set([q.unitId]);
    unitIds = unitIds.filter((id) => wanted.has(id));
  }
  const { rows, total } = await repo.listUsers(db, {
    unitIds,
    q: q.q,
    role: q.role,
    includeInactive: q.includeInactive,
    limit: q.limit,
    offset: q.offset,
  });
  const grants = await repo.grantsOf(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => presentUser(r, grants, actor, access, deps.now())), total };
}

/** One account, 404 outside the actor's `user.read` subtree. */
export async function getUser(deps: Deps, actor: Actor, id: string): Promise<UserView> {
  const { row, access } = await userInScope(deps, actor, id, 'user.read');
  return presentUser(row, await repo.grantsOf(deps.db, [id]), actor, access, deps.now());
}

/** Creates an account (and optional grants) in one transaction with its audit entries. */
export async function createUser(deps: Deps, actor: Actor, input: CreateUserRequest, requestId: string): Promise<UserView> {
  const { db } = deps;
  const now = deps.now();
  const access = await loadAccess(db, actor);
  requireUnitInScope(access, 'user.create', input.unitId, 'body.unitId');
  const grants = input.grants ?? [];
  grants.forEach((g, i) => requireCanGrant(actor, access, g.role, g.unitId, `body.grants.${i}.unitId`));
  const profile = {
    username: input.username,
    fullName: input.fullName,
    email: input.email ?? null,
    phone: input.phone ?? null,
    title: input.title ?? null,
    unitId: input.unitId,
  };
  const values: repo.NewUserValues = { ...profile, passwordHash: await hashPassword(input.password) };
  const id = await db.transaction().execute(async (trx) => {
    if (await repo.usernameExists(trx, input.username)) throw usernameTaken(input.username);
    const userId = await repo.insertUser(trx, values, now).catch((e: unknown) => {
      throw isUniqueViolation(e) ? usernameTaken(input.username) : e;
    });
    await recordAudit(
      trx,
      actor,
      { action: 'user.create', entityType: 'user', entityId: userId, unitId: input.unitId, after: profile },
      requestId,
    );
    for (const [i, g] of grants.entries()) {
      // The unique index is the judge of duplicates; its error aborts the whole creation.
      const grantId = await repo
        .insertGrant(trx, { userId, role: g.role, unitId: g.unitId, grantedBy: actor.userId }, now)
        .catch((e: unknown) => {
          throw isUniqueViolation(e) ? grantExists(`body.grants.${i}`) : e;
        });
      const after = { grantId, role: g.role, unitId: g.unitId, unitName: await repo.unitName(trx, g.unitId) };
      await recordAudit(trx, actor, { action: 'user.grantRole', entityType: 'user', entityId: userId, unitId: g.unitId, after }, requestId);
    }
    return userId;
  });
  return viewUser(db, actor, access, id, now);
}

type Diff = { before: Record<string, unknown>; after: Record<string, unknown> };

function diffUser(row: repo.UserRow, input: UpdateUserRequest, changes: repo.UserChanges, diff: Diff): void {
  for (const key of ['fullName', 'email', 'phone', 'title', 'unitId', 'isActive'] as const) {
    const next = input[key];
    if (next === undefined || next === row[key]) continue;
    Object.assign(changes, { [key]: next });
    diff.before[key] = row[key];
    diff.after[key] = next;
  }
}

/** Changes an account; deactivation and password resets end the account's sessions. */
export async function updateUser(deps: Deps, actor: Actor, id: string, input: UpdateUserRequest, requestId: string): Promise<UserView> {
  const { db } = deps;
  const now = deps.now();
  const { row, access } = await userInScope(deps, actor, id, 'user.update');
  if (input.unitId !== undefined && input.unitId !== row.unitId) requireUnitInScope(access, 'user.update', input.unitId, 'body.unitId');
  if (id === actor.userId && input.isActive === false) {
    throw new AppError('USER_SELF_DEACTIVATE', 'Không thể tự khóa tài khoản của chính mình / you cannot deactivate yourself', [
      { path: 'body.isActive', message: 'Không thể tự khóa / cannot deactivate yourself', code: 'USER_SELF_DEACTIVATE' },
    ]);
  }
  if (id === actor.userId && input.password !== undefined) {
    throw new AppError(
      'USER_SELF_PASSWORD_RESET',
      'Hãy đổi mật khẩu của chính mình tại trang cá nhân (cần mật khẩu hiện tại) / change your own password with your current password',
      [{ path: 'body.password', message: 'Dùng chức năng đổi mật khẩu / use change password', code: 'USER_SELF_PASSWORD_RESET' }],
    );
  }
  const changes: repo.UserChanges = {};
  const diff: Diff = { before: {}, after: {} };
  diffUser(row, input, changes, diff);
  if (input.password !== undefined) {
    changes.passwordHash = await hashPassword(input.password);
    // The audit log shows that the password changed; recordAudit redacts the value.
    diff.before.password = 'old';
    diff.after.password = 'new';
  }
  if (input.unlock && (row.lockedUntil !== null || row.failedLogins > 0)) {
    changes.lockedUntil = null;
    changes.failedLogins = 0;
    diff.before.lockedUntil = row.lockedUntil?.toISOString() ?? null;
    diff.before.failedLogins = row.failedLogins;
    diff.after.lockedUntil = null;
    diff.after.failedLogins = 0;
  }
  if (Object.keys(changes).length > 0) {
    await db.transaction().execute(async (trx) => {
      await repo.updateUserRow(trx, id, changes, now);
      if (changes.isActive === false || changes.passwordHash !== undefined) await repo.deleteSessions(trx, id);
      await recordAudit(
        trx,
        actor,
        { action: 'user.update', entityType: 'user', entityId: id, unitId: changes.unitId ?? row.unitId, ...diff },
        requestId,
      );
    });
  }
  return viewUser(db, actor, access, id, now);
}

/** Changes the actor's own password after checking the current one; other sessions end. */
export async function changeOwnPassword(deps: Deps, actor: Actor, input: ChangeOwnPasswordRequest, requestId: string): Promise<void> {
  const { db } = deps;
  const stored = await repo.passwordHashOf(db, actor.userId);
  if (!stored || !(await verifyPassword(stored, input.currentPassword))) {
    throw new AppError('USER_WRONG_PASSWORD', 'Mật khẩu hiện tại không đúng / current password is wrong', [
      { path: 'body.currentPassword', message: 'Mật khẩu hiện tại không đúng / wrong current password', code: 'USER_WRONG_PASSWORD' },
    ]);
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError(
      'USER_PASSWORD_UNCHANGED',
      'Mật khẩu mới phải khác mật khẩu hiện tại / the new password must differ from the current one',
      [{ path: 'body.newPassword', message: 'Mật khẩu mới trùng mật khẩu cũ / same as current password', code: 'USER_PASSWORD_UNCHANGED' }],
    );
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await repo.updateUserRow(trx, actor.userId, { passwordHash }, deps.now());
    await repo.deleteSessions(trx, actor.userId, actor.sessionId);
    await recordAudit(
      trx,
      actor,
      {
        action: 'user.changePassword',
        entityType: 'user',
        entityId: actor.userId,
        unitId: actor.unitId,
        before: { password: 'old' },
        after: { password: 'new' },
      },
      requestId,
    );
  });
}
