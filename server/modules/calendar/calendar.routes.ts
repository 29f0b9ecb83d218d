import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CalendarDaysQuerySchema,
  CalendarYearResponseSchema,
  DueDateQuerySchema,
  DueDateResponseSchema,
  OfficeHoursResponseSchema,
  TemplateQuerySchema,
  WorkingTimeQuerySchema,
  WorkingTimeResponseSchema,
} from '@contracts/calendar';
import { vietnamToday } from '@core/calendar';
import { actorOf, errorResponses } from '../../http';
import { buildTemplate } from './calendar.import';
import { dueDate, officeHoursState, workingTime, yearView } from './calendar.service';

/** Response schemas of the errors every calendar route may answer. */
export const calendarErrors = errorResponses(400, 401, 403, 404, 409);

// Read side of the working calendar: what it computes (due dates, working time) and what it holds (a year's entries,
// office hours, the Excel template of a year).

/** Due moments and working time computed on the caller's calendar. */
export const calendarComputationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/calendar/due-date',
    {
      config: { permission: 'calendar.read' },
      schema: {
        tags: ['calendar'],
        summary: 'Tính hạn xử lý / due moment of a processing time',
        description:
          'receivedAt ISO 8601 (no offset = +07:00); unit working_day | working_hour | calendar_day with amount, or same_day with an optional cutoff HH:MM (default 15:00: received after it, or on a closed day, → close of the next working day); dueAt is ISO 8601 with +07:00.',
        querystring: DueDateQuerySchema,
        response: { 200: DueDateResponseSchema, ...calendarErrors },
      },
    },
    async (req) => dueDate(app.deps.db, actorOf(req), req.query),
  );

  app.get(
    '/api/calendar/working-time',
    {
      config: { permission: 'calendar.read' },
      schema: {
        tags: ['calendar'],
        summary: 'Thời gian làm việc giữa hai thời điểm / working time between two moments',
        querystring: WorkingTimeQuerySchema,
        response: { 200: WorkingTimeResponseSchema, ...calendarErrors },
      },
    },
    async (req) => workingTime(app.deps.db, actorOf(req), req.query),
  );
};

/** A year's entries, the office hours and the Excel template of a year. */
export const calendarViewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/calendar/days',
    {
      config: { permission: 'calendar.read' },
      schema: {
        tags: ['calendar'],
        summary: 'Ngày nghỉ, ngày làm bù của một năm / a year’s calendar entries',
        querystring: CalendarDaysQuerySchema,
        response: { 200: CalendarYearResponseSchema, ...calendarErrors },
      },
    },
    async (req) => yearView(app.deps.db, actorOf(req), req.query),
  );

  app.get(
    '/api/calendar/office-hours',
    {
      config: { permission: 'calendar.read' },
      schema: {
        tags: ['calendar'],
        summary: 'Giờ làm việc / office hours',
        response: { 200: OfficeHoursResponseSchema, ...calendarErrors },
      },
    },
    async (req) => officeHoursState(app.deps.db, actorOf(req), vietnamToday(app.deps.now())),
  );

  app.get(
    '/api/calendar/template.xlsx',
    {
      config: { permission: 'calendar.read' },
      schema: {
        tags: ['calendar'],
        summary: 'Mẫu Excel lịch nghỉ của một năm / Excel template of a year',
        querystring: TemplateQuerySchema,
      },
    },
    async (req, reply) => {
      const year = req.query.year ?? Number(vietnamToday(app.deps.now()).slice(0, 4)) + 1;
      const view = await yearView(app.deps.db, actorOf(req), { year });
      const file = await buildTemplate(
        year,
        view.days.filter((d) => d.unitId === null),
      );
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="lich-nghi-${year}.xlsx"`)
        .send(file);
    },
  );
};
