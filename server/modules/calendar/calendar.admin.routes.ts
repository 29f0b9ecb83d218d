import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '@contracts/common';
import {
  CalendarDayViewSchema,
  CreateCalendarDayRequestSchema,
  DeletedResponseSchema,
  ImportCalendarRequestSchema,
  ImportCalendarResponseSchema,
  OfficeHoursPeriodSchema,
  PutOfficeHoursRequestSchema,
  UpdateCalendarDayRequestSchema,
  YearActionResponseSchema,
  YearParamsSchema,
} from '@contracts/calendar';
import { actorOf } from '../../http';
import {
  confirmDay,
  confirmYear,
  createDay,
  deleteDay,
  proposeYear,
  putOfficeHours,
  updateDay,
  type CalendarWriteContext,
} from './calendar.commands';
import { importSchedule } from './calendar.import';
import { calendarErrors as errors } from './calendar.routes';

// Write side of the working calendar, every change audited: entries, whole years (confirm, propose, Excel import), office hours.

const options = { config: { permission: 'calendar.manage' } } as const;
const tags = ['calendar'];

/** What a calendar command needs from the request: database, actor, clock, request id. */
function writeContext(app: FastifyInstance, req: FastifyRequest): CalendarWriteContext {
  return { db: app.deps.db, actor: actorOf(req), now: app.deps.now(), requestId: req.id };
}

/** One calendar entry: add, edit, confirm, remove. */
export const calendarDayRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: FastifyRequest) => writeContext(app, req);

  app.post(
    '/api/calendar/days',
    {
      ...options,
      schema: {
        tags,
        summary: 'Thêm ngày nghỉ, ngày làm bù, ngày nghỉ riêng / add a calendar entry',
        body: CreateCalendarDayRequestSchema,
        response: { 201: CalendarDayViewSchema, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await createDay(ctx(req), req.body)),
  );

  app.patch(
    '/api/calendar/days/:id',
    {
      ...options,
      schema: {
        tags,
        summary: 'Sửa một ngày (ngày đề xuất thành đã xác nhận) / edit an entry',
        params: IdParamsSchema,
        body: UpdateCalendarDayRequestSchema,
        response: { 200: CalendarDayViewSchema, ...errors },
      },
    },
    async (req) => updateDay(ctx(req), req.params.id, req.body),
  );

  app.post(
    '/api/calendar/days/:id/confirm',
    {
      ...options,
      schema: {
        tags,
        summary: 'Xác nhận một ngày đề xuất / confirm a proposed entry',
        params: IdParamsSchema,
        response: { 200: CalendarDayViewSchema, ...errors },
      },
    },
    async (req) => confirmDay(ctx(req), req.params.id),
  );

  app.delete(
    '/api/calendar/days/:id',
    {
      ...options,
      schema: {
        tags,
        summary: 'Xóa một ngày / remove an entry',
        params: IdParamsSchema,
        response: { 200: DeletedResponseSchema, ...errors },
      },
    },
    async (req) => deleteDay(ctx(req), req.params.id),
  );
};

/** A whole year: confirm its proposed entries, store the statutory proposal, import it from Excel. */
export const calendarYearRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: FastifyRequest) => writeContext(app, req);

  app.post(
    '/api/calendar/years/:year/confirm',
    {
      ...options,
      schema: {
        tags,
        summary: 'Xác nhận tất cả ngày đề xuất của năm / confirm all proposed entries of a year',
        params: YearParamsSchema,
        response: { 200: YearActionResponseSchema, ...errors },
      },
    },
    async (req) => confirmYear(ctx(req), req.params.year),
  );

  app.post(
    '/api/calendar/years/:year/propose',
    {
      ...options,
      schema: {
        tags,
        summary: 'Lưu đề xuất theo Bộ luật Lao động cho năm chưa có lịch / store the statutory proposal',
        params: YearParamsSchema,
        response: { 200: YearActionResponseSchema, ...errors },
      },
    },
    async (req) => proposeYear(ctx(req), req.params.year),
  );

  app.post(
    '/api/calendar/import',
    {
      ...options,
      schema: {
        tags,
        summary: 'Nhập lịch nghỉ của một năm từ Excel / import a year from Excel',
        description:
          'Body: {year, fileName, contentBase64, dryRun?, notice?}. All or nothing: any bad row → 400 listing every bad row, nothing saved.',
        body: ImportCalendarRequestSchema,
        response: { 200: ImportCalendarResponseSchema, ...errors },
      },
    },
    async (req) => importSchedule(ctx(req), req.body),
  );
};

/** Office hours from a date on (seasonal hours). */
export const calendarOfficeHoursRoutes: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/api/calendar/office-hours',
    {
      ...options,
      schema: {
        tags,
        summary: 'Đặt giờ làm việc từ một ngày / set office hours from a date',
        body: PutOfficeHoursRequestSchema,
        response: { 200: OfficeHoursPeriodSchema, ...errors },
      },
    },
    async (req) => putOfficeHours(writeContext(app, req), req.body),
  );
};
