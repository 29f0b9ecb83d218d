import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LoginRequestSchema, MeResponseSchema } from '@contracts/auth';
import { actorOf, errorResponses } from '../../http';
import { clearSessionCookies, setSessionCookies } from '../../http/auth';
import { describeActor, login, logout } from './auth.service';

/** Login, logout and the current user under /api/auth. */
export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/auth/login',
    {
      config: { public: true, rateLimit: { max: app.deps.config.LOGIN_RATE_LIMIT, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Đăng nhập / sign in',
        body: LoginRequestSchema,
        response: { 200: MeResponseSchema, ...errorResponses(401, 423) },
      },
    },
    async (req, reply) => {
      const session = await login(app.deps, req.body.username, req.body.password, req.id, req.ip);
      setSessionCookies(req, reply, session.token, session.csrfToken, session.maxAgeSeconds);
      return describeActor(app.deps, session.actor);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { authenticated: true },
      schema: { tags: ['auth'], summary: 'Đăng xuất / sign out', response: { 200: z.object({ ok: z.literal(true) }) } },
    },
    async (req, reply) => {
      await logout(app.deps, actorOf(req));
      clearSessionCookies(reply);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { authenticated: true },
      schema: { tags: ['auth'], summary: 'Người dùng hiện tại / current user', response: { 200: MeResponseSchema } },
    },
    async (req) => describeActor(app.deps, actorOf(req)),
  );
};
