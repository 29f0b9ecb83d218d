import type { FastifyInstance } from 'fastify';

// Graceful shutdown (issue #16 point 7). close() stops accepting connections and drops the idle ones (app.ts:
// forceCloseConnections 'idle'); a keep-alive connection busy with a request when it began would then stay open for the
// keep-alive timeout after its answer, holding close() back. So while draining, every answer says Connection: close and
// its connection ends with it.
/** Makes every answer sent after close() began end its connection. */
export function installDrain(app: FastifyInstance): void {
  let draining = false;
  app.addHook('preClose', (done) => {
    draining = true;
    done();
  });
  app.addHook('onSend', async (_req, reply, payload) => {
    if (draining) void reply.header('connection', 'close');
    return payload;
  });
}
