import type { FastifyRequest } from 'fastify';

/** Base URL of the public site: CCHC_PUBLIC_URL when set, else the request's protocol and host. */
export function publicBaseUrl(req: FastifyRequest): string {
  const configured = req.server.deps.config.CCHC_PUBLIC_URL;
  if (configured) return configured.replace(/\/+$/, '');
  // req.host honours X-Forwarded-Host only when TRUST_PROXY is on.
  const host = /^[A-Za-z0-9.:[\]-]+$/.test(req.host) ? req.host : 'localhost';
  return `${req.protocol}://${host}`;
}
