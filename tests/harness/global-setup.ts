import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../../server/infra/database';
import { migrateToLatest } from '../../server/infra/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresUrl: string;
  }
}

// Migrate once per run; every test file then starts from this snapshot (PGlite) or shares this database (PostgreSQL).
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-test-'));
  const cleanups: Array<() => Promise<void>> = [async () => rmSync(dir, { recursive: true, force: true })];

  const lite = await openPglite();
  await migrateToLatest(lite.db);
  const dump = await lite.pglite!.dumpDataDir('none');
  const templatePath = join(dir, 'template.tar');
  writeFileSync(templatePath, Buffer.from(await dump.arrayBuffer()));
  await lite.close();
  project.provide('pgliteTemplate', templatePath);

  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `cchc_test_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const server = openPostgres(url.toString(), 2);
    await migrateToLatest(server.db);
    await server.close();
    project.provide('postgresUrl', url.toString());
    cleanups.push(async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    });
  } else {
    project.provide('postgresUrl', '');
  }
  return async () => {
    for (const c of cleanups) await c();
  };
}
