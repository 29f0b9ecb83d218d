import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accountRoutes, roleGrantRoutes } from './users.routes';

/** Accounts and role grants under /api/users, and the role catalogue under /api/roles. */
export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(accountRoutes);
  await app.register(roleGrantRoutes);
};
