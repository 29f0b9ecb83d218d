import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponseSchema } from '@contracts/errors';
import { LookupDossierResponseSchema, LookupParamsSchema } from '@contracts/lookup';
import { lookupDossier } from './lookup.service';

/** Requests per minute and client address for the public lookup. */
export const LOOKUP_RATE_LIMIT = 30;

/** Public dossier lookup by code (the QR target's data), rate-limited per client address. */
export const lookupRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/lookup/dossiers/:code',
    {
      config: { public: true, rateLimit: { max: LOOKUP_RATE_LIMIT, timeWindow: '1 minute' } },
      schema: {
        tags: ['lookup'],
        summary: 'Tra cứu hồ sơ công khai / public dossier lookup',
        security: [],
        params: LookupParamsSchema,
        response: { 200: LookupDossierResponseSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema, 429: ErrorResponseSchema },
      },
    },
    async (req, reply) => {
      void reply.header('cache-control', 'no-store');
      return lookupDossier(app.deps, req.params.code);
    },
  );
};
