import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@tests/harness';
import { CONTENT_SECURITY_POLICY } from './security-headers';

// Issue #16 point 9: every answer carries the security headers; HSTS only over HTTPS.
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc=/.test(m[1] ?? ''));

describe('security headers', () => {
  const dist = mkdtempSync(join(tmpdir(), 'cchc-dist-'));
  let t: TestApp;
  beforeAll(async () => {
    writeFileSync(join(dist, 'index.html'), readFileSync('web/index.html'));
    t = await createTestApp('pglite', { TRUST_PROXY: '1' }, { webDist: dist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it.each([
    ['the API', '/api/health', 200],
    ['an API error', '/api/nothing-here', 404],
    ['a refused request', '/api/users', 401],
    ['the SPA', '/mot-cua', 200],
    ['the API docs', '/api/docs/', 200],
    ['the OpenAPI document', '/api/openapi.json', 200],
  ])('on %s', async (_name, url, status) => {
    const res = await t.anon.get(url);
    expect(res.statusCode).toBe(status);
    expect(res.headers).toMatchObject({
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    });
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('forbids framing, plugins and scripts from elsewhere or inline, allows the inline styles Ant Design writes', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/frame-ancestors 'none'/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/object-src 'none'/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/style-src 'self' 'unsafe-inline'/);
  });

  it('serves pages the policy allows: the SPA shell and the swagger UI load no inline script', async () => {
    expect(inlineScripts(readFileSync('web/index.html', 'utf8'))).toEqual([]);
    const docs = await t.anon.get('/api/docs/');
    expect(docs.body).toMatch(/<script src=/);
    expect(inlineScripts(docs.body)).toEqual([]);
    const init = await t.anon.get('/api/docs/static/swagger-initializer.js');
    expect(init.statusCode).toBe(200);
  });

  it('sends HSTS on HTTPS (here through one trusted proxy), not on plain HTTP or a forged protocol', async () => {
    const https = await t.anon.get('/api/health', { remoteAddress: '127.0.0.1', headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const off = await createTestApp('pglite', { TRUST_PROXY: '1', HSTS_MAX_AGE: '0' });
    try {
      const none = await off.anon.get('/api/health', { headers: { 'x-forwarded-proto': 'https' } });
      expect(none.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await off.close();
    }
    const direct = await createTestApp('pglite', { TRUST_PROXY: 'false' });
    try {
      const forged = await direct.anon.get('/api/health', { headers: { 'x-forwarded-proto': 'https' } });
      expect(forged.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await direct.close();
    }
  });
});
