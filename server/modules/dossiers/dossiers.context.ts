import type { Kysely } from 'kysely';
import type { DB } from '@db/types';
import { AppError } from '../../http';
import { LruMap } from '../../infra/lru';
import { loadIntakeContext, nextSequence, type IntakeContext } from './dossiers.intake.repo';

// Every intake reads the same few units and procedures (measured: that read was a third of an intake's CPU), so each
// process keeps what it read, tagged with the catalogue and calendar versions it was read at (migration 2026112616).
// The versions come back with the dossier number, before anything is written; on a mismatch the intake is planned
// again on a fresh read (planOnContext). Entries belong to one database (a WeakMap on its Kysely instance).
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

/**
 * Plans an intake on its context and takes its number. The context comes from this process's memory when it can: a
 * refusal planned on a remembered context is only final on a fresh read, and a remembered context older than the
 * versions that come back with the number is planned again on a fresh read before anything is written.
 */
export async function planOnContext<P>(
  db: Kysely<DB>,
  at: { unitId: string; procedureId: string; day: string },
  plan: (ctx: IntakeContext | undefined) => Promise<P>,
): Promise<{ planned: P; seq: number }> {
  const { unitId, procedureId } = at;
  let read = await readIntakeContext(db, unitId, procedureId);
  let planned: P;
  try {
    planned = await plan(read.ctx);
  } catch (e) {
    if (!read.cached || !(e instanceof AppError)) throw e;
    read = await readIntakeContext(db, unitId, procedureId, true);
    planned = await plan(read.ctx);
  }
  const taken = await nextSequence(db, unitId, at.day);
  if (read.cached && read.ctx && !isCurrent(read.ctx, taken)) {
    read = await readIntakeContext(db, unitId, procedureId, true);
    planned = await plan(read.ctx); // a refusal now leaves the number unused, as a failed write does
  }
  return { planned, seq: taken.value };
}
