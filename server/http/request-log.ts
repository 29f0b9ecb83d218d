import type { FastifyInstance } from 'fastify';
import { loggedAddress, type AddressLogMode } from './client-address';

/**
 * One log line per answered request: its id, method, route PATTERN (`/api/dossiers/:id`, never the path or query
 * string as sent, which may carry an ID number, a name or a phone), status and time, and the client address only as
 * LOG_CLIENT_ADDRESS allows. Decree 13/2023/NĐ-CP (personal data protection), Art. 2 counts an IP address tied to a
 * person as personal data; the default keeps its network only (docs/SECURITY.md, "Logs").
 */
export function installRequestLog(app: FastifyInstance, mode: AddressLogMode): void {
  app.addHook('onResponse', async (req, reply) => {
    const client = loggedAddress(req.ip, mode);
    req.log.info(
      {
        method: req.method,
        route: req.routeOptions.url ?? '(no route)',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        ...(client ? { client } : {}),
      },
      'request',
    );
  });
}
