import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthResponseSchema } from '@contracts/health';
import { pingDatabase } from './health.repo';

/** `GET /api/health`: liveness with the database engine and version. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: { tags: ['system'], summary: 'Tình trạng hệ thống / health', response: { 200: HealthResponseSchema } },
    },
    async () => {
      await pingDatabase(app.deps.db);
      return { status: 'ok' as const, database: app.deps.dbKind, version: app.deps.version };
    },
  );
};
