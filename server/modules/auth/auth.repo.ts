import { sql } from 'kysely';
import type { Executor } from '../../infra/database';

/** A user by sign-in name, case ignored (every column: the caller checks the password, lockout and status). */
export async function findUserByUsername(db: Executor, username: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where(({ fn }) => fn('lower', ['username']), '=', username.toLowerCase())
    .executeTakeFirst();
}

/** How a sign-in attempt is counted: the first lock's minutes, how many wrong passwords lock, the longest lock. */
export type ThrottleRule = { max: number; lockMinutes: number; capMinutes: number };

/**
 * Counts an attempt of one (name, address) pair BEFORE its password is checked, in one statement (the row lock of
 * INSERT … ON CONFLICT DO UPDATE makes parallel attempts queue): undefined when the pair is locked (refuse without
 * checking), else the lock this attempt sets (null: none). Each lock of the pair lasts twice the one before, up to the cap.
 */
export async function reservePairAttempt(db: Executor, key: string, now: Date, r: ThrottleRule) {
  const { rows } = await sql<{ lockedUntil: Date | null }>`
    INSERT INTO login_throttle AS t (key, failures, locks, locked_until, updated_at)
    VALUES (${key}, CASE WHEN ${r.max}::int <= 1 THEN 0 ELSE 1 END, CASE WHEN ${r.max}::int <= 1 THEN 1 ELSE 0 END,
            CASE WHEN ${r.max}::int <= 1 THEN ${now}::timestamptz + ${r.lockMinutes}::int * interval '1 minute' END, ${now})
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN t.failures + 1 >= ${r.max}::int THEN 0 ELSE t.failures + 1 END,
      locks = t.locks + CASE WHEN t.failures + 1 >= ${r.max}::int THEN 1 ELSE 0 END,
      locked_until = CASE WHEN t.failures + 1 >= ${r.max}::int
        THEN ${now}::timestamptz + least(${r.capMinutes}::int, ${r.lockMinutes}::int * power(2, least(t.locks, 30))) * interval '1 minute' END,
      updated_at = ${now}
    WHERE t.locked_until IS NULL OR t.locked_until <= ${now}
    RETURNING locked_until`.execute(db);
  return rows[0];
}

/**
 * Counts an attempt on the account BEFORE its password is checked, whatever the address, in one conditional UPDATE:
 * undefined when the account is locked, else the lock this attempt sets (the count starts again after a lock).
 */
export async function reserveAccountAttempt(db: Executor, userId: string, now: Date, r: Omit<ThrottleRule, 'capMinutes'>) {
  const { rows } = await sql<{ lockedUntil: Date | null }>`
    UPDATE users SET
      failed_logins = CASE WHEN failed_logins + 1 >= ${r.max}::int THEN 0 ELSE failed_logins + 1 END,
      locked_until = CASE WHEN failed_logins + 1 >= ${r.max}::int THEN ${now}::timestamptz + ${r.lockMinutes}::int * interval '1 minute' END
    WHERE id = ${userId} AND (locked_until IS NULL OR locked_until <= ${now})
    RETURNING locked_until`.execute(db);
  return rows[0];
}

/** When a locked pair may try again. */
export async function pairLockedUntil(db: Executor, key: string): Promise<Date | null> {
  const row = await db.selectFrom('loginThrottle').select('lockedUntil').where('key', '=', key).executeTakeFirst();
  return row?.lockedUntil ?? null;
}

/** Forgets a pair after a right password, and pairs idle for two days (their growing lock starts again). */
export async function forgetPairs(db: Executor, key: string | null, now: Date): Promise<void> {
  if (key) await db.deleteFrom('loginThrottle').where('key', '=', key).execute();
  const idle = new Date(now.getTime() - 2 * 24 * 3600_000);
  await db
    .deleteFrom('loginThrottle')
    .where('updatedAt', '<', idle)
    .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<', now)]))
    .execute();
}

/** Opens a session (stored by the hash of its token) and prunes the user's expired ones. */
export async function openSession(
  trx: Executor,
  s: { id: string; userId: string; csrfToken: string; expiresAt: Date; now: Date },
): Promise<void> {
  await trx.updateTable('users').set({ failedLogins: 0, lockedUntil: null, lastLoginAt: s.now }).where('id', '=', s.userId).execute();
  await trx
    .insertInto('sessions')
    .values({ id: s.id, userId: s.userId, csrfToken: s.csrfToken, expiresAt: s.expiresAt, lastSeenAt: s.now })
    .execute();
  // Old sessions are pruned here rather than by a job: cheap and bounded by one user's sessions.
  await trx.deleteFrom('sessions').where('userId', '=', s.userId).where('expiresAt', '<', s.now).execute();
}

/** Ends one session. */
export async function deleteSession(db: Executor, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** The roles a user holds and where. */
export async function grantsOf(db: Executor, userId: string) {
  return db.selectFrom('roleGrants').select(['role', 'unitId']).where('userId', '=', userId).execute();
}

/** The user's unit name and their grants with unit names, oldest first (the "me" answer). */
export async function profileOf(db: Executor, userId: string, unitId: string) {
  const [unit, grants] = await Promise.all([
    db.selectFrom('units').select('name').where('id', '=', unitId).executeTakeFirst(),
    db
      .selectFrom('roleGrants as g')
      .innerJoin('units as u', 'u.id', 'g.unitId')
      .select(['g.id', 'g.role', 'g.unitId', 'u.name as unitName'])
      .where('g.userId', '=', userId)
      .orderBy('g.createdAt')
      .execute(),
  ]);
  return { unitName: unit?.name ?? '', grants };
}
