import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { calendarDayRoutes, calendarOfficeHoursRoutes, calendarYearRoutes } from './calendar.admin.routes';
import { calendarComputationRoutes, calendarViewRoutes } from './calendar.routes';

/** The working calendar under /api/calendar (issue #3): due dates, working time, holidays, office hours, import. */
export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(calendarComputationRoutes);
  await app.register(calendarViewRoutes);
  await app.register(calendarDayRoutes);
  await app.register(calendarYearRoutes);
  await app.register(calendarOfficeHoursRoutes);
};
