import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '@contracts/common';
import {
  ChangeOwnPasswordRequestSchema,
  CreateUserRequestSchema,
  GrantParamsSchema,
  GrantRequestSchema,
  RolesQuerySchema,
  RolesResponseSchema,
  UpdateUserRequestSchema,
  UserListQuerySchema,
  UserListResponseSchema,
  UserSchema,
} from '@contracts/users';
import { actorOf, errorResponses } from '../../http';
import { addGrant, listRoles, revokeGrant } from './users.grants.service';
import { changeOwnPassword, createUser, getUser, listUsers, updateUser } from './users.service';

const errors = errorResponses(400, 401, 403, 404, 409);

/** Accounts: list, create, read, update (lock, unlock, reset password), and a user changing their own password. */
export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/users',
    {
      config: { permission: 'user.read' },
      schema: {
        tags: ['users'],
        summary: 'Danh sách tài khoản / list accounts',
        querystring: UserListQuerySchema,
        response: { 200: UserListResponseSchema, ...errors },
      },
    },
    async (req) => listUsers(app.deps, actorOf(req), req.query),
  );

  app.post(
    '/api/users',
    {
      config: { permission: 'user.create' },
      schema: {
        tags: ['users'],
        summary: 'Tạo tài khoản / create an account',
        body: CreateUserRequestSchema,
        response: { 201: UserSchema, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await createUser(app.deps, actorOf(req), req.body, req.id)),
  );

  app.post(
    '/api/users/me/password',
    {
      // Keyed by account so one user guessing their current password cannot be hidden behind a shared IP.
      config: { authenticated: true, rateLimit: { max: 5, timeWindow: '15 minutes', keyGenerator: (req) => req.actor?.userId ?? req.ip } },
      schema: {
        tags: ['users'],
        summary: 'Đổi mật khẩu của tôi / change my password',
        body: ChangeOwnPasswordRequestSchema,
        response: { 200: z.object({ ok: z.literal(true) }), ...errors },
      },
    },
    async (req) => {
      await changeOwnPassword(app.deps, actorOf(req), req.body, req.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/users/:id',
    {
      config: { permission: 'user.read' },
      schema: {
        tags: ['users'],
        summary: 'Xem tài khoản / get an account',
        params: IdParamsSchema,
        response: { 200: UserSchema, ...errors },
      },
    },
    async (req) => getUser(app.deps, actorOf(req), req.params.id),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { permission: 'user.update' },
      schema: {
        tags: ['users'],
        summary: 'Sửa, khóa, mở khóa, đặt lại mật khẩu / update an account',
        params: IdParamsSchema,
        body: UpdateUserRequestSchema,
        response: { 200: UserSchema, ...errors },
      },
    },
    async (req) => updateUser(app.deps, actorOf(req), req.params.id, req.body, req.id),
  );
};

/** Role grants: grant a role on a unit, revoke it; and the catalogue of roles and permissions (which the caller may grant). */
export const roleGrantRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/users/:id/grants',
    {
      config: { permission: 'user.manageRoles' },
      schema: {
        tags: ['users'],
        summary: 'Trao vai trò / grant a role',
        params: IdParamsSchema,
        body: GrantRequestSchema,
        response: { 201: UserSchema, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await addGrant(app.deps, actorOf(req), req.params.id, req.body, req.id)),
  );

  app.delete(
    '/api/users/:id/grants/:grantId',
    {
      config: { permission: 'user.manageRoles' },
      schema: {
        tags: ['users'],
        summary: 'Thu hồi vai trò / revoke a role',
        params: GrantParamsSchema,
        response: { 200: UserSchema, ...errors },
      },
    },
    async (req) => revokeGrant(app.deps, actorOf(req), req.params.id, req.params.grantId, req.id),
  );

  app.get(
    '/api/roles',
    {
      config: { authenticated: true },
      schema: {
        tags: ['users'],
        summary: 'Danh mục vai trò và quyền / roles and permissions',
        querystring: RolesQuerySchema,
        response: { 200: RolesResponseSchema, ...errors },
      },
    },
    async (req) => listRoles(app.deps, actorOf(req), req.query.unitId),
  );
};
