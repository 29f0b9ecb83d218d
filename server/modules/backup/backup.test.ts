import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ENGINES, buildOrg, tableSnapshot, buildUnit, createTestApp, type SignedIn, type TestApp } from '@tests/harness';
import { openPglite, openPostgres, type Database, type DatabaseKind } from '../../infra/database';
import { migrateToLatest } from '../../infra/migrate';
import { hasDumpEndMarker, runSqlScript } from '../../../scripts/sql-script';
import { BACKUP_RATE_LIMIT } from './index';

/** A database of this file's own: the whole database is compared, so no other test file may write to it meanwhile. */
async function ownDatabase(engine: DatabaseKind): Promise<{ database?: Database; drop: () => Promise<void> }> {
  if (engine === 'pglite') return { drop: async () => {} };
  const base = inject('postgresUrl');
  const name = `cchc_backup_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const database = openPostgres(Object.assign(new URL(base), { pathname: `/${name}` }).toString(), 4);
  await migrateToLatest(database.db);
  return {
    database,
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Issue #16 point 9: the running database is backed up through the app, in the db:backup format that db:restore loads.
describe.each(ENGINES)('online backup on %s', (engine) => {
  let t: TestApp;
  let drop: () => Promise<void>;
  let provinces: string[];
  let admin: SignedIn;
  beforeAll(async () => {
    const own = await ownDatabase(engine);
    drop = own.drop;
    t = await createTestApp(engine, {}, own.database ? { database: own.database } : {});
    const [a, b] = [await buildOrg(t.db), await buildOrg(t.db)];
    const roots = await t.db.selectFrom('units').select('id').where('parentId', 'is', null).execute();
    provinces = roots.map((r) => r.id);
    expect(provinces).toEqual(expect.arrayContaining([a.province.id, b.province.id]));
    admin = await t.as(
      provinces.map((unitId) => ({ role: 'system_admin' as const, unitId })),
      { unit: a.province.id },
    );
  }, 120_000);
  afterAll(async () => {
    await t.close();
    await drop();
  });

  it('is refused to anyone but the administrator of every top-level unit, and rate-limited', async () => {
    expect((await t.anon.get('/api/admin/backup')).statusCode).toBe(401);
    const secretariat = await t.as('secretariat', { unit: provinces[0] });
    expect((await secretariat.get('/api/admin/backup')).statusCode).toBe(403);
    const department = await buildUnit(t.db, { parentId: provinces[0] });
    const partial = await t.as('system_admin', { unit: department.id });
    const oneProvince = await t.as('system_admin', { unit: provinces[1] });
    expect((await oneProvince.get('/api/admin/backup')).json().error.code).toBe('FORBIDDEN');
    for (let i = 0; i < BACKUP_RATE_LIMIT; i++) expect((await partial.get('/api/admin/backup')).statusCode).toBe(403);
    expect((await partial.get('/api/admin/backup')).json().error.code).toBe('RATE_LIMITED');
  });

  it('dumps one consistent snapshot while units are being created, and the dump restores into a fresh database', async () => {
    const written: string[] = [];
    // The whole database after each write: the dump must equal one of them.
    const states: Array<Record<string, string[]>> = [];
    let stop = false;
    const writer = (async () => {
      for (let i = 0; !stop; i++) {
        const res = await admin.post('/api/units', {
          code: `SL-${Date.now()}-${i}`,
          name: `Phòng ghi trong lúc sao lưu ${i}`,
          kind: 'department',
          parentId: provinces[0],
        });
        expect(res.statusCode).toBe(201);
        written.push(res.json().id);
        states.push(await tableSnapshot(t.db));
      }
    })();
    while (written.length < 2) await sleep(5);
    const res = await admin.get('/api/admin/backup');
    const before = written.length;
    while (written.length < before + 2) await sleep(5);
    stop = true;
    await writer;

    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/sql; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="cchc-backup-\d{8}-\d{6}\.sql"$/);
    const dump = res.body;
    expect(hasDumpEndMarker(dump.slice(-4096))).toBe(true);
    const target = await openPglite();
    try {
      await runSqlScript(target.db, dump);
      const restored = await tableSnapshot(target.db);
      // The snapshot is a cut through the writes: some units made it, the later ones did not.
      const kept = written.filter((id) => restored.units?.some((u) => u.includes(id)));
      expect(kept.length).toBeGreaterThanOrEqual(2);
      expect(kept.length).toBeLessThan(written.length);
      // Each unit is in the dump with its audit entry, or neither is (one transaction each).
      for (const id of written) expect(restored.audit_log?.some((a) => a.includes(`"entity_id": "${id}"`))).toBe(kept.includes(id));
      // Every table equals the running database as it was after the last write the dump holds (the backup's own audit
      // entry, written just before the dump, aside).
      const isBackupEntry = (row: string) => row.includes('"action": "database.backup"');
      const withoutBackupEntry = (state: Record<string, string[]>) =>
        Object.fromEntries(Object.entries(state).map(([table, rows]) => [table, rows.filter((r) => !isBackupEntry(r))]));
      expect(withoutBackupEntry(restored)).toEqual(withoutBackupEntry(states[kept.length - 1] ?? {}));
      expect(restored.audit_log?.filter(isBackupEntry)).toHaveLength(1);
    } finally {
      await target.close();
    }
  }, 120_000);

  it.runIf(engine === 'postgres')(
    'ends the dump and frees its connection when the download stops',
    async () => {
      // About 20 MB of rows: far more than the socket and stream buffers hold.
      await sql`INSERT INTO audit_log (action, entity_type, entity_id, after)
      SELECT 'test.bulk', 'test', g::text, to_jsonb(repeat('x', 1000)) FROM generate_series(1, 20000) g`.execute(t.db);
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = t.app.server.address() as AddressInfo;
      const status = await new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/api/admin/backup', headers: { cookie: admin.session.cookie } }, (res) => {
          res.once('data', () => {
            req.destroy();
            resolve(res.statusCode ?? 0);
          });
        });
        req.on('error', (e) => (req.destroyed ? undefined : reject(e)));
        req.end();
      });
      expect(status).toBe(200);
      // No other connection of this database stays in the dump's transaction.
      const busy = async () =>
        (
          await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND state IN ('active', 'idle in transaction')`.execute(t.db)
        ).rows[0]?.n;
      const deadline = Date.now() + 15_000;
      while ((await busy()) !== 0 && Date.now() < deadline) await sleep(100);
      expect(await busy()).toBe(0);
    },
    60_000,
  );
});
