import { useQuery } from '@tanstack/react-query';
import { UnitListResponseSchema, type UnitListResponse } from '@contracts/units';
import { api } from '@web/lib/api';
import { usersKeys } from './keys';

/** Fetches every unit in effect that the caller can see (a flat list with `parentId`) for the pickers. */
export function fetchUnits(): Promise<UnitListResponse> {
  return api('GET', '/api/units', { schema: UnitListResponseSchema });
}

/** The units for the unit pickers. */
export function useUnits() {
  return useQuery({ queryKey: usersKeys.units(), queryFn: fetchUnits, staleTime: 5 * 60_000 });
}
