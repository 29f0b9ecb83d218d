import { z } from 'zod';
import { PERMISSIONS, type Permission } from '@core/access/permissions';
import { ROLES, type Role } from '@core/access/roles';
import { AbilitiesSchema, PageQuerySchema, UuidSchema, pageOf } from './common';

/** Shortest password accepted for an account. */
export const PASSWORD_MIN_LENGTH = 10;
/** Longest password accepted (argon2 input is bounded so hashing stays cheap). */
export const PASSWORD_MAX_LENGTH = 200;
/** Most role grants that can be given in one user-creation request. */
export const MAX_GRANTS_PER_REQUEST = 20;

/** A label in both product languages. */
export const BilingualLabelSchema = z.object({ vi: z.string(), en: z.string() });
/** Vietnamese and English text. */
export type BilingualLabel = z.infer<typeof BilingualLabelSchema>;

/** Display names of the roles, complete by type: the one name of each role on every page (docs/GLOSSARY.md "role"). */
export const ROLE_LABELS = {
  system_admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  secretariat: { vi: 'Thường trực CCHC (Sở Nội vụ)', en: 'Reform secretariat (Home Affairs)' },
  appraisal_member: { vi: 'Thành viên Hội đồng thẩm định', en: 'Appraisal council member' },
  unit_head: { vi: 'Thủ trưởng đơn vị', en: 'Unit head' },
  unit_officer: { vi: 'Cán bộ đơn vị', en: 'Unit officer' },
  one_stop_clerk: { vi: 'Cán bộ một cửa', en: 'One-stop clerk' },
  specialist: { vi: 'Chuyên viên xử lý', en: 'Specialist handler' },
  leader: { vi: 'Lãnh đạo (chỉ xem)', en: 'Leader (read-only)' },
} as const satisfies Record<Role, BilingualLabel>;

/** Display names of the permissions, complete by type. */
export const PERMISSION_LABELS = {
  'unit.read': { vi: 'Xem đơn vị', en: 'View units' },
  'unit.create': { vi: 'Tạo đơn vị', en: 'Create units' },
  'unit.update': { vi: 'Sửa đơn vị', en: 'Edit units' },
  'unit.close': { vi: 'Giải thể / sáp nhập đơn vị', en: 'Close or merge units' },
  'user.read': { vi: 'Xem tài khoản', en: 'View accounts' },
  'user.create': { vi: 'Tạo tài khoản', en: 'Create accounts' },
  'user.update': { vi: 'Sửa, khóa tài khoản', en: 'Edit and deactivate accounts' },
  'user.manageRoles': { vi: 'Phân quyền', en: 'Grant and revoke roles' },
  'audit.read': { vi: 'Xem nhật ký hệ thống', en: 'View the audit log' },
  'calendar.read': { vi: 'Xem lịch làm việc', en: 'View the working calendar' },
  'calendar.manage': { vi: 'Quản lý lịch nghỉ, làm bù', en: 'Manage holidays and make-up days' },
  'dossier.read': { vi: 'Xem hồ sơ', en: 'View dossiers' },
  'dossier.create': { vi: 'Tiếp nhận hồ sơ', en: 'Receive dossiers' },
  'dossier.process': { vi: 'Xử lý hồ sơ', en: 'Process dossiers' },
  'dossier.approve': { vi: 'Phê duyệt hồ sơ', en: 'Approve dossiers' },
  'procedure.manage': { vi: 'Quản lý danh mục thủ tục hành chính', en: 'Manage the procedure catalogue' },
  'survey.read': { vi: 'Xem khảo sát', en: 'View surveys' },
  'survey.manage': { vi: 'Quản lý khảo sát', en: 'Manage surveys' },
  'survey.enter': { vi: 'Nhập phiếu khảo sát', en: 'Enter survey forms' },
  'indexScore.read': { vi: 'Xem Chỉ số CCHC', en: 'View PAR Index scores' },
  'indexScore.selfAssess': { vi: 'Tự đánh giá Chỉ số CCHC', en: 'Self-assess the PAR Index' },
  'indexScore.appraise': { vi: 'Thẩm định Chỉ số CCHC', en: 'Appraise the PAR Index' },
  'indexScore.publish': { vi: 'Công bố Chỉ số CCHC', en: 'Publish the PAR Index' },
  'planTask.read': { vi: 'Xem kế hoạch CCHC', en: 'View reform plan tasks' },
  'planTask.manage': { vi: 'Quản lý kế hoạch CCHC', en: 'Manage reform plan tasks' },
  'planTask.report': { vi: 'Báo cáo nhiệm vụ', en: 'Report on tasks' },
  'report.read': { vi: 'Xem báo cáo', en: 'View reports' },
  'report.export': { vi: 'Xuất báo cáo', en: 'Export reports' },
  'report.lock': { vi: 'Chốt số liệu báo cáo', en: 'Lock report figures' },
  'target.manage': { vi: 'Quản lý chỉ tiêu', en: 'Manage targets' },
  'setting.manage': { vi: 'Cấu hình hệ thống', en: 'Manage settings' },
} as const satisfies Record<Permission, BilingualLabel>;

