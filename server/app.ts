import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from './http/context';
import { installErrorHandler } from './http/error-handler';
import { installDrain } from './http/drain';
import { installBilingualZodMessages } from './http/zod-messages';
import { installAuth } from './http/auth';
import { installRequestLog } from './http/request-log';
import { installNulGuard } from './http/nul-guard';
import { installSecurityHeaders } from './http/security-headers';
import { registerModules } from './modules';
import { sharedStoreClass } from './infra/shared-rate-limit';

// A number of hops is proxy-addr's rule `hop < n` (Fastify's typings take the function, not the number).
const trustProxyOption = (t: boolean | number | string[]) => (typeof t === 'number' ? (_address: string, hop: number) => hop < t : t);

// Cookies and CSRF tokens never reach a log line, whatever a future log call prints.
const REDACT = ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'req.headers.authorization', 'res.headers["set-cookie"]'];

function loggerOptions(opts: BuildAppOptions): FastifyServerOptions['logger'] {
  if (!opts.logger) return false;
  const level = opts.logger === true ? 'info' : opts.logger.level;
  return { level, redact: REDACT, ...(opts.logStream ? { stream: opts.logStream } : {}) };
}

/** Options for building the app; tests pass their own deps and no web folder. */
export type BuildAppOptions = {
  deps: Deps;
  logger?: boolean | { level: string };
  /** Where the log goes instead of stdout (tests read it). */
  logStream?: DestinationStream;
  webDist?: string | null;
  /** Overrides the configured TRUST_PROXY (benches that send an X-Forwarded-For of their own). */
  trustProxy?: boolean;
};

/** Assembles plugins and modules into an un-started Fastify instance. */
export async function buildApp(opts: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(opts),
    // The one request line is written by installRequestLog: route pattern and id, never the query string or body.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1_048_576,
    trustProxy: opts.trustProxy ?? trustProxyOption(opts.deps.config.TRUST_PROXY),
    // Graceful shutdown (issue #16 point 7): close() drops idle keep-alive connections at once and lets requests already
    // received finish and be answered (with Connection: close), instead of answering 503 to those arriving on a busy
    // connection while it drains. main.ts bounds the wait.
    forceCloseConnections: 'idle',
    return503OnClosing: false,
    // Unknown fields are rejected by strict contract schemas, so keep the body as sent.
    ajv: { customOptions: { removeAdditional: false } },
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', opts.deps);
  // The API speaks JSON only; anything else is 415, not a string body that fails later.
  app.removeContentTypeParser('text/plain');

  installBilingualZodMessages();
  installErrorHandler(app);
  installDrain(app);
  installSecurityHeaders(app, opts.deps.config.HSTS_MAX_AGE);
  installRequestLog(app, opts.deps.config.LOG_CLIENT_ADDRESS);
  await app.register(cookie);
  // In a cluster worker the counters live in the primary, so a limit holds for all of the machine's processes.
  await app.register(rateLimit, { global: false, store: sharedStoreClass() });
  await app.register(swagger, {
    openapi: {
      info: { title: 'CCHC API', description: 'API của nền tảng CCHC / CCHC platform API', version: opts.deps.version },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'cchc_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  installAuth(app);
  installNulGuard(app);
  await registerModules(app);

  const webDist = opts.webDist === undefined ? resolve('dist/web') : opts.webDist;
  if (webDist && existsSync(webDist)) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: ['index.html'],
      // The build wrote x.br and x.gz beside each file (web/vite.config.ts); the smaller one the browser accepts is sent.
      preCompressed: true,
      // Hashed build files never change under their name: cached for a year. Anything else is checked every time.
      setHeaders: (reply, path) =>
        void reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
    // Client-side routes fall back to the SPA shell; /api paths keep their JSON 404.
    app.get('/*', { config: { public: true }, schema: { hide: true } }, async (req, reply) => {
      const path = req.url.split('?')[0] ?? '/';
      if (path.startsWith('/api/')) return reply.callNotFound();
      const file = path.slice(1);
      if (file && !file.includes('..') && existsSync(resolve(webDist, file))) return reply.sendFile(file);
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  }
  return app;
}
