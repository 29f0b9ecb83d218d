import type { Kysely } from 'kysely';
import type { DB } from '@db/types';
import { fillSearchTextBatch } from './dossiers.write.repo';

/** Dossiers filled per statement: short enough that no statement holds many rows for long. */
export const SEARCH_FILL_BATCH = 2_000;

/**
 * Fills the folded search text of dossiers written before migration 2026112614 (the trigger fills every later one), a
 * batch at a time in id order through the partial index of unfilled rows (migration 2026112615); returns how many.
 * Safe to run in several processes at once: a row already filled no longer matches.
 */
export async function fillSearchText(db: Kysely<DB>, opts: { batch?: number; stopped?: () => boolean } = {}): Promise<number> {
  const batch = opts.batch ?? SEARCH_FILL_BATCH;
  let filled = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  while (!opts.stopped?.()) {
    const ids = await fillSearchTextBatch(db, after, batch);
    if (ids.length === 0) break;
    filled += ids.length;
    after = ids.reduce((max, id) => (id > max ? id : max), after);
  }
  return filled;
}
