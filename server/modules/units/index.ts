import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { unitReadRoutes, unitWriteRoutes } from './units.routes';

/** Organisation units under /api/units: list and search, detail, succession history, create, edit, close. */
export const unitsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(unitReadRoutes);
  await app.register(unitWriteRoutes);
};
