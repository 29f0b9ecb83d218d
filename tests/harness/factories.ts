import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import type { Role } from '@core/access/roles';
import type { DB, UnitKind } from '@db/types';

// Factories write real rows with the fields a test does not care about filled in; each takes overrides. They take the
// database (t.db, or a transaction), not the app, so scripts and infrastructure tests use them too.

/** A short random suffix for codes and names that must not collide on the shared PostgreSQL test database. */
export const short = () => randomUUID().slice(0, 8);

/** Password of every factory user. */
export const TEST_PASSWORD = 'test-password-1';
let testPasswordHash: Promise<string> | undefined;
// argon2id like every stored password, with the smallest cost: signing in verifies it on every t.as(), and the
// production cost (server/infra/passwords.ts) is for attackers, not tests.
const passwordHash = () => (testPasswordHash ??= hash(TEST_PASSWORD, { memoryCost: 1024, timeCost: 1, parallelism: 1 }));

/** A unit row as the factories return it. */
export type UnitRow = Awaited<ReturnType<typeof buildUnit>>;
/** A user row as the factories return it. */
export type UserRow = Awaited<ReturnType<typeof buildUser>>;
/** A role held on the user's own unit, or on the unit named. */
export type GrantSpec = Role | { role: Role; unitId: string };

/** Inserts a unit (a department in effect since 1 July 2025, with a fresh random code, unless told otherwise). */
export async function buildUnit(
  db: Kysely<DB>,
  o: {
    name?: string;
    kind?: UnitKind;
    parentId?: string | null;
    code?: string;
    validFrom?: string;
    validTo?: string | null;
    address?: string | null;
  } = {},
) {
  return db
    .insertInto('units')
    .values({
      code: o.code ?? `T${short()}`,
      name: o.name ?? `Đơn vị thử ${short()}`,
      kind: o.kind ?? 'department',
      parentId: o.parentId ?? null,
      validFrom: o.validFrom ?? '2025-07-01',
      validTo: o.validTo ?? null,
      ...(o.address === undefined ? {} : { address: o.address }),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A small organisation of its own: a province with two departments and a commune. */
export async function buildOrg(db: Kysely<DB>) {
  const province = await buildUnit(db, { kind: 'province', name: `Tỉnh thử ${short()}` });
  const deptA = await buildUnit(db, { kind: 'department', parentId: province.id, name: 'Sở Nội vụ thử' });
  const deptB = await buildUnit(db, { kind: 'department', parentId: province.id, name: 'Sở Tư pháp thử' });
  const commune = await buildUnit(db, { kind: 'commune', parentId: province.id, name: 'Xã thử' });
  return { province, deptA, deptB, commune };
}

/** Inserts a user at a unit, holding the given roles (on the user's unit, or on the unit named); password TEST_PASSWORD. */
export async function buildUser(
  db: Kysely<DB>,
  o: { unitId: string; roles?: GrantSpec[]; username?: string; fullName?: string; isActive?: boolean },
) {
  const user = await db
    .insertInto('users')
    .values({
      username: o.username ?? `u_${short()}`,
      fullName: o.fullName ?? 'Người dùng thử',
      unitId: o.unitId,
      passwordHash: await passwordHash(),
      isActive: o.isActive ?? true,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  for (const r of o.roles ?? []) {
    const g = typeof r === 'string' ? { role: r, unitId: o.unitId } : r;
    await db.insertInto('roleGrants').values({ userId: user.id, role: g.role, unitId: g.unitId }).execute();
  }
  return user;
}
