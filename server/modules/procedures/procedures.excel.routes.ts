import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import { ImportProceduresRequestSchema, ImportProceduresResponseSchema, ProcedureExportQuerySchema } from '@contracts/procedures';
import { actorOf } from '../../http';
import { catalogueTemplate, exportCatalogue } from './procedures.export';
import { importProcedures } from './procedures.import';
import {
  catalogueToday,
  manageCatalogue,
  procedureErrors as errors,
  procedureTags as tags,
  procedureWriteContext,
  readCatalogue,
} from './procedures.routes';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function sendXlsx(reply: FastifyReply, file: Buffer, name: string) {
  return reply.header('content-type', XLSX).header('content-disposition', `attachment; filename="${name}"`).send(file);
}

/** The catalogue's Excel exchange: export with the list's filters, the empty template, import all or nothing. */
export const procedureExcelRoutes: FastifyPluginAsyncZod = async (app) => {
  const today = () => catalogueToday(app);

  app.get(
    '/api/procedures/export.xlsx',
    {
      ...readCatalogue,
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
    { ...readCatalogue, schema: { tags, summary: 'Mẫu Excel danh mục thủ tục / Excel template' } },
    async (req, reply) => sendXlsx(reply, await catalogueTemplate(app.deps.db, actorOf(req), today()), 'mau-danh-muc-tthc.xlsx'),
  );

  app.post(
    '/api/procedures/import',
    {
      ...manageCatalogue,
      schema: {
        tags,
        summary: 'Nhập danh mục từ Excel / import the catalogue from Excel',
        description:
          'Body: {fileName, contentBase64, dryRun?}. All or nothing: any bad row → 400 listing every bad row with its sheet and row, nothing saved.',
        body: ImportProceduresRequestSchema,
        response: { 200: ImportProceduresResponseSchema, ...errors },
      },
    },
    async (req) => importProcedures(procedureWriteContext(app, req), req.body),
  );
};
