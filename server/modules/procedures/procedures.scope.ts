import type { Permission } from '@core/access/permissions';
import { can } from '@core/access/roles';
import { permissionsOn } from '@core/access/scope';
import type { Unit } from '@db/types';
import type { Executor } from '../../infra/database';
import type { Actor } from '../../http';
import { rootUnitsOf, unitsUnder } from '../units/units.service';

/**
 * What an actor sees of the catalogue: the catalogue is public information, so a holder of `dossier.read`
 * anywhere in a province reads the whole catalogue of that province (every procedure whose handling unit lies
 * under the province's root unit). Writing needs `procedure.manage` on the handling unit (subtree rule).
 */
export type CatalogueScope = {
  /** Every unit of the provinces the actor's grants touch (current and historical). */
  units: Map<string, Unit>;
  /** Units whose procedures the actor may read (whole provinces). */
  readable: Set<string>;
  /** The root (province) of a loaded unit. */
  rootOf: (unitId: string) => string | undefined;
  /** The actor's permissions on a loaded unit. */
  permissionsOf: (unitId: string) => Set<Permission>;
  /** True when the actor holds `procedure.manage` somewhere (may create and import). */
  managesSomewhere: boolean;
};

/** Loads the provinces under the actor's grants in two queries; a province holds a few hundred units. */
export async function loadCatalogueScope(db: Executor, actor: Actor): Promise<CatalogueScope> {
  const grantRoots = await rootUnitsOf(db, [...new Set(actor.grants.map((g) => g.unitId))]);
  const units = new Map((await unitsUnder(db, [...new Set(grantRoots.values())])).map((u) => [u.id, u]));
  const rootCache = new Map<string, string | undefined>();
  const rootOf = (unitId: string): string | undefined => {
    if (rootCache.has(unitId)) return rootCache.get(unitId);
    let u = units.get(unitId);
    for (let i = 0; u?.parentId && i < 100; i++) u = units.get(u.parentId);
    const root = u && u.parentId === null ? u.id : undefined;
    rootCache.set(unitId, root);
    return root;
  };
  const readRoots = new Set(
    actor.grants
      .filter((g) => can(g.role, 'dossier.read'))
      .map((g) => grantRoots.get(g.unitId))
      .filter((r): r is string => !!r),
  );
  const readable = new Set([...units.keys()].filter((id) => readRoots.has(rootOf(id) ?? '')));
  const permCache = new Map<string, Set<Permission>>();
  const permissionsOf = (unitId: string): Set<Permission> => {
    const hit = permCache.get(unitId);
    if (hit) return hit;
    const chain: string[] = [];
    for (let u = units.get(unitId); u && chain.length < 100; u = u.parentId ? units.get(u.parentId) : undefined) chain.push(u.id);
    const perms = chain.length ? permissionsOn(actor.grants, chain) : new Set<Permission>();
    permCache.set(unitId, perms);
    return perms;
  };
  return { units, readable, rootOf, permissionsOf, managesSomewhere: actor.grants.some((g) => can(g.role, 'procedure.manage')) };
}

/** The caller's abilities on a procedure: reading (the whole province reads) and managing (on the handling unit). */
export function abilitiesOnProcedure(scope: CatalogueScope, handlingUnitId: string): Permission[] {
  const out: Permission[] = [];
  if (scope.readable.has(handlingUnitId)) out.push('dossier.read');
  if (scope.permissionsOf(handlingUnitId).has('procedure.manage')) out.push('procedure.manage');
  return out;
}
