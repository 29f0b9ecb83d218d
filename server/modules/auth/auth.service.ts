import { PERMISSIONS, type Permission } from '@core/access/permissions';
import { hasAnywhere } from '@core/access/scope';
import { isRole, type Role } from '@core/access/roles';
import { AppError, type Actor, type Deps } from '../../http';
import { hashToken, newToken } from '../../http/auth';
import { dummyHash, verifyPassword } from '../../infra/passwords';
import { recordAudit } from '../audit/audit.service';
import { subscriberKey } from '../../http/client-address';
import {
  deleteSession,
  findUserByUsername,
  forgetPairs,
  grantsOf,
  openSession,
  pairLockedUntil,
  profileOf,
  reserveAccountAttempt,
  reservePairAttempt,
} from './auth.repo';
import type { MeResponse } from '@contracts/auth';

/** A new session: the cookie token (never stored) and its CSRF token. */
export type NewSession = { token: string; csrfToken: string; maxAgeSeconds: number; actor: Actor };

// The longest lock of one (name, address) pair: each lock of a pair lasts twice the one before, up to a day.
const PAIR_LOCK_CAP_MINUTES = 24 * 60;

const invalidCredentials = () => new AppError('INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng / wrong username or password');

/** The same answer for a locked pair, a locked account, a known name or an unknown one. */
function lockedError(until: Date | null | undefined, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil(((until?.getTime() ?? now.getTime()) - now.getTime()) / 60_000));
  return new AppError(
    'ACCOUNT_LOCKED',
    `Tạm khóa đăng nhập do sai mật khẩu nhiều lần, thử lại sau ${minutes} phút / sign-in locked for ${minutes} min after repeated wrong passwords`,
  );
}

type Known = NonNullable<Awaited<ReturnType<typeof findUserByUsername>>>;

/** Counts the attempt on the account before its password is checked; the lock it sets is audited with it. */
async function reserveAccount(deps: Deps, user: Known, now: Date, requestId: string): Promise<{ lockedUntil: Date | null }> {
  const { config } = deps;
  const rule = { max: config.LOGIN_ACCOUNT_MAX_ATTEMPTS, lockMinutes: config.LOGIN_LOCK_MINUTES };
  const reserved = await deps.db.transaction().execute(async (trx) => {
    const r = await reserveAccountAttempt(trx, user.id, now, rule);
    if (r?.lockedUntil) {
      const change = { action: 'user.locked' as const, entityType: 'user', entityId: user.id, unitId: user.unitId };
      await recordAudit(trx, null, { ...change, after: { lockedMinutes: config.LOGIN_LOCK_MINUTES } }, requestId);
    }
    return r;
  });
  if (reserved) return reserved;
  // Another attempt locked the account since it was read.
  throw lockedError((await findUserByUsername(deps.db, user.username))?.lockedUntil, now);
}

/**
 * Verifies credentials and opens a session. Every attempt is counted before its password is checked, atomically in
 * the database, per (name, client address) and per account (docs/SECURITY.md, "Sign-in"): parallel guesses get no
 * more checks than the limits allow, and an unknown name is counted and answered as a known one (a dummy hash is
 * verified in its place).
 */
export async function login(deps: Deps, username: string, password: string, requestId: string, clientIp: string): Promise<NewSession> {
  const { db, config } = deps;
  const now = deps.now();
  const found = await findUserByUsername(db, username);
  const user = found?.isActive ? found : undefined;
  if (user?.lockedUntil && user.lockedUntil.getTime() > now.getTime()) throw lockedError(user.lockedUntil, now);
  const pairKey = `${username.toLowerCase()}|${subscriberKey(clientIp)}`;
  const pairRule = { max: config.LOGIN_MAX_ATTEMPTS, lockMinutes: config.LOGIN_LOCK_MINUTES, capMinutes: PAIR_LOCK_CAP_MINUTES };
  const pair = await reservePairAttempt(db, pairKey, now, pairRule);
  if (!pair) throw lockedError(await pairLockedUntil(db, pairKey), now);
  const account = user ? await reserveAccount(deps, user, now, requestId) : undefined;
  const right = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!right || !user) {
    const lock = pair.lockedUntil ?? account?.lockedUntil;
    throw lock ? lockedError(lock, now) : invalidCredentials();
  }
  return openSessionFor(deps, user, now, requestId, pairKey);
}

async function openSessionFor(deps: Deps, user: Known, now: Date, requestId: string, pairKey: string): Promise<NewSession> {
  const { db, config } = deps;
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
    await forgetPairs(trx, pairKey, now);
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
