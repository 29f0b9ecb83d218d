import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '@contracts/common';
import {
  CounterOutcomeListQuerySchema,
  CounterOutcomeListResponseSchema,
  CounterOutcomeSchema,
  CreateCounterOutcomeRequestSchema,
} from '@contracts/counter-outcomes';
import { actorOf, errorResponses } from '../../http';
import { counterOutcomePdf, getCounterOutcome, listCounterOutcomes } from './counter-outcomes.read';
import { recordCounterOutcome } from './counter-outcomes.record';

const errors = errorResponses(400, 401, 403, 404);
const tags = ['counter-outcomes'];

/** The counter log: guidance (form 02) and refusal (form 03) at the counter, its list and its printable forms. */
export const counterOutcomesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/counter-outcomes',
    {
      config: { permission: 'dossier.create' },
      schema: {
        tags,
        summary: 'Hướng dẫn bổ sung (mẫu 02) hoặc từ chối tiếp nhận (mẫu 03) tại quầy / counter guidance or refusal',
        body: CreateCounterOutcomeRequestSchema,
        response: { 201: CounterOutcomeSchema, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await recordCounterOutcome(app.deps, actorOf(req), req.body, req.id)),
  );

  app.get(
    '/api/counter-outcomes',
    {
      config: { permission: 'dossier.read' },
      schema: {
        tags,
        summary: 'Sổ hướng dẫn, từ chối tại quầy / counter log',
        querystring: CounterOutcomeListQuerySchema,
        response: { 200: CounterOutcomeListResponseSchema, ...errors },
      },
    },
    async (req) => listCounterOutcomes(app.deps, actorOf(req), req.query),
  );

  app.get(
    '/api/counter-outcomes/:id',
    {
      config: { permission: 'dossier.read' },
      schema: {
        tags,
        summary: 'Một phiếu tại quầy / one counter outcome',
        params: IdParamsSchema,
        response: { 200: CounterOutcomeSchema, ...errors },
      },
    },
    async (req) => getCounterOutcome(app.deps, actorOf(req), req.params.id),
  );

  app.get(
    '/api/counter-outcomes/:id/pdf',
    {
      config: { permission: 'dossier.read' },
      schema: { tags, summary: 'Phiếu mẫu 02 / 03 (PDF) / form 02 or 03 as PDF', params: IdParamsSchema },
    },
    async (req, reply) => {
      const file = await counterOutcomePdf(app.deps, actorOf(req), req.params.id);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"`)
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );
};
