import { useQuery } from '@tanstack/react-query';
import { UserListResponseSchema, UserSchema } from '@contracts/users';
import { api } from '@web/lib/api';
import { auditKeys } from './keys';

/** An account offered in the "who did it" filter. */
export type ActorOption = { id: string; username: string; fullName: string };

/** Searches accounts (active or not: former staff appear in the log) for the actor filter. */
export async function fetchActors(q: string): Promise<ActorOption[]> {
  const page = await api('GET', '/api/users', {
    query: { q: q || undefined, includeInactive: 'true', limit: 20 },
    schema: UserListResponseSchema,
  });
  return page.items.map((u) => ({ id: u.id, username: u.username, fullName: u.fullName }));
}

/** Accounts matching the typed text. */
export function useActors(q: string, enabled: boolean) {
  return useQuery({ queryKey: auditKeys.actors(q), queryFn: () => fetchActors(q), enabled, staleTime: 60_000 });
}

/** Fetches one account to label an actor chosen through the address. */
export async function fetchActor(id: string): Promise<ActorOption> {
  const u = await api('GET', `/api/users/${encodeURIComponent(id)}`, { schema: UserSchema });
  return { id: u.id, username: u.username, fullName: u.fullName };
}

/** The account behind an actor id, when the caller may see it. */
export function useActor(id: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: auditKeys.actor(id ?? ''),
    queryFn: () => fetchActor(id ?? ''),
    enabled: enabled && Boolean(id),
    staleTime: 5 * 60_000,
    retry: false,
  });
}
