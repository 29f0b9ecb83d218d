import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { calendarAdminRoutes } from './calendar.admin.routes';
import { calendarReadRoutes } from './calendar.routes';

/** The working calendar under /api/calendar (issue #3): due dates, working time, holidays, office hours, import. */
export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(calendarReadRoutes);
  await app.register(calendarAdminRoutes);
};
