import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { IdParamsSchema } from '@contracts/common';
import {
  CreateProcedureRequestSchema,
  ProcedureDetailSchema,
  ProcedureListQuerySchema,
  ProcedureListResponseSchema,
  ProcedureSectorsResponseSchema,
  ReplaceProcedureRequestSchema,
  UpdateProcedureRequestSchema,
} from '@contracts/procedures';
import { vietnamToday, type LocalDate } from '@core/calendar';
import { actorOf, errorResponses } from '../../http';
import { createProcedure, replaceProcedure, updateProcedureFields, type ProcedureWriteContext } from './procedures.commands';
import { describeProcedure, listProcedures, listSectors } from './procedures.service';

/** Response schemas of the errors every procedure route may answer. */
export const procedureErrors = errorResponses(400, 401, 403, 404, 409);
/** OpenAPI tags of the procedure routes. */
export const procedureTags = ['procedures'];
/** Route options of the routes that read the catalogue. */
export const readCatalogue = { config: { permission: 'dossier.read' as const } };
/** Route options of the routes that change the catalogue. */
export const manageCatalogue = { config: { permission: 'procedure.manage' as const } };

/** Today in Vietnam, the day the catalogue is read at. */
export function catalogueToday(app: FastifyInstance): LocalDate {
  return vietnamToday(app.deps.now());
}

/** What a catalogue command needs from the request: database, actor, today, clock, request id. */
export function procedureWriteContext(app: FastifyInstance, req: FastifyRequest): ProcedureWriteContext {
  const now = app.deps.now();
  return { db: app.deps.db, actor: actorOf(req), today: vietnamToday(now), now, requestId: req.id };
}

const errors = procedureErrors;
const tags = procedureTags;

/** Reading the catalogue: list and search, sectors, one procedure. */
export const procedureReadRoutes: FastifyPluginAsyncZod = async (app) => {
  const today = () => catalogueToday(app);

  app.get(
    '/api/procedures',
    {
      ...readCatalogue,
      schema: {
        tags,
        summary: 'Danh mục thủ tục hành chính / procedure catalogue',
        querystring: ProcedureListQuerySchema,
        response: { 200: ProcedureListResponseSchema, ...errors },
      },
    },
    async (req) => listProcedures(app.deps.db, actorOf(req), req.query, today()),
  );

  app.get(
    '/api/procedures/sectors',
    {
      ...readCatalogue,
      schema: { tags, summary: 'Lĩnh vực trong danh mục / sectors', response: { 200: ProcedureSectorsResponseSchema, ...errors } },
    },
    async (req) => listSectors(app.deps.db, actorOf(req), today()),
  );

  app.get(
    '/api/procedures/:id',
    {
      ...readCatalogue,
      schema: {
        tags,
        summary: 'Chi tiết thủ tục / procedure detail',
        params: IdParamsSchema,
        response: { 200: ProcedureDetailSchema, ...errors },
      },
    },
    async (req) => describeProcedure(app.deps.db, actorOf(req), req.params.id, today()),
  );
};

/** Changing the catalogue one procedure at a time: create, edit, replace with a new version. */
export const procedureWriteRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: FastifyRequest) => procedureWriteContext(app, req);

  app.post(
    '/api/procedures',
    {
      ...manageCatalogue,
      schema: {
        tags,
        summary: 'Thêm thủ tục / create a procedure',
        body: CreateProcedureRequestSchema,
        response: { 201: ProcedureDetailSchema, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await createProcedure(ctx(req), req.body)),
  );

  app.patch(
    '/api/procedures/:id',
    {
      ...manageCatalogue,
      schema: {
        tags,
        summary: 'Sửa thủ tục / edit a procedure',
        params: IdParamsSchema,
        body: UpdateProcedureRequestSchema,
        response: { 200: ProcedureDetailSchema, ...errors },
      },
    },
    async (req) => updateProcedureFields(ctx(req), req.params.id, req.body),
  );

  app.post(
    '/api/procedures/:id/replace',
    {
      ...manageCatalogue,
      schema: {
        tags,
        summary: 'Thay thế bằng phiên bản mới / replace with a new version',
        description: 'The old version ends the day before validFrom and keeps its dossiers; the new one copies every field not given.',
        params: IdParamsSchema,
        body: ReplaceProcedureRequestSchema,
        response: { 201: ProcedureDetailSchema, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await replaceProcedure(ctx(req), req.params.id, req.body)),
  );
};
