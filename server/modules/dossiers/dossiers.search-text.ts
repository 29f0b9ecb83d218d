import { sql, type Kysely } from 'kysely';
import type { DB } from '@db/types';

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
    // Naming `code` in SET fires the search trigger (UPDATE OF code, …), so the folding has one definition; the
    // statistics triggers watch other columns and stay quiet.
    const { rows } = await sql<{ id: string }>`
      UPDATE dossiers SET code = code
      WHERE id IN (SELECT id FROM dossiers WHERE search_text = '' AND id > ${after}::uuid ORDER BY id LIMIT ${batch})
      RETURNING id`.execute(db);
    if (rows.length === 0) break;
    filled += rows.length;
    after = rows.reduce((max, r) => (r.id > max ? r.id : max), after);
  }
  return filled;
}
