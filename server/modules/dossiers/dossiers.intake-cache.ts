import type { Kysely } from 'kysely';
import type { DB } from '@db/types';
import { LruMap } from '../../infra/lru';
import { loadIntakeContext, type IntakeContext } from './dossiers.intake-repo';

// Every intake reads the same few units and procedures (measured: that read was a third of an intake's CPU), so each
// process keeps what it read, tagged with the catalogue and calendar versions it was read at (migration 2026112616).
// The versions come back with the dossier number, before anything is written; on a mismatch the intake is planned
// again on a fresh read (dossiers.intake.ts). Entries belong to one database (a WeakMap on its Kysely instance).
const MAX_ENTRIES = 2_000;
const caches = new WeakMap<object, LruMap<string, IntakeContext>>();

/** An intake context and whether it came from this process's memory (then it is checked against the versions). */
export type IntakeContextRead = { ctx: IntakeContext | undefined; cached: boolean };

/** The intake context of a receiving unit and procedure, from memory unless `fresh` (undefined: no such unit). */
export async function readIntakeContext(db: Kysely<DB>, unitId: string, procedureId: string, fresh = false): Promise<IntakeContextRead> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new LruMap(MAX_ENTRIES)));
  const key = `${unitId}|${procedureId}`;
  const hit = fresh ? undefined : cache.get(key);
  if (hit) return { ctx: hit, cached: true };
  // A fresh read replaces what was kept, or leaves nothing if the unit or procedure is gone.
  cache.delete(key);
  const ctx = await loadIntakeContext(db, unitId, procedureId);
  // Only a whole context is kept: a missing unit or procedure is looked up again each time, so it can appear.
  if (ctx?.loaded) cache.set(key, ctx);
  return { ctx, cached: false };
}

/** Whether a context was read at the catalogue and calendar versions the database reports now. */
export function isCurrent(ctx: IntakeContext, now: { catalogVersion: number; calendarVersion: number }): boolean {
  return ctx.catalogVersion === now.catalogVersion && ctx.calendarVersion === now.calendarVersion;
}
