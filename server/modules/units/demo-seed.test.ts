import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@tests/harness';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '@db/seeds/demo';

// The demo seed runs on an empty embedded database only (first start), so it is tested on PGlite.
describe('demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    await seedDemo(t.database.db, { dossiers: 600 });
  });
  afterAll(async () => t.close());

  it('lets every demo account sign in and see only its subtree', async () => {
    for (const a of DEMO_ACCOUNTS) {
      // t.as fails the test, naming the account, when the login is refused.
      const s = await t.as({ username: a.username }, { password: DEMO_PASSWORD });
      expect(s.me.grants[0]?.role).toBe(a.role);
    }
  });

  it('adds the procedure catalogue and a year of dossiers', async () => {
    const procedures = await t.database.db
      .selectFrom('procedures')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(procedures.n)).toBeGreaterThanOrEqual(60);
    const dossiers = await t.database.db
      .selectFrom('dossiers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(dossiers.n)).toBe(600);
  });

  it('creates the province with its 102 communes and wards', async () => {
    const n = await t.database.db
      .selectFrom('units')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', 'in', ['commune', 'ward', 'special_zone'])
      .where('validTo', 'is', null)
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(102);
  });
});
