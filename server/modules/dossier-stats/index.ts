import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  LatePageSchema,
  LateQuerySchema,
  StatsQuerySchema,
  StatsReportSchema,
  StatsSectorsSchema,
  TrendQuerySchema,
  TrendSchema,
} from '@contracts/dossier-stats';
import { actorOf, errorResponses } from '../../http';
import { foldCountDeltas } from './dossier-stats.counts.repo';
import { buildStatsWorkbook } from './dossier-stats.export';
import { lateList, sectors, statsReport, trend } from './dossier-stats.service';
import { dossierStatsRulesRoutes } from './dossier-stats.rules.routes';
import { dossierStatsExtraRoutes } from './dossier-stats.extra.routes';

const errors = errorResponses(400, 401, 403, 404);
const tags = ['dossier-stats'];
const FOLD_EVERY_MS = 10_000;

/** One-stop statistics under /api/dossier-stats (issue #4 point 7): period report, late list, trend, Excel export. */
export const dossierStatsRoutes: FastifyPluginAsyncZod = async (app) => {
  const now = () => app.deps.now();

  // Folds the count deltas written by the dossier trigger into the daily counts; reports are exact either way, the fold
  // only keeps them cheap. Every instance runs it; an advisory lock lets one fold at a time.
  const fold = setInterval(() => {
    foldCountDeltas(app.deps.db).catch((err: unknown) => app.log.warn({ err }, 'dossier count fold failed'));
  }, FOLD_EVERY_MS);
  fold.unref();
  app.addHook('onClose', async () => clearInterval(fold));
  // The two statistics rule sets side by side and the period lock (issue #14 points 6, 7).
  await dossierStatsRulesRoutes(app, {});
  // By receiving point, online-service figures, apology letters (issue #14 point 8).
  await dossierStatsExtraRoutes(app, {});

  app.get(
    '/api/dossier-stats',
    {
      config: { permission: 'report.read' },
      schema: {
        tags,
        summary: 'Thống kê giải quyết hồ sơ theo kỳ / period statistics of dossiers',
        description:
          'from/to: Vietnam days, both included. unitId: subtree root (default: the caller’s first report.read unit); groupBy unit (direct children) | sector; rules periodic-report (default, Biểu II.06a) | decision-766 (Decision 766/QĐ-TTg indicator 2.1).',
        querystring: StatsQuerySchema,
        response: { 200: StatsReportSchema, ...errors },
      },
    },
    async (req) => statsReport(app.deps.db, actorOf(req), req.query, now()),
  );

  app.get(
    '/api/dossier-stats/late',
    {
      config: { permission: 'report.read' },
      schema: {
        tags,
        summary: 'Hồ sơ quá hạn và bước làm chậm / late dossiers and the step that lost the time',
        querystring: LateQuerySchema,
        response: { 200: LatePageSchema, ...errors },
      },
    },
    async (req) => lateList(app.deps.db, actorOf(req), req.query, now()),
  );

  app.get(
    '/api/dossier-stats/trend',
    {
      config: { permission: 'report.read' },
      schema: {
        tags,
        summary: 'Xu hướng theo tháng / monthly trend',
        querystring: TrendQuerySchema,
        response: { 200: TrendSchema, ...errors },
      },
    },
    async (req) => trend(app.deps.db, actorOf(req), req.query, now()),
  );

  app.get(
    '/api/dossier-stats/sectors',
    {
      config: { permission: 'report.read' },
      schema: { tags, summary: 'Các lĩnh vực / sectors', response: { 200: StatsSectorsSchema, ...errors } },
    },
    async () => sectors(app.deps.db),
  );

  app.get(
    '/api/dossier-stats/export.xlsx',
    {
      config: { permission: 'report.export' },
      schema: { tags, summary: 'Xuất Excel báo cáo định kỳ / Excel export in the periodic-report layout', querystring: StatsQuerySchema },
    },
    async (req, reply) => {
      const report = await statsReport(app.deps.db, actorOf(req), req.query, now(), 'report.export');
      const file = await buildStatsWorkbook(report, report.groupBy === 'sector' ? 'Lĩnh vực' : 'Đơn vị');
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="thong-ke-ho-so-${report.from}-${report.to}.xlsx"`)
        .send(file);
    },
  );
};
