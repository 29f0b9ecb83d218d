import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { IdParamsSchema } from '@contracts/common';
import {
  CloseUnitRequestSchema,
  CreateUnitRequestSchema,
  UnitDetailQuerySchema,
  UnitDetailSchema,
  UnitHistorySchema,
  UnitListQuerySchema,
  UnitListResponseSchema,
  UpdateUnitRequestSchema,
} from '@contracts/units';
import { actorOf, errorResponses } from '../../http';
import { closeUnit, createUnit, updateUnitFields, type WriteContext } from './units.commands';
import { describeUnit, listUnits, unitHistory } from './units.service';
import { vietnamToday } from '@core/calendar';

const errors = errorResponses(400, 401, 403, 404, 409);

/** Reading units: list and search, one unit as of a date, its succession history. */
export const unitReadRoutes: FastifyPluginAsyncZod = async (app) => {
  const today = () => vietnamToday(app.deps.now());

  app.get(
    '/api/units',
    {
      config: { permission: 'unit.read' },
      schema: {
        tags: ['units'],
        summary: 'Danh sách đơn vị / list units',
        querystring: UnitListQuerySchema,
        response: { 200: UnitListResponseSchema, ...errors },
      },
    },
    async (req) => listUnits(app.deps.db, actorOf(req), req.query, today()),
  );

  app.get(
    '/api/units/:id',
    {
      config: { permission: 'unit.read' },
      schema: {
        tags: ['units'],
        summary: 'Chi tiết đơn vị / unit detail',
        params: IdParamsSchema,
        querystring: UnitDetailQuerySchema,
        response: { 200: UnitDetailSchema, ...errors },
      },
    },
    async (req) => describeUnit(app.deps.db, actorOf(req), req.params.id, req.query.asOf ?? today()),
  );

  app.get(
    '/api/units/:id/history',
    {
      config: { permission: 'unit.read' },
      schema: {
        tags: ['units'],
        summary: 'Lịch sử sáp nhập, chia tách / succession history',
        params: IdParamsSchema,
        querystring: UnitDetailQuerySchema,
        response: { 200: UnitHistorySchema, ...errors },
      },
    },
    async (req) => unitHistory(app.deps.db, actorOf(req), req.params.id, req.query.asOf ?? today()),
  );
};

/** What a unit command needs from the request: database, actor, today, clock, request id. */
function unitWriteContext(app: FastifyInstance, req: FastifyRequest): WriteContext {
  const now = app.deps.now();
  return { db: app.deps.db, actor: actorOf(req), today: vietnamToday(now), now, requestId: req.id };
}

/** Changing units, each audited: create, edit, close (dissolution or merger). */
export const unitWriteRoutes: FastifyPluginAsyncZod = async (app) => {
  const writeContext = (req: FastifyRequest) => unitWriteContext(app, req);

  app.post(
    '/api/units',
    {
      config: { permission: 'unit.create' },
      schema: {
        tags: ['units'],
        summary: 'Tạo đơn vị / create unit',
        body: CreateUnitRequestSchema,
        response: { 201: UnitDetailSchema, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await createUnit(writeContext(req), req.body)),
  );

  app.patch(
    '/api/units/:id',
    {
      config: { permission: 'unit.update' },
      schema: {
        tags: ['units'],
        summary: 'Sửa đơn vị / edit unit',
        params: IdParamsSchema,
        body: UpdateUnitRequestSchema,
        response: { 200: UnitDetailSchema, ...errors },
      },
    },
    async (req) => updateUnitFields(writeContext(req), req.params.id, req.body),
  );

  app.post(
    '/api/units/:id/close',
    {
      config: { permission: 'unit.close' },
      schema: {
        tags: ['units'],
        summary: 'Giải thể, sáp nhập đơn vị / close unit',
        params: IdParamsSchema,
        body: CloseUnitRequestSchema,
        response: { 200: UnitDetailSchema, ...errors },
      },
    },
    async (req) => closeUnit(writeContext(req), req.params.id, req.body),
  );
};
