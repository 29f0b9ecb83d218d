import { useQuery } from '@tanstack/react-query';
import { UnitDetailSchema, type UnitDetail } from '@contracts/units';
import { api } from '@web/lib/api';
import { unitsKeys } from './get-units';

/** `GET /api/units/:id`: one unit with parent, children, predecessors and successors. */
export function getUnit(id: string, asOf?: string): Promise<UnitDetail> {
  return api('GET', `/api/units/${encodeURIComponent(id)}`, { query: { asOf }, schema: UnitDetailSchema });
}

/** One unit's detail; idle without an id. */
export function useUnit(id: string | undefined, asOf?: string) {
  return useQuery({
    queryKey: unitsKeys.detail(id ?? '', asOf),
    queryFn: () => getUnit(id ?? '', asOf),
    enabled: Boolean(id),
  });
}
