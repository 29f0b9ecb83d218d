import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Role } from '@core/access/roles';
import { UserListResponseSchema, type UserListResponse } from '@contracts/users';
import { api } from '@web/lib/api';
import { usersKeys } from './keys';

/** Filters and page of the account list, as sent to `GET /api/users`. */
export type UserListParams = {
  q?: string | undefined;
  unitId?: string | undefined;
  includeSubunits?: boolean | undefined;
  role?: Role | undefined;
  includeInactive?: boolean | undefined;
  limit: number;
  offset: number;
};

function toQuery(p: UserListParams) {
  return {
    q: p.q,
    unitId: p.unitId,
    includeSubunits: p.unitId && p.includeSubunits ? 'true' : undefined,
    role: p.role,
    includeInactive: p.includeInactive ? 'true' : undefined,
    limit: p.limit,
    offset: p.offset,
  };
}

/** Fetches one page of accounts. */
export function fetchUsers(p: UserListParams): Promise<UserListResponse> {
  return api('GET', '/api/users', { query: toQuery(p), schema: UserListResponseSchema });
}

/** One page of accounts; the previous page stays on screen while the next loads. */
export function useUsers(p: UserListParams) {
  const query = toQuery(p);
  return useQuery({ queryKey: usersKeys.list(query), queryFn: () => fetchUsers(p), placeholderData: keepPreviousData });
}
