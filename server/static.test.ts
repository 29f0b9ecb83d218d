import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '@tests/harness';
import type { Database } from './infra/database';
import { buildApp } from './app';
import { loadConfig } from './config';

// The built web app as a phone on a slow connection meets it: compressed files, hashed files cached for a year, the
// page itself checked every time.
describe('serving the web app', () => {
  const dist = mkdtempSync(join(tmpdir(), 'cchc-dist-'));
  const script = 'export const x = 1;\n'.repeat(200);
  let database: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    for (const [name, body] of [['assets/app-abc123.js', script]] as const) {
      writeFileSync(join(dist, name), body);
      writeFileSync(join(dist, `${name}.br`), brotliCompressSync(body));
      writeFileSync(join(dist, `${name}.gz`), gzipSync(body));
    }
    database = await openTestDatabase('pglite');
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    app = await buildApp({
      deps: { db: database.db, dbKind: database.kind, config, now: () => new Date(), version: 'test' },
      webDist: dist,
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it.each([
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
    ['identity', undefined],
  ])('sends a hashed script compressed as the browser accepts (%s), cached for a year', async (accept, encoding) => {
    const res = await app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': accept } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    if (!encoding) expect(res.body).toBe(script);
  });

  it.each(['/', '/tra-cuu', '/mot-cua/ho-so/abc'])('checks the page %s every time', async (url) => {
    const res = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toContain('<div id="root">');
  });

  it('keeps API paths out of the page fallback', async () => {
    const res = await app.inject({ url: '/api/nowhere' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });
});
