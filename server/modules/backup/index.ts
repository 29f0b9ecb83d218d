import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../http';
import { startBackup } from './backup.service';

/** Online backups per hour per administrator. */
export const BACKUP_RATE_LIMIT = 6;

/** `GET /api/admin/backup`: a consistent plain-SQL dump of the running database, for `npm run db:restore`. */
export const backupRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/admin/backup',
    {
      config: {
        permission: 'setting.manage',
        rateLimit: { max: BACKUP_RATE_LIMIT, timeWindow: '1 hour', keyGenerator: (req) => req.actor?.userId ?? req.ip },
      },
      schema: {
        tags: ['system'],
        summary: 'Sao lưu trực tuyến cơ sở dữ liệu (SQL) / online database backup (plain SQL)',
      },
    },
    async (req, reply) => {
      const file = await startBackup(app.deps, actorOf(req), req.id);
      return reply
        .header('content-type', 'application/sql; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(file.stream);
    },
  );
};
