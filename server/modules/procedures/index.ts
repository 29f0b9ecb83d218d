import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { procedureExcelRoutes } from './procedures.excel.routes';
import { procedureReadRoutes, procedureWriteRoutes } from './procedures.routes';

/** The procedure catalogue under /api/procedures: list and search, sectors, detail, create, edit, replace, Excel. */
export const proceduresRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(procedureReadRoutes);
  await app.register(procedureExcelRoutes);
  await app.register(procedureWriteRoutes);
};
