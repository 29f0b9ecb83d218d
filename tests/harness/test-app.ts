import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '@db/types';
import { buildApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { openPglite, openPostgres, type Database, type DatabaseKind } from '../../server/infra/database';
import { clientOf, signIn, type Client, type SignedIn } from './client';
import { buildUnit, buildUser, type GrantSpec } from './factories';

/** Which engines the server suite runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const ENGINES: DatabaseKind[] = inject('postgresUrl') ? ['pglite', 'postgres'] : ['pglite'];

/** A migrated test database of the given kind (fresh PGlite copy, or the shared PostgreSQL test database). */
export async function openTestDatabase(kind: DatabaseKind): Promise<Database> {
  if (kind === 'postgres') return openPostgres(inject('postgresUrl'), 4);
  const template = readFileSync(inject('pgliteTemplate'));
  return openPglite({ loadDataDir: new Blob([template]) });
}

/** Who `t.as` signs in: new user(s) holding roles, or an existing user (by row or username). */
type Who = GrantSpec | GrantSpec[] | { username: string };
/** For a new user: the unit it belongs to (default: a new province of its own) and its names. For an existing one: its password. */
type AsOptions = { unit?: string | { id: string }; username?: string; fullName?: string; password?: string };

/** The app on a test database with a settable clock, and clients to call it with. */
export type TestApp = {
  app: FastifyInstance;
  database: Database;
  /** `database.db`: where factories write. */
  db: Kysely<DB>;
  /** Move `clock.now` to test rules that depend on the date; the app reads it on every request. */
  clock: { now: Date };
  /** No session: for public routes and 401s. */
  anon: Client;
  /**
   * A signed-in client. `t.as('one_stop_clerk', { unit })` creates a user at `unit` holding that role there;
   * `t.as(['leader', { role: 'secretariat', unitId }])` several roles, on the user's unit or the one named;
   * `t.as(user)` or `t.as(user, { password })` signs in an existing user. Always through the real login route.
   */
  as(who: Who, o?: AsOptions): Promise<SignedIn>;
  /**
   * Another app over the same database, as a second worker of `WORKERS=2` would be: on PostgreSQL with a pool of its
   * own, on PGlite (one process only) over the same connection. Closed by `close()`.
   */
  sibling(): Promise<FastifyInstance>;
  close: () => Promise<void>;
};

/** Extras: collect the app's log lines (JSON, level info) into `log`; serve a built web folder; run on a database of the test's own (closed by `close()`). */
export type TestAppOptions = { log?: string[]; webDist?: string; database?: Database };

/** Builds the app on a fresh test database (PGlite: a copy of the migrated template; PostgreSQL: the shared test database). */
export async function createTestApp(kind: DatabaseKind, env: Record<string, string> = {}, o: TestAppOptions = {}): Promise<TestApp> {
  const database = o.database ?? (await openTestDatabase(kind));
  const clock = { now: new Date() };
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  const app = await buildApp({
    deps: { db: database.db, dbKind: database.kind, config, now: () => clock.now, version: 'test' },
    webDist: o.webDist ?? null,
    ...(o.log ? { logger: { level: 'info' }, logStream: { write: (line: string) => void o.log?.push(line) } } : {}),
  });
  await app.ready();
  const db = database.db;
  const as = async (who: Who, o: AsOptions = {}): Promise<SignedIn> => {
    let user;
    if (typeof who === 'object' && 'username' in who) {
      const { session, me } = await signIn(app, who.username, o.password);
      user = await db.selectFrom('users').selectAll().where('id', '=', me.user.id).executeTakeFirstOrThrow();
      return { ...clientOf(app, session), user, session, me };
    }
    const unitId = typeof o.unit === 'string' ? o.unit : (o.unit?.id ?? (await buildUnit(db, { kind: 'province' })).id);
    user = await buildUser(db, { unitId, roles: Array.isArray(who) ? who : [who], username: o.username, fullName: o.fullName });
    const { session, me } = await signIn(app, user.username);
    return { ...clientOf(app, session), user, session, me };
  };
  const siblings: Array<{ app: FastifyInstance; database?: Database }> = [];
  const sibling = async () => {
    const own = kind === 'postgres' ? await openTestDatabase('postgres') : undefined;
    const other = await buildApp({
      deps: { db: own?.db ?? database.db, dbKind: database.kind, config, now: () => clock.now, version: 'test' },
      webDist: null,
    });
    await other.ready();
    siblings.push({ app: other, database: own });
    return other;
  };
  return {
    app,
    database,
    db,
    clock,
    anon: clientOf(app),
    as,
    sibling,
    close: async () => {
      for (const s of siblings) {
        await s.app.close();
        await s.database?.close();
      }
      await app.close();
      await database.close();
    },
  };
}
