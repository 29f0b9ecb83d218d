import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { openPglite, openPostgres, type Database, type DatabaseKind } from '../../server/infra/database';

/** Which engines the server suite runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const ENGINES: DatabaseKind[] = inject('postgresUrl') ? ['pglite', 'postgres'] : ['pglite'];

/** A migrated test database of the given kind (fresh PGlite copy, or the shared PostgreSQL test database). */
export async function openTestDatabase(kind: DatabaseKind): Promise<Database> {
  if (kind === 'postgres') return openPostgres(inject('postgresUrl'), 4);
  const template = readFileSync(inject('pgliteTemplate'));
  return openPglite({ loadDataDir: new Blob([template]) });
}

/** A test app and its database; `now` can be moved to test time-dependent rules. */
export type TestContext = { app: FastifyInstance; database: Database; clock: { now: Date }; close: () => Promise<void> };

/** Builds the app on a fresh test database with a settable clock. */
export async function createTestApp(kind: DatabaseKind, env: Record<string, string> = {}): Promise<TestContext> {
  const database = await openTestDatabase(kind);
  const clock = { now: new Date() };
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  const app = await buildApp({
    deps: { db: database.db, dbKind: database.kind, config, now: () => clock.now, version: 'test' },
    webDist: null,
  });
  await app.ready();
  return {
    app,
    database,
    clock,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
