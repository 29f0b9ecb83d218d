import { z } from 'zod';
import { PERMISSIONS } from '@core/access/permissions';
import { ROLES } from '@core/access/roles';

/** Username and password for `POST /api/auth/login`. */
export const LoginRequestSchema = z
  .object({
    username: z.string().trim().min(1, 'Nhập tên đăng nhập / username required').max(100),
    password: z.string().min(1, 'Nhập mật khẩu / password required').max(200),
  })
  .strict();
/** Login input. */
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** A role held on a unit, as shown to the user. */
export const GrantViewSchema = z.object({ id: z.string(), role: z.enum(ROLES), unitId: z.string(), unitName: z.string() });

/** The signed-in user, their grants, the permissions they hold somewhere, and the CSRF token to echo. */
export const MeResponseSchema = z.object({
  user: z.object({ id: z.string(), username: z.string(), fullName: z.string(), unitId: z.string(), unitName: z.string() }),
  grants: z.array(GrantViewSchema),
  permissions: z.array(z.enum(PERMISSIONS)),
  csrfToken: z.string(),
});
/** The `me` answer. */
export type MeResponse = z.infer<typeof MeResponseSchema>;
