import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '@contracts/common';
import {
  CreateTargetRequestSchema,
  DeletedTargetResponseSchema,
  EffectiveTargetQuerySchema,
  EffectiveTargetResponseSchema,
  TargetListQuerySchema,
  TargetListResponseSchema,
  TargetViewSchema,
  UpdateTargetRequestSchema,
} from '@contracts/targets';
import { actorOf, errorResponses } from '../../http';
import { createTarget, deleteTarget, updateTarget, type TargetWriteContext } from './targets.commands';
import { effectiveTargetView, listTargetVersions } from './targets.service';

const errors = errorResponses(400, 401, 403, 404, 409);
const tags = ['targets'];
// Targets are plan figures every signed-in user may read (the statistics page shows them); writes need target.manage.
const read = { config: { authenticated: true } } as const;
const manage = { config: { permission: 'target.manage' } } as const;

/** Targets (chỉ tiêu) under /api/targets: versioned thresholds with their source; writes audited (docs/TARGETS.md). */
export const targetsRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (req: FastifyRequest): TargetWriteContext => ({
    db: app.deps.db,
    actor: actorOf(req),
    now: app.deps.now(),
    requestId: req.id,
  });

  app.get(
    '/api/targets',
    {
      ...read,
      schema: {
        tags,
        summary: 'Danh sách chỉ tiêu theo phiên bản / target versions',
        querystring: TargetListQuerySchema,
        response: { 200: TargetListResponseSchema, ...errors },
      },
    },
    async (req) => listTargetVersions(app.deps.db, actorOf(req), req.query),
  );

  app.get(
    '/api/targets/effective',
    {
      ...read,
      schema: {
        tags,
        summary: 'Chỉ tiêu đang áp dụng cho một đơn vị vào một ngày / the target in effect for a unit on a day',
        description:
          'The closest unit of the ancestry with a version in effect on the date wins, else the province-wide one. date defaults to today (Vietnam).',
        querystring: EffectiveTargetQuerySchema,
        response: { 200: EffectiveTargetResponseSchema, ...errors },
      },
    },
    async (req) => effectiveTargetView(app.deps.db, actorOf(req), req.query, app.deps.now()),
  );

  app.post(
    '/api/targets',
    {
      ...manage,
      schema: {
        tags,
        summary: 'Thêm phiên bản chỉ tiêu / add a target version',
        body: CreateTargetRequestSchema,
        response: { 201: TargetViewSchema, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await createTarget(ctx(req), req.body)),
  );

  app.patch(
    '/api/targets/:id',
    {
      ...manage,
      schema: {
        tags,
        summary: 'Sửa hoặc đóng (validTo) một phiên bản / edit or close a version',
        params: IdParamsSchema,
        body: UpdateTargetRequestSchema,
        response: { 200: TargetViewSchema, ...errors },
      },
    },
    async (req) => updateTarget(ctx(req), req.params.id, req.body),
  );

  app.delete(
    '/api/targets/:id',
    {
      ...manage,
      schema: {
        tags,
        summary: 'Xóa phiên bản nhập nhầm / remove a mistaken version',
        params: IdParamsSchema,
        response: { 200: DeletedTargetResponseSchema, ...errors },
      },
    },
    async (req) => deleteTarget(ctx(req), req.params.id),
  );
};
