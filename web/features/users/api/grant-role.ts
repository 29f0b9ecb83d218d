import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UserSchema, type GrantRequest, type UserView } from '@contracts/users';
import { api } from '@web/lib/api';
import { usersKeys } from './keys';

/** Gives the account a role on a unit. */
export function grantRole(userId: string, body: GrantRequest): Promise<UserView> {
  return api('POST', `/api/users/${encodeURIComponent(userId)}/grants`, { body, schema: UserSchema });
}

/** Grants a role; the answer is the updated account. */
export function useGrantRole(userId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: GrantRequest) => grantRole(userId, body),
    onSuccess: (user) => {
      qc.setQueryData(usersKeys.detail(userId), user);
      void qc.invalidateQueries({ queryKey: usersKeys.lists() });
    },
  });
}
