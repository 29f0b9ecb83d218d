import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UserSchema, type UpdateUserRequest, type UserView } from '@contracts/users';
import { api } from '@web/lib/api';
import { usersKeys } from './keys';

/** Edits, deactivates, reactivates, unlocks or resets the password of an account. */
export function updateUser(id: string, body: UpdateUserRequest): Promise<UserView> {
  return api('PATCH', `/api/users/${encodeURIComponent(id)}`, { body, schema: UserSchema });
}

/** Updates one account and refreshes what shows it. */
export function useUpdateUser(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateUserRequest) => updateUser(id, body),
    onSuccess: (user) => {
      qc.setQueryData(usersKeys.detail(id), user);
      void qc.invalidateQueries({ queryKey: usersKeys.lists() });
    },
  });
}
