import type { Query } from '@web/lib/api';

/** Query keys of the users feature; everything under `users` is dropped on sign-out. */
export const usersKeys = {
  all: ['users'] as const,
  lists: () => ['users', 'list'] as const,
  list: (q: Query) => ['users', 'list', q] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
  roles: (unitId: string | undefined) => ['users', 'roles', unitId ?? null] as const,
  units: () => ['users', 'units'] as const,
};
