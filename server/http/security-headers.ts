import type { FastifyInstance } from 'fastify';

/**
 * The Content-Security-Policy of every answer. Scripts only from this origin (the built SPA and the swagger UI at
 * /api/docs load theirs from files, none inline); styles also inline, because Ant Design's CSS-in-JS and the swagger
 * UI write <style> elements at run time; images also as data: and blob: URLs (QR codes, icons); no plugin, no frame,
 * no other origin to connect or post to, and no page may frame ours (clickjacking).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const FIXED: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  // For browsers that predate frame-ancestors.
  'x-frame-options': 'DENY',
  // Public lookup addresses carry a dossier's key: no other site learns them from a link followed.
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/**
 * Security headers on every answer (API, SPA files, docs, errors), and Strict-Transport-Security on answers to
 * HTTPS requests when HSTS_MAX_AGE > 0 (the protocol as TRUST_PROXY lets X-Forwarded-Proto tell it).
 */
export function installSecurityHeaders(app: FastifyInstance, hstsMaxAge: number): void {
  app.addHook('onSend', async (req, reply, payload) => {
    for (const [name, value] of Object.entries(FIXED)) if (!reply.hasHeader(name)) void reply.header(name, value);
    if (hstsMaxAge > 0 && req.protocol === 'https')
      void reply.header('strict-transport-security', `max-age=${hstsMaxAge}; includeSubDomains`);
    return payload;
  });
}
