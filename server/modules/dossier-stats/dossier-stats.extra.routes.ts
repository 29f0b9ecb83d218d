import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ApologyReportSchema,
  OnlineServiceReportSchema,
  ReceivingPointReportSchema,
  StatsScopeQuerySchema,
} from '@contracts/dossier-stats-extra';
import { actorOf, errorResponses } from '../../http';
import { apologyReport, onlineServiceReport, receivingPointReport } from './dossier-stats.extra';

const errors = errorResponses(400, 401, 403, 404);
const tags = ['dossier-stats'];
const SCOPE =
  'from/to: Vietnam days, both included; unitId: subtree root (default: the caller’s first report.read unit); sector, procedureId.';

/** What officers ask for next (issue #14 point 8): by receiving point, online-service figures, apology letters. */
export const dossierStatsExtraRoutes: FastifyPluginAsyncZod = async (app) => {
  const now = () => app.deps.now();

  app.get(
    '/api/dossier-stats/receiving-points',
    {
      config: { permission: 'report.read' },
      schema: {
        tags,
        summary: 'Thống kê theo nơi tiếp nhận / statistics by receiving point',
        description: `The dossiers each unit of the subtree received, wherever they are handled. ${SCOPE}`,
        querystring: StatsScopeQuerySchema,
        response: { 200: ReceivingPointReportSchema, ...errors },
      },
    },
    async (req) => receivingPointReport(app.deps.db, actorOf(req), req.query, now()),
  );

  app.get(
    '/api/dossier-stats/online',
    {
      config: { permission: 'report.read' },
      schema: {
        tags,
        summary: 'Chỉ số dịch vụ công trực tuyến, số hóa / online-service and digitisation figures',
        description: SCOPE,
        querystring: StatsScopeQuerySchema,
        response: { 200: OnlineServiceReportSchema, ...errors },
      },
    },
    async (req) => onlineServiceReport(app.deps.db, actorOf(req), req.query, now()),
  );

  app.get(
    '/api/dossier-stats/apologies',
    {
      config: { permission: 'report.read' },
      schema: {
        tags,
        summary: 'Thư xin lỗi (mẫu 04) và lý do / apology letters and their reasons',
        description: SCOPE,
        querystring: StatsScopeQuerySchema,
        response: { 200: ApologyReportSchema, ...errors },
      },
    },
    async (req) => apologyReport(app.deps.db, actorOf(req), req.query, now()),
  );
};
