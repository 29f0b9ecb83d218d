import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LookupDossierResponseSchema, LookupParamsSchema } from '@contracts/lookup';
import { lookupDossier } from './lookup.service';
import { errorResponses } from '../../http';

/** Requests per minute and client address for the public lookup. */
export const LOOKUP_RATE_LIMIT = 30;

/** Public dossier lookup by the receipt's lookup key (the QR target's data), rate-limited per client address; a code finds nothing. */
export const lookupRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/lookup/dossiers/:key',
    {
      config: { public: true, rateLimit: { max: LOOKUP_RATE_LIMIT, timeWindow: '1 minute' } },
      schema: {
        tags: ['lookup'],
        summary: 'Tra cứu hồ sơ công khai / public dossier lookup',
        security: [],
        params: LookupParamsSchema,
        response: { 200: LookupDossierResponseSchema, ...errorResponses(400, 404, 429) },
      },
    },
    async (req, reply) => {
      void reply.header('cache-control', 'no-store');
      return lookupDossier(app.deps, req.params.key);
    },
  );
};
