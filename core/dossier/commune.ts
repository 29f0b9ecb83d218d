import { err, ok, type Result } from '../shared/result';

/** Unit kinds at commune level (xã, phường, đặc khu). */
export const COMMUNE_KINDS = ['commune', 'ward', 'special_zone'] as const;
const COMMUNE_KIND_SET: ReadonlySet<string> = new Set(COMMUNE_KINDS);

/** Whether a unit kind is commune level (xã, phường, đặc khu). */
export const isCommuneKind = (kind: string): boolean => COMMUNE_KIND_SET.has(kind);

/** A unit of the tree as the commune rule reads it. */
export type PlaceUnit = { readonly id: string; readonly parentId: string | null; readonly kind: string };

/** Units known by id (a unit and its ancestors at least). */
export type PlaceUnits = ReadonlyMap<string, PlaceUnit>;

// The unit tree is shallow (province, department, unit inside it); the bound only stops a corrupt loop.
const MAX_DEPTH = 50;

/** A unit and its known ancestors, itself first (empty when the unit is not known). */
export function ancestryIn(units: PlaceUnits, unitId: string): string[] {
  const chain: string[] = [];
  for (let u = units.get(unitId); u && chain.length <= MAX_DEPTH; u = u.parentId ? units.get(u.parentId) : undefined) chain.push(u.id);
  return chain;
}

/** The commune a unit belongs to: itself or its nearest commune-level ancestor (null: in no commune). */
export const communeIn = (units: PlaceUnits, unitId: string): string | null =>
  ancestryIn(units, unitId).find((id) => isCommuneKind(units.get(id)?.kind ?? '')) ?? null;

/** The province a unit belongs to: its nearest ancestor of kind province, else the root of its known chain. */
export function provinceIn(units: PlaceUnits, unitId: string): string | undefined {
  const chain = ancestryIn(units, unitId);
  return chain.find((id) => units.get(id)?.kind === 'province') ?? chain[chain.length - 1];
}

/** Why the handling commune named at intake is refused. */
export type HandlingCommuneErrorCode = 'DOSSIER_HANDLING_COMMUNE_REQUIRED' | 'DOSSIER_HANDLING_COMMUNE_NOT_APPLICABLE';

/** Whether the clerk must name the handling commune: a commune-level procedure received at a unit outside any commune. */
export const needsHandlingCommune = (level: string, receivingCommuneId: string | null): boolean =>
  level === 'commune' && receivingCommuneId === null;

// NĐ 118/2025/NĐ-CP (docs/DOMAIN.md §4.6): a dossier may be lodged at any reception point in the province, yet a
// commune-level procedure is still decided by a commune; a reception point outside any commune (the provincial centre)
// names it. A unit inside a commune hands its commune-level dossiers to that commune, so naming another one is refused.
/**
 * The commune that handles a dossier: the receiving unit's own commune, or the one named at intake when the receiving
 * unit is in no commune (null for a province-level procedure). Naming one where it does not apply is refused.
 */
export function handlingCommune(
  level: string,
  receivingCommuneId: string | null,
  namedCommuneId: string | null | undefined,
): Result<string | null, HandlingCommuneErrorCode> {
  const named = namedCommuneId ?? null;
  if (!needsHandlingCommune(level, receivingCommuneId)) {
    if (named !== null) return err('DOSSIER_HANDLING_COMMUNE_NOT_APPLICABLE');
    return ok(level === 'commune' ? receivingCommuneId : null);
  }
  return named === null ? err('DOSSIER_HANDLING_COMMUNE_REQUIRED') : ok(named);
}
