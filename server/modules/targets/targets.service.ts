import { effectiveTarget, type TargetKey } from '@core/targets';
import type { EffectiveTargetQuery, EffectiveTargetResponse, TargetListQuery, TargetListResponse } from '@contracts/targets';
import type { Executor } from '../../infra/database';
import type { Actor } from '../../http';
import { vietnamToday } from '@core/calendar';
import { ancestryOf } from '../units/units.service';
import { abilitiesOnTarget, loadTargetScope, targetUnitNotFound } from './targets.policy';
import { targetView } from './targets.present';
import { listTargets, versionsInEffect, type TargetWithUnit } from './targets.repo';

/** Versions the caller can see (province-wide ones and those of units they read), filtered by key and unit. */
export async function listTargetVersions(db: Executor, actor: Actor, q: TargetListQuery): Promise<TargetListResponse> {
  const scope = await loadTargetScope(db, actor);
  if (q.unitId && !scope.canRead(q.unitId)) throw targetUnitNotFound('unitId');
  const rows = await listTargets(db, { key: q.key, unitIds: scope.readableUnits, onlyUnitId: q.unitId });
  return { items: rows.map((r) => targetView(r, abilitiesOnTarget(scope, r.unitId))), provinceAbilities: abilitiesOnTarget(scope, null) };
}

// The unit's ancestry (itself first) and the candidate versions, then the core picks the closest in effect.
async function findEffective(db: Executor, key: string, unitId: string | null, date: string): Promise<TargetWithUnit | null> {
  const ancestry = unitId === null ? [] : await ancestryOf(db, unitId);
  return effectiveTarget(await versionsInEffect(db, key, ancestry, date), key, ancestry, date);
}

/** The version in effect for a key, a unit the caller can see (or province-wide) and a date (default: today). */
export async function effectiveTargetView(
  db: Executor,
  actor: Actor,
  q: EffectiveTargetQuery,
  now: Date,
): Promise<EffectiveTargetResponse> {
  const scope = await loadTargetScope(db, actor);
  if (q.unitId && !scope.canRead(q.unitId)) throw targetUnitNotFound('unitId');
  const date = q.date ?? vietnamToday(now);
  const row = await findEffective(db, q.key, q.unitId ?? null, date);
  return { key: q.key, unitId: q.unitId ?? null, date, target: row ? targetView(row, abilitiesOnTarget(scope, row.unitId)) : null };
}

/** Value and source of the target in effect for a unit on a day, for reports whose caller already checked the unit's scope. */
export async function targetInEffect(
  db: Executor,
  key: TargetKey,
  unitId: string | null,
  date: string,
): Promise<{ value: number; source: string } | null> {
  const row = await findEffective(db, key, unitId, date);
  return row ? { value: Number(row.value), source: row.source } : null;
}
