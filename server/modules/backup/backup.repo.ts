import type { Executor } from '../../infra/database';

/** Ids of the top-level units (no parent): a whole-database backup needs the administrator's grant on every one. */
export async function rootUnitIds(db: Executor): Promise<string[]> {
  return (await db.selectFrom('units').select('id').where('parentId', 'is', null).execute()).map((u) => u.id);
}
