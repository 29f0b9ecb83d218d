import type { Permission } from '@core/access/permissions';
import { permissionsOn, scopeRoots } from '@core/access/scope';
import type { UnitDetail, UnitHistory, UnitListQuery, UnitListResponse } from '@contracts/units';
import type { Unit } from '@db/types';
import type { Executor } from '../../infra/database';
import { notFound, type Actor } from '../../http';
import { ancestryIdsOf, loadSubtrees, rootsOf, subtreeIdsOf, successionsOf, successionsTouching, type SuccessionRow } from './units.repo';
import { compareUnits, statusOn, unitMatcher } from './units.rules';
import { toDetail, toLink, toListItem, toUnitRef } from './units.present';

// The units module's service: the unit tree and who sees what of it. Other modules read units only through the
// functions of this file (ancestry, subtrees, the caller's scope); its read routes use the rest.

/** Ids of the units in the subtrees rooted at `roots` (roots included), current and historical. */
export async function subtreeIds(db: Executor, roots: readonly string[]): Promise<Set<string>> {
  return subtreeIdsOf(db, roots);
}

/** The unit and its ancestors, itself first. */
export async function ancestryOf(db: Executor, unitId: string): Promise<string[]> {
  return ancestryIdsOf(db, unitId);
}

/** Every unit (current and historical) in the subtrees rooted at `roots`, roots included. */
export async function unitsUnder(db: Executor, roots: readonly string[]): Promise<Unit[]> {
  return loadSubtrees(db, roots);
}

/** The root (province, or whatever top unit) of each given unit. */
export async function rootUnitsOf(db: Executor, unitIds: readonly string[]): Promise<Map<string, string>> {
  return rootsOf(db, unitIds);
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

/** The 404 for a unit the caller may not see (or that does not exist). */
export const unitNotFound = () => notFound('Đơn vị');

function listItem(scope: UnitScope, u: Unit, asOf: string, childCount: number) {
  const parent = u.parentId && scope.readable.has(u.parentId) ? scope.byId.get(u.parentId) : undefined;
  return toListItem(u, asOf, { parentName: parent?.name ?? null, childCount, abilities: scope.permissionsOf(u.id) });
}

/**
 * Units the actor may see, flat, in display order. Without `includeClosed` only units in effect on `asOf`
 * are listed; `childCount` counts the children that pass the same date filter (not `q`/`kind`/`parentId`).
 */
export async function listUnits(db: Executor, actor: Actor, query: UnitListQuery, today: string): Promise<UnitListResponse> {
  const asOf = query.asOf ?? today;
  const scope = await loadUnitScope(db, actor);
  if (query.parentId && !scope.readable.has(query.parentId)) throw unitNotFound();
  const inTime = [...scope.readable]
    .map((id) => scope.byId.get(id))
    .filter((u): u is Unit => u !== undefined && (query.includeClosed === true || statusOn(u, asOf) === 'active'));
  const childCount = new Map<string, number>();
  for (const u of inTime) if (u.parentId) childCount.set(u.parentId, (childCount.get(u.parentId) ?? 0) + 1);
  const matches = unitMatcher(query.q);
  const kinds = query.kind ? new Set<string>(query.kind) : null;
  const items = inTime
    .filter((u) => (!query.parentId || u.parentId === query.parentId) && (!kinds || kinds.has(u.kind)) && matches(u))
    .sort(compareUnits)
    .map((u) => listItem(scope, u, asOf, childCount.get(u.id) ?? 0));
  return { asOf, items, total: items.length };
}

/** One unit with its parent, children and succession links; links to units the caller cannot see are left out. */
export async function describeUnit(db: Executor, actor: Actor, id: string, asOf: string): Promise<UnitDetail> {
  const scope = await loadUnitScope(db, actor);
  const u = scope.byId.get(id);
  if (!u || !scope.readable.has(id)) throw unitNotFound();
  const children = [...scope.readable]
    .map((cid) => scope.byId.get(cid))
    .filter((c): c is Unit => c !== undefined && c.parentId === id)
    .sort(compareUnits);
  const links = await successionsOf(db, id);
  const visibleLinks = (list: typeof links.predecessors) =>
    list
      .filter((l) => scope.readable.has(l.unit.id))
      .sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || compareUnits(a.unit, b.unit))
      .map((l) => toLink(l, asOf));
  const parent = u.parentId && scope.readable.has(u.parentId) ? scope.byId.get(u.parentId) : undefined;
  const activeChildren = children.filter((c) => statusOn(c, asOf) === 'active').length;
  return toDetail(listItem(scope, u, asOf, activeChildren), u, {
    parent: parent ? toUnitRef(parent, asOf) : null,
    children: children.map((c) => toUnitRef(c, asOf)),
    predecessors: visibleLinks(links.predecessors),
    successors: visibleLinks(links.successors),
  });
}

/**
 * The succession graph around a unit, followed both ways (predecessors of predecessors, successors of
 * successors, and so on), through visible units only.
 */
export async function unitHistory(db: Executor, actor: Actor, id: string, asOf: string): Promise<UnitHistory> {
  const scope = await loadUnitScope(db, actor);
  if (!scope.readable.has(id)) throw unitNotFound();
  const seen = new Set([id]);
  const links = new Map<string, SuccessionRow>();
  let frontier = [id];
  for (let depth = 0; frontier.length > 0 && depth < 50; depth++) {
    const rows = await successionsTouching(db, frontier);
    const next: string[] = [];
    for (const r of rows) {
      if (!scope.readable.has(r.predecessorId) || !scope.readable.has(r.successorId)) continue;
      links.set(`${r.predecessorId}>${r.successorId}`, r);
      for (const other of [r.predecessorId, r.successorId]) {
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  const units = [...seen].map((uid) => scope.byId.get(uid)).filter((u): u is Unit => u !== undefined);
  return {
    units: units.sort((a, b) => a.validFrom.localeCompare(b.validFrom) || compareUnits(a, b)).map((u) => toUnitRef(u, asOf)),
    links: [...links.values()]
      .sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn))
      .map((r) => ({
        predecessorId: r.predecessorId,
        successorId: r.successorId,
        effectiveOn: r.effectiveOn,
        legalRef: r.legalRef,
        note: r.note,
      })),
  };
}
