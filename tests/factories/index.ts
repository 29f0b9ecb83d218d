import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Role } from '@core/access/roles';
import type { DB, UnitKind } from '@db/types';
import { hashPassword } from '../../server/infra/passwords';

const short = () => randomUUID().slice(0, 8);
let cachedHash: Promise<string> | undefined;
/** Password of every factory user. */
export const TEST_PASSWORD = 'test-password-1';

/** Inserts a unit with overrides; a fresh random code by default. */
export async function buildUnit(
  db: Kysely<DB>,
  o: { name?: string; kind?: UnitKind; parentId?: string | null; code?: string; validFrom?: string; validTo?: string | null } = {},
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

/** Inserts a user at a unit holding the given roles on the given units (default: the user's unit). */
export async function buildUser(
  db: Kysely<DB>,
  o: { unitId: string; roles?: Array<Role | { role: Role; unitId: string }>; username?: string; isActive?: boolean },
) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const user = await db
    .insertInto('users')
    .values({
      username: o.username ?? `u_${short()}`,
      fullName: 'Người dùng thử',
      unitId: o.unitId,
      passwordHash: await cachedHash,
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

/** A signed-in client: cookie and CSRF header ready for `app.inject`. */
export type Session = { cookie: string; csrf: string; headers: Record<string, string> };

/** Logs a user in through the API and returns the headers to send on later requests. */
export async function loginAs(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<Session> {
  // A fresh client address per login keeps a whole test file under the per-IP login rate limit.
  const remoteAddress = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });
  if (res.statusCode !== 200) throw new Error(`login failed for ${username}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}
