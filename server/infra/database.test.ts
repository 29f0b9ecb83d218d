import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { ENGINES, buildUnit, openTestDatabase } from '@tests/harness';
import { openPglite, type Database } from './database';

describe.each(ENGINES)('database layer on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => database.close());

  it('keeps concurrent read-modify-write transactions from interleaving', async () => {
    const unit = await buildUnit(database.db, { name: 'Đếm' });
    // Each transaction reads a counter and writes it back +1; any interleaving would lose increments.
    await sql`CREATE TABLE IF NOT EXISTS test_counter (unit_id uuid PRIMARY KEY, n integer NOT NULL)`.execute(database.db);
    await sql`INSERT INTO test_counter VALUES (${unit.id}, 0)`.execute(database.db);
    await Promise.all(
      Array.from({ length: 25 }, () =>
        database.db.transaction().execute(async (trx) => {
          const row = await sql<{ n: number }>`SELECT n FROM test_counter WHERE unit_id = ${unit.id} FOR UPDATE`.execute(trx);
          await sql`UPDATE test_counter SET n = ${(row.rows[0]?.n ?? 0) + 1} WHERE unit_id = ${unit.id}`.execute(trx);
        }),
      ),
    );
    const after = await sql<{ n: number }>`SELECT n FROM test_counter WHERE unit_id = ${unit.id}`.execute(database.db);
    expect(after.rows[0]?.n).toBe(25);
  });

  it('rolls back every row of a failed transaction', async () => {
    const code = `RB${Date.now()}`;
    await expect(
      database.db.transaction().execute(async (trx) => {
        await buildUnit(trx as never, { code });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const n = await database.db.selectFrom('units').select('id').where('code', '=', code).execute();
    expect(n).toHaveLength(0);
  });

  it('returns DATE columns as YYYY-MM-DD strings', async () => {
    const unit = await buildUnit(database.db, { validFrom: '2025-07-01' });
    const row = await database.db.selectFrom('units').select('validFrom').where('id', '=', unit.id).executeTakeFirstOrThrow();
    expect(row.validFrom).toBe('2025-07-01');
  });
});

describe('embedded data folder', () => {
  it('refuses a second process-level open of the same folder while locked, and keeps data across reopen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-lock-'));
    try {
      const first = await openPglite({ dataDir: dir });
      await sql`CREATE TABLE kept (x int)`.execute(first.db);
      await sql`INSERT INTO kept VALUES (42)`.execute(first.db);
      await first.close();
      const again = await openPglite({ dataDir: dir });
      const r = await sql<{ x: number }>`SELECT x FROM kept`.execute(again.db);
      expect(r.rows[0]?.x).toBe(42);
      await again.close();
      // Another live process (our parent) holds the folder: opening must fail with a clear message.
      writeFileSync(join(dir, 'cchc.lock'), String(process.ppid));
      await expect(openPglite({ dataDir: dir })).rejects.toThrow(/đang được tiến trình .* sử dụng/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
