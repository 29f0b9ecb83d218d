import { useQuery } from '@tanstack/react-query';
import { UserSchema, type UserView } from '@contracts/users';
import { api } from '@web/lib/api';
import { usersKeys } from './keys';

/** Fetches one account with its grants and the caller's abilities on it. */
export function fetchUser(id: string): Promise<UserView> {
  return api('GET', `/api/users/${encodeURIComponent(id)}`, { schema: UserSchema });
}

/** One account. */
export function useUser(id: string) {
  return useQuery({ queryKey: usersKeys.detail(id), queryFn: () => fetchUser(id) });
}
