import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DifferencesQuerySchema, RuleDifferencesPageSchema } from '@contracts/dossier-stats';
import { actorOf, errorResponses } from '../../http';
import { ruleDifferences } from './dossier-stats.service';

const errors = errorResponses(400, 401, 403, 404);
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
};
