import type { Executor } from '../../infra/database';

/** A user by sign-in name, case ignored (every column: the caller checks the password, lockout and status). */
export async function findUserByUsername(db: Executor, username: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where(({ fn }) => fn('lower', ['username']), '=', username.toLowerCase())
    .executeTakeFirst();
}

/** Records one more wrong password, or the lockout that it triggers (the count starts again after it). */
export async function recordFailedLogin(
  trx: Executor,
  userId: string,
  change: { failedLogins: number } | { lockedUntil: Date },
): Promise<void> {
  const set = 'lockedUntil' in change ? { failedLogins: 0, lockedUntil: change.lockedUntil } : { failedLogins: change.failedLogins };
  await trx.updateTable('users').set(set).where('id', '=', userId).execute();
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
