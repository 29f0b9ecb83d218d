import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Permission } from '@core/access/permissions';
import { MeResponseSchema, type MeResponse } from '@contracts/auth';
import { api, ApiError, mayBeSignedIn } from './api';

type AuthState = {
  me: MeResponse | null;
  loading: boolean;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  /** True when the user holds the permission on some unit (for navigation only; entities carry their own abilities). */
  hasPermission: (p: Permission) => boolean;
};

const AuthContext = createContext<AuthState | null>(null);
/** Query key of the current user. */
export const ME_KEY = ['auth', 'me'] as const;

/** Loads the signed-in user once and offers login/logout. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const me = useQuery({
    queryKey: ME_KEY,
    queryFn: async () => {
      try {
        return await api('GET', '/api/auth/me', { schema: MeResponseSchema });
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
    retry: false,
    // Nobody is signed in without the session's cookies: a citizen's public page does not ask the server who they are.
    enabled: mayBeSignedIn(),
  });
  const login = useCallback(
    async (username: string, password: string) => {
      const data = await api('POST', '/api/auth/login', { body: { username, password }, schema: MeResponseSchema });
      // Drop another user's cached data, but keep the `me` query its observers hold.
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      qc.setQueryData(ME_KEY, data);
    },
    [qc],
  );
  const logout = useCallback(async () => {
    try {
      await api('POST', '/api/auth/logout');
    } finally {
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      qc.setQueryData(ME_KEY, null);
    }
  }, [qc]);
  const value = useMemo<AuthState>(
    () => ({
      me: me.data ?? null,
      loading: me.isLoading,
      login,
      logout,
      hasPermission: (p) => Boolean(me.data?.permissions.includes(p)),
    }),
    [me.data, me.isLoading, login, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The current user and auth actions. */
export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
