import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { IdParamsSchema } from '@contracts/common';
import {
  CreateProcedureRequestSchema,
  ImportProceduresRequestSchema,
  ImportProceduresResponseSchema,
  ProcedureDetailSchema,
  ProcedureExportQuerySchema,
  ProcedureListQuerySchema,
  ProcedureListResponseSchema,
  ProcedureSectorsResponseSchema,
  ReplaceProcedureRequestSchema,
  UpdateProcedureRequestSchema,
} from '@contracts/procedures';
import { actorOf, errorResponses } from '../../http';
import { vietnamToday } from '@core/calendar';
import { createProcedure, replaceProcedure, updateProcedureFields, type ProcedureWriteContext } from './procedures.commands';
import { describeProcedure, listProcedures, listSectors } from './procedures.service';
import { exportCatalogue, catalogueTemplate } from './procedures.export';
import { importProcedures } from './procedures.import';

const errors = errorResponses(400, 401, 403, 404, 409);
const tags = ['procedures'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function sendXlsx(reply: FastifyReply, file: Buffer, name: string) {
  return reply.header('content-type', XLSX).header('content-disposition', `attachment; filename="${name}"`).send(file);
}

/** The procedure catalogue under /api/procedures: list and search, sectors, detail, create, edit, replace, Excel. */
export const proceduresRoutes: FastifyPluginAsyncZod = async (app) => {
  const today = () => vietnamToday(app.deps.now());
  const ctx = (req: FastifyRequest): ProcedureWriteContext => {
    const now = app.deps.now();
    return { db: app.deps.db, actor: actorOf(req), today: vietnamToday(now), now, requestId: req.id };
  };
  const read = { config: { permission: 'dossier.read' as const } };
  const manage = { config: { permission: 'procedure.manage' as const } };

  app.get(
    '/api/procedures',
    {
      ...read,
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
      ...read,
      schema: { tags, summary: 'Lĩnh vực trong danh mục / sectors', response: { 200: ProcedureSectorsResponseSchema, ...errors } },
    },
    async (req) => listSectors(app.deps.db, actorOf(req), today()),
  );

  app.get(
    '/api/procedures/export.xlsx',
    {
      ...read,
      schema: {
        tags,
        summary: 'Xuất danh mục ra Excel theo bộ lọc / export the filtered catalogue',
        querystring: ProcedureExportQuerySchema,
      },
    },
    async (req, reply) =>
      sendXlsx(reply, await exportCatalogue(app.deps.db, actorOf(req), req.query, today()), `danh-muc-tthc-${today()}.xlsx`),
  );

  app.get(
    '/api/procedures/template.xlsx',
    { ...read, schema: { tags, summary: 'Mẫu Excel danh mục thủ tục / Excel template' } },
    async (req, reply) => sendXlsx(reply, await catalogueTemplate(app.deps.db, actorOf(req), today()), 'mau-danh-muc-tthc.xlsx'),
  );

  app.get(
    '/api/procedures/:id',
    {
      ...read,
      schema: {
        tags,
        summary: 'Chi tiết thủ tục / procedure detail',
        params: IdParamsSchema,
        response: { 200: ProcedureDetailSchema, ...errors },
      },
    },
    async (req) => describeProcedure(app.deps.db, actorOf(req), req.params.id, today()),
  );

  app.post(
    '/api/procedures',
    {
      ...manage,
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
      ...manage,
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
      ...manage,
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

  app.post(
    '/api/procedures/import',
    {
      ...manage,
      schema: {
        tags,
        summary: 'Nhập danh mục từ Excel / import the catalogue from Excel',
        description:
          'Body: {fileName, contentBase64, dryRun?}. All or nothing: any bad row → 400 listing every bad row with its sheet and row, nothing saved.',
        body: ImportProceduresRequestSchema,
        response: { 200: ImportProceduresResponseSchema, ...errors },
      },
    },
    async (req) => importProcedures(ctx(req), req.body),
  );
};
