import { sql } from 'kysely';
import type { Permission } from '@core/access/permissions';
import { scopeRoots, permissionsOn } from '@core/access/scope';
import type { Unit } from '@db/types';
import type { Executor } from '../../infra/database';
import type { Actor } from '../../plugins/context';
import { loadSubtrees } from './units.repo';

/** Ids of the units in the subtrees rooted at `roots` (roots included), current and historical. */
export async function subtreeIds(db: Executor, roots: readonly string[]): Promise<Set<string>> {
  if (roots.length === 0) return new Set();
  const rows = await sql<{ id: string }>`
    WITH RECURSIVE t(id) AS (
      SELECT id FROM units WHERE id = ANY(${sql.val(roots)}::uuid[])
      UNION
      SELECT u.id FROM units u JOIN t ON u.parent_id = t.id
    )
    SELECT id FROM t`.execute(db);
  return new Set(rows.rows.map((r) => r.id));
}

/** The unit and its ancestors, itself first. */
export async function ancestryOf(db: Executor, unitId: string): Promise<string[]> {
  const rows = await sql<{ id: string; depth: number }>`
    WITH RECURSIVE a(id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM units WHERE id = ${unitId}::uuid
      UNION ALL
      SELECT u.id, u.parent_id, a.depth + 1 FROM units u JOIN a ON u.id = a.parent_id WHERE a.depth < 50
    )
    SELECT id, depth FROM a ORDER BY depth`.execute(db);
  return rows.rows.map((r) => r.id);
}

/** Units where the actor holds the permission (through any grant covering them). */
export async function visibleUnitIds(db: Executor, actor: Actor, permission: Permission): Promise<Set<string>> {
  return subtreeIds(db, scopeRoots(actor.grants, permission));
}

/** The actor's permissions on one unit, for the `abilities` of entities that belong to it. */
export async function abilitiesOnUnit(db: Executor, actor: Actor, unitId: string): Promise<Permission[]> {
  const ancestry = await ancestryOf(db, unitId);
  return [...permissionsOn(actor.grants, ancestry)].sort();
}

/** The units an actor's grants cover, loaded once, with per-unit permissions computed in memory. */
export type UnitScope = {
  /** Every unit under any of the actor's grants (current and historical). */
  byId: Map<string, Unit>;
  /** Ids of the units the actor may see (`unit.read`). */
  readable: Set<string>;
  /** The actor's permissions on a loaded unit (empty when it is not loaded). */
  permissionsOf: (unitId: string) => Set<Permission>;
};

/** Loads the subtrees of all the actor's grants; a province holds a few hundred units, so one query suffices. */
export async function loadUnitScope(db: Executor, actor: Actor): Promise<UnitScope> {
  const rows = await loadSubtrees(db, [...new Set(actor.grants.map((g) => g.unitId))]);
  const byId = new Map(rows.map((u) => [u.id, u]));
  const cache = new Map<string, Set<Permission>>();
  const permissionsOf = (unitId: string): Set<Permission> => {
    const hit = cache.get(unitId);
    if (hit) return hit;
    // Every grant's unit is loaded, so the chain inside byId reaches every grant that covers the unit.
    const chain: string[] = [];
    for (let u = byId.get(unitId); u && chain.length < 100; u = u.parentId ? byId.get(u.parentId) : undefined) chain.push(u.id);
    const perms = chain.length ? permissionsOn(actor.grants, chain) : new Set<Permission>();
    cache.set(unitId, perms);
    return perms;
  };
  const readable = new Set([...byId.keys()].filter((id) => permissionsOf(id).has('unit.read')));
  return { byId, readable, permissionsOf };
}
