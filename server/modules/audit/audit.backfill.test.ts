import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import type { DB } from '@db/types';
import { ENGINES, buildOrg, openTestDatabase } from '@tests/harness';
import type { Database } from '../../infra/database';
import { down, up } from '../../../db/migrations/2026120930_audit_entity_label';

class Rollback extends Error {}

// Migration 2026120930 labels the entries written before it by the same rule as its trigger. Run here on rows written
// without it, inside a transaction that is rolled back (the PostgreSQL test database is shared by the test files).
describe.each(ENGINES)('audit labels of older entries on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => database.close());

  it('fills the label and search text of existing rows, then refuses updates again', async () => {
    const org = await buildOrg(database.db);
    const seen: Array<{ entityId: string; entityLabel: string | null; searchText: string }> = [];
    await expect(
      database.db.transaction().execute(async (trx: Kysely<DB>) => {
        await down(trx as Kysely<unknown>);
        await sql`INSERT INTO audit_log (actor_username, action, entity_type, entity_id, unit_id, before)
          VALUES ('thu', 'unit.update', 'unit', ${org.deptA.id}, ${org.deptA.id}, NULL),
                 ('thu', 'target.delete', 'target', ${crypto.randomUUID()}, NULL, '{"key":"dossier.on_time_rate","validFrom":"2026-01-01"}'::jsonb)`.execute(
          trx,
        );
        await up(trx as Kysely<unknown>);
        const rows = await trx
          .selectFrom('auditLog')
          .select(['entityId', 'entityLabel', 'searchText'])
          .where('actorUsername', '=', 'thu')
          .where('action', 'in', ['unit.update', 'target.delete'])
          .orderBy('id')
          .execute();
        seen.push(...rows.slice(-2));
        await expect(sql`UPDATE audit_log SET action = 'forged' WHERE entity_id = ${org.deptA.id}`.execute(trx)).rejects.toThrow(
          /append-only/,
        );
        throw new Rollback();
      }),
    ).rejects.toThrow(Rollback);
    expect(seen.map((r) => r.entityLabel)).toEqual(['Sở Nội vụ thử', 'dossier.on_time_rate – 01/01/2026']);
    expect(seen[0]?.searchText).toBe(`so noi vu thu ${org.deptA.id} thu`);
  });
});
