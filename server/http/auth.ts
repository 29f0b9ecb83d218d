import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasAnywhere } from '@core/access/scope';
import { isRole } from '@core/access/roles';
import { preparedQuery } from '../infra/database';
import { AppError } from './errors';
import type { Actor } from './context';

/** Name of the http-only session cookie. */
export const SESSION_COOKIE = 'cchc_session';
/** Name of the readable cookie carrying the CSRF token the SPA echoes in `x-csrf-token`. */
export const CSRF_COOKIE = 'cchc_csrf';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Sessions are stored by the hash of their token, so a database dump cannot be replayed as a cookie. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');
/** A fresh unguessable token. */
export const newToken = () => randomBytes(32).toString('base64url');

function sameToken(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

type SessionRow = {
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
  lastSeenAt: Date;
  userId: string;
  username: string;
  fullName: string;
  unitId: string;
  isActive: boolean;
  grants: Array<{ role: string; unitId: string }>;
};

// Every signed-in request runs this: one round trip (grants included), prepared once per connection.
const sessionQuery = preparedQuery<SessionRow>(`
  SELECT s.id AS session_id, s.csrf_token, s.expires_at, s.last_seen_at, u.id AS user_id, u.username, u.full_name, u.unit_id, u.is_active,
    (SELECT coalesce(json_agg(json_build_object('role', g.role, 'unit_id', g.unit_id)), '[]') FROM role_grants g WHERE g.user_id = u.id) AS grants
  FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.id = $1`);

async function loadActor(app: FastifyInstance, token: string): Promise<Actor | null> {
  const { db, now } = app.deps;
  const id = hashToken(token);
  const row = (await sessionQuery(db, [id]))[0];
  if (!row || !row.isActive || row.expiresAt.getTime() <= now().getTime()) return null;
  const { grants } = row;
  // Touch at most once a minute so reads stay reads.
  if (now().getTime() - row.lastSeenAt.getTime() > 60_000) {
    await db.updateTable('sessions').set({ lastSeenAt: now() }).where('id', '=', id).execute();
  }
  return {
    userId: row.userId,
    username: row.username,
    fullName: row.fullName,
    unitId: row.unitId,
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
    grants: grants.filter((g) => isRole(g.role)).map((g) => ({ role: g.role as Actor['grants'][number]['role'], unitId: g.unitId })),
  };
}

/** Sets the session and CSRF cookies after a successful login. */
export function setSessionCookies(req: FastifyRequest, reply: FastifyReply, token: string, csrf: string, maxAgeSeconds: number): void {
  const mode = req.server.deps.config.COOKIE_SECURE;
  const secure = mode === 'true' || (mode === 'auto' && req.protocol === 'https');
  const base = { path: '/', sameSite: 'lax' as const, secure, maxAge: maxAgeSeconds };
  void reply.setCookie(SESSION_COOKIE, token, { ...base, httpOnly: true });
  void reply.setCookie(CSRF_COOKIE, csrf, { ...base, httpOnly: false });
}

/** Clears both cookies. */
export function clearSessionCookies(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  void reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

/** Every /api route must declare `public`, `authenticated` or a `permission`; this checks it at registration. */
export function assertRouteDeclaresAccess(
  url: string,
  config: { public?: boolean; authenticated?: boolean; permission?: string } | undefined,
): void {
  if (!url.startsWith('/api/') || url.startsWith('/api/docs')) return;
  if (!config?.public && !config?.authenticated && !config?.permission) {
    throw new Error(`Route ${url} declares no permission (config.permission, config.authenticated or config.public)`);
  }
}

/** Loads the actor from the session cookie, then enforces CSRF and the route's declared permission. */
export function installAuth(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.addHook('onRoute', (route) => {
    if (route.method === 'HEAD' || route.method === 'OPTIONS') return;
    assertRouteDeclaresAccess(route.url, route.config as never);
  });
  app.addHook('onRequest', async (req) => {
    const cfg = req.routeOptions.config;
    const token = req.cookies[SESSION_COOKIE];
    if (token) req.actor = await loadActor(app, token);
    // The documentation UI (registered by @fastify/swagger-ui) is public, like /api/openapi.json.
    if (!req.url.startsWith('/api/') || cfg.public || req.url.startsWith('/api/docs')) return;
    if (!req.routeOptions.url) return; // unknown route: the 404 handler answers
    if (!req.actor) throw new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập / sign-in required');
    if (UNSAFE.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameToken(sent, req.actor.csrfToken)) {
        throw new AppError('CSRF_INVALID', 'Mã chống giả mạo (CSRF) không hợp lệ, hãy tải lại trang / invalid CSRF token');
      }
    }
    if (cfg.permission && !hasAnywhere(req.actor.grants, cfg.permission)) {
      throw new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này / permission denied');
    }
  });
}
