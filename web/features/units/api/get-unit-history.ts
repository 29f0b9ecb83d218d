import { useQuery } from '@tanstack/react-query';
import { UnitHistorySchema, type UnitHistory } from '@contracts/units';
import { api } from '@web/lib/api';
import { unitsKeys } from './get-units';

/** `GET /api/units/:id/history`: every unit reachable through successions, and the links. */
export function getUnitHistory(id: string, asOf?: string): Promise<UnitHistory> {
  return api('GET', `/api/units/${encodeURIComponent(id)}/history`, { query: { asOf }, schema: UnitHistorySchema });
}

/** The succession graph around a unit. */
export function useUnitHistory(id: string | undefined, asOf?: string) {
  return useQuery({
    queryKey: unitsKeys.history(id ?? '', asOf),
    queryFn: () => getUnitHistory(id ?? '', asOf),
    enabled: Boolean(id),
  });
}
