import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AdjustmentListSchema,
  DifferencesQuerySchema,
  LockBodySchema,
  LockListQuerySchema,
  LockListSchema,
  LockPatchSchema,
  LockSummarySchema,
  RuleDifferencesPageSchema,
} from '@contracts/dossier-stats';
import { UuidSchema } from '@contracts/common';
import { actorOf, errorResponses, notFound } from '../../http';
import { adjustmentsOf, lockPeriod, locksOf, patchLock } from './dossier-stats.locks';
import { scopeRoots } from '@core/access/scope';
import { ruleDifferences } from './dossier-stats.service';

const errors = errorResponses(400, 401, 403, 404);
const writeErrors = errorResponses(400, 401, 403, 404, 409);
const LockParams = z.object({ id: UuidSchema }).strict();
const tags = ['dossier-stats'];

/** The statistics rule sets side by side (issue #14 point 6): the dossiers the periodic report and Decision 766 class differently. */
export const dossierStatsRulesRoutes: FastifyPluginAsyncZod = async (app) => {
  const now = () => app.deps.now();

  app.get(
    '/api/dossier-stats/differences',
    {
      config: { permission: 'report.read' },
      schema: {
        tags,
        summary:
          'Hồ sơ tính khác nhau giữa báo cáo định kỳ và chỉ số 766 / dossiers the periodic report and Decision 766 class differently',
        querystring: DifferencesQuerySchema,
        response: { 200: RuleDifferencesPageSchema, ...errors },
      },
    },
    async (req) => ruleDifferences(app.deps.db, actorOf(req), req.query, now()),
  );

  app.post(
    '/api/dossier-stats/locks',
    {
      config: { permission: 'report.lock' },
      schema: {
        tags,
        summary: 'Chốt số liệu một kỳ báo cáo / lock a finished period’s report as published',
        body: LockBodySchema,
        response: { 201: LockSummarySchema, ...writeErrors },
      },
    },
    async (req, reply) => reply.code(201).send(await lockPeriod(app.deps.db, actorOf(req), req.body, now(), req.id)),
  );

  app.get(
    '/api/dossier-stats/locks',
    {
      config: { permission: 'report.read' },
      schema: {
        tags,
        summary: 'Các kỳ đã chốt số liệu / locked periods',
        querystring: LockListQuerySchema,
        response: { 200: LockListSchema, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const unitId = req.query.unitId ?? scopeRoots(actor.grants, 'report.read')[0];
      if (!unitId) throw notFound('Đơn vị');
      return locksOf(app.deps.db, actor, unitId);
    },
  );

  app.patch(
    '/api/dossier-stats/locks/:id',
    {
      config: { permission: 'report.lock' },
      schema: {
        tags,
        summary: 'Sửa ghi chú kỳ đã chốt (số liệu không sửa được) / edit a lock’s note (figures are refused)',
        params: LockParams,
        body: LockPatchSchema,
        response: { 200: LockSummarySchema, ...writeErrors },
      },
    },
    async (req) => patchLock(app.deps.db, actorOf(req), req.params.id, req.body, req.id),
  );

  app.get(
    '/api/dossier-stats/locks/:id/adjustments',
    {
      config: { permission: 'report.read' },
      schema: {
        tags,
        summary: 'Điều chỉnh sau chốt / dossiers of a locked period changed after the lock',
        params: LockParams,
        response: { 200: AdjustmentListSchema, ...errors },
      },
    },
    async (req) => adjustmentsOf(app.deps.db, actorOf(req), req.params.id),
  );
};
