import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UserSchema, type CreateUserRequest, type UserView } from '@contracts/users';
import { api } from '@web/lib/api';
import { usersKeys } from './keys';

/** Creates an account (optionally with its first grants). */
export function createUser(body: CreateUserRequest): Promise<UserView> {
  return api('POST', '/api/users', { body, schema: UserSchema });
}

/** Creates an account; the lists refresh and the new account is cached. */
export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: (user) => {
      qc.setQueryData(usersKeys.detail(user.id), user);
      void qc.invalidateQueries({ queryKey: usersKeys.lists() });
    },
  });
}
