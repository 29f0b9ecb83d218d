import { PERMISSIONS, type Permission } from '@core/access/permissions';
import { hasAnywhere } from '@core/access/scope';
import { isRole, type Role } from '@core/access/roles';
import { AppError, type Actor, type Deps } from '../../http';
import { hashToken, newToken } from '../../http/auth';
import { dummyHash, verifyPassword } from '../../infra/passwords';
import { recordAudit } from '../audit/audit.service';
import { deleteSession, findUserByUsername, grantsOf, openSession, profileOf, recordFailedLogin } from './auth.repo';
import type { MeResponse } from '@contracts/auth';

/** A new session: the cookie token (never stored) and its CSRF token. */
export type NewSession = { token: string; csrfToken: string; maxAgeSeconds: number; actor: Actor };

/** Verifies credentials, applies the lockout rule and opens a session. */
export async function login(deps: Deps, username: string, password: string, requestId: string): Promise<NewSession> {
  const { db, config } = deps;
  const now = deps.now();
  const user = await findUserByUsername(db, username);
  const invalid = new AppError('INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng / wrong username or password');
  if (!user || !user.isActive) {
    await verifyPassword(await dummyHash(), password);
    throw invalid;
  }
  if (user.lockedUntil && user.lockedUntil.getTime() > now.getTime()) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000);
    throw new AppError(
      'ACCOUNT_LOCKED',
      `Tài khoản tạm khoá do đăng nhập sai nhiều lần, thử lại sau ${minutes} phút / account locked for ${minutes} min`,
    );
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    const failed = user.failedLogins + 1;
    const lock = failed >= config.LOGIN_MAX_ATTEMPTS;
    await db.transaction().execute(async (trx) => {
      await recordFailedLogin(
        trx,
        user.id,
        lock ? { lockedUntil: new Date(now.getTime() + config.LOGIN_LOCK_MINUTES * 60_000) } : { failedLogins: failed },
      );
      if (lock) {
        await recordAudit(
          trx,
          null,
          {
            action: 'user.locked',
            entityType: 'user',
            entityId: user.id,
            unitId: user.unitId,
            after: { lockedMinutes: config.LOGIN_LOCK_MINUTES },
          },
          requestId,
        );
      }
    });
    if (lock)
      throw new AppError(
        'ACCOUNT_LOCKED',
        `Tài khoản tạm khoá ${config.LOGIN_LOCK_MINUTES} phút do đăng nhập sai nhiều lần / account locked`,
      );
    throw invalid;
  }
  const token = newToken();
  const csrfToken = newToken();
  const maxAgeSeconds = config.SESSION_TTL_HOURS * 3600;
  await db.transaction().execute(async (trx) => {
    await openSession(trx, {
      id: hashToken(token),
      userId: user.id,
      csrfToken,
      expiresAt: new Date(now.getTime() + maxAgeSeconds * 1000),
      now,
    });
    await recordAudit(
      trx,
      { userId: user.id, username: user.username },
      { action: 'session.login', entityType: 'user', entityId: user.id, unitId: user.unitId },
      requestId,
    );
  });
  const grants = await grantsOf(db, user.id);
  const actor: Actor = {
    userId: user.id,
    username: user.username,
    fullName: user.fullName,
    unitId: user.unitId,
    sessionId: hashToken(token),
    csrfToken,
    grants: grants.filter((g) => isRole(g.role)).map((g) => ({ role: g.role as Role, unitId: g.unitId })),
  };
  return { token, csrfToken, maxAgeSeconds, actor };
}

/** Ends the session. */
export async function logout(deps: Deps, actor: Actor): Promise<void> {
  await deleteSession(deps.db, actor.sessionId);
}

/** Who the actor is, which grants they hold and what they may do somewhere. */
export async function describeActor(deps: Deps, actor: Actor): Promise<MeResponse> {
  const { unitName, grants } = await profileOf(deps.db, actor.userId, actor.unitId);
  const permissions = PERMISSIONS.filter((p: Permission) => hasAnywhere(actor.grants, p));
  return {
    user: { id: actor.userId, username: actor.username, fullName: actor.fullName, unitId: actor.unitId, unitName },
    grants: grants.map((g) => ({ ...g, role: g.role as MeResponse['grants'][number]['role'] })),
    permissions,
    csrfToken: actor.csrfToken,
  };
}
