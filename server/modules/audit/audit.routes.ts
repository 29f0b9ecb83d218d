import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditEntityTypesResponseSchema, AuditListResponseSchema, AuditQuerySchema } from '@contracts/audit';
import { actorOf, errorResponses } from '../../http';
import { listAudit, listAuditEntityTypes } from './audit.list';

const errors = errorResponses(400, 401, 403, 404);

/** The audit log, read-only, under /api/audit. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Nhật ký hệ thống / audit log',
        querystring: AuditQuerySchema,
        response: { 200: AuditListResponseSchema, ...errors },
      },
    },
    async (req) => listAudit(app.deps, actorOf(req), req.query),
  );

  app.get(
    '/api/audit/entity-types',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Các loại đối tượng trong nhật ký / entity types in the log',
        response: { 200: AuditEntityTypesResponseSchema, ...errors },
      },
    },
    async (req) => ({ items: await listAuditEntityTypes(app.deps, actorOf(req)) }),
  );
};
