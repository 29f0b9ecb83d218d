import { err, ok, type Result } from '../shared/result';

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