// Query strings from forms often carry `x=`; an empty value means "no filter", not an invalid one.
const blank = (v: unknown) => (v === '' ? undefined : v);
/** An optional query parameter where an empty string counts as absent. */
export const optionalParam = <T extends z.ZodTypeAny>(schema: T) => z.preprocess(blank, schema.optional());
/** A `true`/`false` query flag (absent = false). */
export const QueryFlagSchema = z.preprocess(blank, z.enum(['true', 'false']).optional()).transform((v) => v === 'true');

/** A login name: 3–50 of a–z, 0–9, dot, underscore, hyphen; compared case-insensitively. */
export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'Tên đăng nhập phải có 3–50 ký tự / username must be 3–50 characters')
  .max(50, 'Tên đăng nhập phải có 3–50 ký tự / username must be 3–50 characters')
  .regex(/^[a-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ thường không dấu, số và . _ - / username may contain only a-z, 0-9 and . _ -');

/** A new password: at least 10 characters. */
export const PasswordSchema = z
  .string()
  .min(
    PASSWORD_MIN_LENGTH,
    `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự / password must be at least ${PASSWORD_MIN_LENGTH} characters`,
  )
  .max(
    PASSWORD_MAX_LENGTH,
    `Mật khẩu dài tối đa ${PASSWORD_MAX_LENGTH} ký tự / password must be at most ${PASSWORD_MAX_LENGTH} characters`,
  );

const FullNameSchema = z.string().trim().min(1, 'Nhập họ tên / full name required').max(200);
/** An account's e-mail address. */
export const UserEmailSchema = z.email('Email không hợp lệ / invalid email').max(254);
/** An account's phone number: 6–20 digits, spaces, '+', brackets, dots or hyphens. */
export const UserPhoneSchema = z
  .string()
  .trim()
  .regex(/^[0-9+() .-]{6,20}$/, 'Số điện thoại không hợp lệ / invalid phone number');
const TitleSchema = z.string().trim().max(200);

/** A role to give on a unit (the grant covers the unit's subtree). */
export const GrantRequestSchema = z.object({ role: z.enum(ROLES), unitId: UuidSchema }).strict();
/** Input of `POST /api/users/:id/grants`. */
export type GrantRequest = z.infer<typeof GrantRequestSchema>;

/** Body of `POST /api/users`; `grants` optionally gives roles in the same transaction. */
export const CreateUserRequestSchema = z
  .object({
    username: UsernameSchema,
    fullName: FullNameSchema,
    email: UserEmailSchema.nullish(),
    phone: UserPhoneSchema.nullish(),
    title: TitleSchema.nullish(),
    unitId: UuidSchema,
    password: PasswordSchema,
    grants: z.array(GrantRequestSchema).max(MAX_GRANTS_PER_REQUEST).optional(),
  })
  .strict();
/** Input of `POST /api/users`. */
export type CreateUserRequest = z.infer<typeof CreateUserRequestSchema>;

/** Body of `PATCH /api/users/:id`: only the fields sent change; `null` clears email, phone or title. */
export const UpdateUserRequestSchema = z
  .object({
    fullName: FullNameSchema.optional(),
    email: UserEmailSchema.nullable().optional(),
    phone: UserPhoneSchema.nullable().optional(),
    title: TitleSchema.nullable().optional(),
    unitId: UuidSchema.optional(),
    isActive: z.boolean().optional(),
    password: PasswordSchema.optional(),
    unlock: z.literal(true).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'Không có gì để thay đổi / nothing to change' });
/** Input of `PATCH /api/users/:id`. */
export type UpdateUserRequest = z.infer<typeof UpdateUserRequestSchema>;

/** Body of `POST /api/users/me/password`. */
export const ChangeOwnPasswordRequestSchema = z
  .object({
    currentPassword: z.string().min(1, 'Nhập mật khẩu hiện tại / current password required').max(PASSWORD_MAX_LENGTH),
    newPassword: PasswordSchema,
  })
  .strict();
/** Input of `POST /api/users/me/password`. */
export type ChangeOwnPasswordRequest = z.infer<typeof ChangeOwnPasswordRequestSchema>;

/** Query of `GET /api/users`. */
export const UserListQuerySchema = PageQuerySchema.extend({
  q: optionalParam(z.string().trim().max(100)),
  unitId: optionalParam(UuidSchema),
  includeSubunits: QueryFlagSchema,
  role: optionalParam(z.enum(ROLES)),
  includeInactive: QueryFlagSchema,
}).strict();
/** Parsed list query. */
export type UserListQuery = z.infer<typeof UserListQuerySchema>;

/** `{ id, grantId }` path parameters. */
export const GrantParamsSchema = z.object({ id: UuidSchema, grantId: UuidSchema }).strict();

/** A role a user holds on a unit; `canRevoke` says whether the caller may take it away. */
export const UserGrantSchema = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  unitId: z.string(),
  unitName: z.string(),
  createdAt: z.string(),
  canRevoke: z.boolean(),
});
/** A grant as shown on the user page. */
export type UserGrant = z.infer<typeof UserGrantSchema>;

