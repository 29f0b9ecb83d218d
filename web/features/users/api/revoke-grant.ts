import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UserSchema, type UserView } from '@contracts/users';
import { api } from '@web/lib/api';
import { usersKeys } from './keys';

/** Takes a role away from the account. */
export function revokeGrant(userId: string, grantId: string): Promise<UserView> {
  return api('DELETE', `/api/users/${encodeURIComponent(userId)}/grants/${encodeURIComponent(grantId)}`, { schema: UserSchema });
}

/** Revokes a grant; the answer is the updated account. */
export function useRevokeGrant(userId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (grantId: string) => revokeGrant(userId, grantId),
    onSuccess: (user) => {
      qc.setQueryData(usersKeys.detail(userId), user);
      void qc.invalidateQueries({ queryKey: usersKeys.lists() });
    },
  });
}
