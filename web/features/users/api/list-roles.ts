import { useQuery } from '@tanstack/react-query';
import { RolesResponseSchema, type RolesResponse } from '@contracts/users';
import { api } from '@web/lib/api';
import { usersKeys } from './keys';

/** Fetches the role catalogue; with a unit, each role says whether the caller may grant it there. */
export function fetchRoles(unitId?: string): Promise<RolesResponse> {
  return api('GET', '/api/roles', { query: { unitId }, schema: RolesResponseSchema });
}

/** The role catalogue, asked about one unit when given. */
export function useRoles(unitId?: string, enabled = true) {
  return useQuery({ queryKey: usersKeys.roles(unitId), queryFn: () => fetchRoles(unitId), enabled, staleTime: 60_000 });
}