/** An account as the admin pages see it (never the password hash); `abilities` are the caller's on the user's unit. */
export const UserSchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  title: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string(),
  isActive: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  grants: z.array(UserGrantSchema),
  abilities: AbilitiesSchema,
});
/** One account. */
export type UserView = z.infer<typeof UserSchema>;

/** A page of accounts. */
export const UserListResponseSchema = pageOf(UserSchema);
/** Answer of `GET /api/users`. */
export type UserListResponse = z.infer<typeof UserListResponseSchema>;

/** Query of `GET /api/roles`: with `unitId`, each role says whether the caller may grant it there. */
export const RolesQuerySchema = z.object({ unitId: optionalParam(UuidSchema) }).strict();

/** A role with its labels and permissions; `grantable` only when a unit was asked about. */
export const RoleInfoSchema = z.object({
  role: z.enum(ROLES),
  label: BilingualLabelSchema,
  permissions: z.array(z.enum(PERMISSIONS)),
  grantable: z.boolean().optional(),
});
/** A permission with its labels and whether it is administrative. */
export const PermissionInfoSchema = z.object({
  permission: z.enum(PERMISSIONS),
  label: BilingualLabelSchema,
  kind: z.enum(['admin', 'operational']),
});
/** Answer of `GET /api/roles`. */
export const RolesResponseSchema = z.object({ roles: z.array(RoleInfoSchema), permissions: z.array(PermissionInfoSchema) });
/** Roles and permissions for the grant UI. */
export type RolesResponse = z.infer<typeof RolesResponseSchema>;
