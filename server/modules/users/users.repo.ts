import { sql } from 'kysely';
import { likeInfix, searchWords } from '@core/shared/text';
import type { Executor } from '../../infra/database';

/** The account columns any reader may see (no password hash, no failure counter). */
const USER_COLUMNS = [
  'u.id',
  'u.username',
  'u.fullName',
  'u.email',
  'u.phone',
  'u.title',
  'u.unitId',
  'un.name as unitName',
  'u.isActive',
  'u.failedLogins',
  'u.lockedUntil',
  'u.lastLoginAt',
  'u.createdAt',
  'u.updatedAt',
] as const;

/** An account row joined with its unit's name. */
export type UserRow = {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  unitId: string;
  unitName: string;
  isActive: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

/** A role grant joined with its unit's name. */
export type GrantRow = { id: string; userId: string; role: string; unitId: string; unitName: string; createdAt: Date };

/** Filters of the account list, already narrowed to the units the actor may see. */
export type UserFilter = {
  unitIds: readonly string[];
  q?: string | undefined;
  role?: string | undefined;
  includeInactive: boolean;
  limit: number;
  offset: number;
};

/** One account by id, or undefined. */
export async function findUser(db: Executor, id: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users as u')
    .innerJoin('units as un', 'un.id', 'u.unitId')
    .select(USER_COLUMNS)
    .where('u.id', '=', id)
    .executeTakeFirst();
}

/** A page of accounts in the given units, ordered by username, with the total count. */
export async function listUsers(db: Executor, f: UserFilter): Promise<{ rows: UserRow[]; total: number }> {
  if (f.unitIds.length === 0) return { rows: [], total: 0 };
  let query = db
    .selectFrom('users as u')
    .innerJoin('units as un', 'un.id', 'u.unitId')
    .where('u.unitId', '=', sql<string>`ANY(${sql.val(f.unitIds)}::uuid[])`);
  if (!f.includeInactive) query = query.where('u.isActive', '=', true);
  if (f.q) {
    // The app's one search rule: every word, folded by cchc_fold (migration 2026120880) as foldVietnamese does.
    const hay = sql<string>`cchc_fold(concat_ws(' ', u.username, u.full_name, u.email))`;
    const words = searchWords(f.q);
    query = query.where((eb) => eb.and(words.map((w) => eb(hay, 'like', likeInfix(w)))));
  }
  if (f.role) {
    const role = f.role;
    query = query.where((eb) =>
      eb.exists(eb.selectFrom('roleGrants as g').select('g.id').whereRef('g.userId', '=', 'u.id').where('g.role', '=', role)),
    );
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query.select(USER_COLUMNS).orderBy('u.username').limit(f.limit).offset(f.offset).execute();
  return { rows, total: Number(total.n) };
}

/** The grants of the given accounts, oldest first. */
export async function grantsOf(db: Executor, userIds: readonly string[]): Promise<GrantRow[]> {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('roleGrants as g')
    .innerJoin('units as un', 'un.id', 'g.unitId')
    .select(['g.id', 'g.userId', 'g.role', 'g.unitId', 'un.name as unitName', 'g.createdAt'])
    .where('g.userId', '=', sql<string>`ANY(${sql.val(userIds)}::uuid[])`)
    .orderBy('g.createdAt')
    .orderBy('g.id')
    .execute();
}

/** One grant of one account, or undefined. */
export async function findGrant(db: Executor, userId: string, grantId: string): Promise<GrantRow | undefined> {
  return db
    .selectFrom('roleGrants as g')
    .innerJoin('units as un', 'un.id', 'g.unitId')
    .select(['g.id', 'g.userId', 'g.role', 'g.unitId', 'un.name as unitName', 'g.createdAt'])
    .where('g.userId', '=', userId)
    .where('g.id', '=', grantId)
    .executeTakeFirst();
}

/** True when a username is taken, ignoring case. */
export async function usernameExists(db: Executor, username: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where(sql`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
  return row !== undefined;
}

/** The password hash of an account (only for verifying a password). */
export async function passwordHashOf(db: Executor, userId: string): Promise<string | undefined> {
  const row = await db.selectFrom('users').select('passwordHash').where('id', '=', userId).executeTakeFirst();
  return row?.passwordHash;
}

/** Ends every session of an account, except optionally one. */
export async function deleteSessions(db: Executor, userId: string, exceptSessionId?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('userId', '=', userId);
  if (exceptSessionId) q = q.where('id', '<>', exceptSessionId);
  await q.execute();
}

/** Fields of a new account. */
export type NewUserValues = {
  username: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  unitId: string;
  passwordHash: string;
};

/** Inserts an account and returns its id. */
export async function insertUser(db: Executor, v: NewUserValues, now: Date): Promise<string> {
  const row = await db
    .insertInto('users')
    .values({ ...v, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Columns an update may set. */
export type UserChanges = Partial<{
  fullName: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  unitId: string;
  isActive: boolean;
  passwordHash: string;
  lockedUntil: Date | null;
  failedLogins: number;
}>;

/** Applies changes to an account and stamps `updated_at`. */
export async function updateUserRow(db: Executor, id: string, changes: UserChanges, now: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({ ...changes, updatedAt: now })
    .where('id', '=', id)
    .execute();
}

/** Inserts a grant and returns its id. */
export async function insertGrant(
  db: Executor,
  v: { userId: string; role: string; unitId: string; grantedBy: string },
  now: Date,
): Promise<string> {
  const row = await db
    .insertInto('roleGrants')
    .values({ ...v, createdAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Deletes a grant. */
export async function deleteGrant(db: Executor, grantId: string): Promise<void> {
  await db.deleteFrom('roleGrants').where('id', '=', grantId).execute();
}

/** The name of a unit, or undefined when it does not exist. */
export async function unitName(db: Executor, unitId: string): Promise<string | undefined> {
  const row = await db.selectFrom('units').select('name').where('id', '=', unitId).executeTakeFirst();
  return row?.name;
}
