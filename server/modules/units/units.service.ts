import type { UnitDetail, UnitHistory, UnitListQuery, UnitListResponse } from '@contracts/units';
import type { Unit } from '@db/types';
import type { Executor } from '../../infra/database';
import { notFound } from '../../plugins/app-error';
import type { Actor } from '../../plugins/context';
import { successionsOf, successionsTouching, type SuccessionRow } from './units.repo';
import { loadUnitScope, type UnitScope } from './units.scope';
import { compareUnits, statusOn, unitMatcher } from './units.rules';
import { toDetail, toLink, toListItem, toUnitRef } from './units.present';

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
