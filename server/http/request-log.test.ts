import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, buildOneStopWorld, buildProcedure, createTestApp, type TestApp } from '@tests/harness';

// Issue #16 point 6: a journey that carries personal data leaves none of it in the log (docs/SECURITY.md, "Logs").
const PERSON = { name: 'Trần Thị Bích Ngọc', idNumber: '079188004321', phone: '0987654321', address: '45 Phan Bội Châu' };
const CLIENT = '198.51.100.77';

describe.each(ENGINES)('request logs carry no personal data on %s', (engine) => {
  let t: TestApp;
  const log: string[] = [];
  beforeAll(async () => {
    t = await createTestApp(engine, {}, { log });
  });
  afterAll(async () => t.close());

  it('logs route patterns, ids and the truncated address of a journey, never its names, ID numbers or phones', async () => {
    const w = await buildOneStopWorld(t);
    const p = await buildProcedure(t.db, { handlingUnitId: w.communeA.id, level: 'commune' });
    const from = { remoteAddress: CLIENT };
    const applicant = { name: PERSON.name, idNumber: PERSON.idNumber, phone: PERSON.phone, address: PERSON.address };
    const made = await w.sessions.clerkA.post(
      '/api/dossiers',
      { procedureId: p.procedure.id, applicant, documentIds: p.requiredIds },
      from,
    );
    expect(made.statusCode, made.body).toBe(201);
    const { id, code } = made.json() as { id: string; code: string };
    expect((await w.sessions.clerkA.get(`/api/dossiers?q=${encodeURIComponent(PERSON.idNumber)}`, from)).statusCode).toBe(200);
    expect((await w.sessions.clerkA.get(`/api/dossiers?q=${encodeURIComponent(PERSON.name)}`, from)).statusCode).toBe(200);
    expect((await w.sessions.clerkA.get(`/api/dossiers/${id}`, from)).statusCode).toBe(200);
    expect((await t.anon.get(`/api/lookup/dossiers/${encodeURIComponent(code)}`, from)).statusCode).toBeLessThan(500);
    // A refused body still names nothing in the log (its issues go to the caller only).
    const bad = await w.sessions.clerkA.post(
      '/api/dossiers',
      { procedureId: 'x', applicant: { ...applicant, phone: `${PERSON.phone}x` } },
      from,
    );
    expect(bad.statusCode).toBe(400);
    const login = await t.anon.post('/api/auth/login', { username: w.users.clerkA.username, password: 'sai-mat-khau-0987654321' }, from);
    expect(login.statusCode).toBe(401);

    const text = log.join('');
    const lines = log.map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(7);
    expect(requests.map((l) => l.route)).toEqual(
      expect.arrayContaining(['/api/dossiers', '/api/dossiers/:id', '/api/lookup/dossiers/:key']),
    );
    for (const l of requests) expect(l).toEqual(expect.objectContaining({ reqId: expect.any(String), status: expect.any(Number) }));
    expect(requests.filter((l) => l.client === '198.51.100.0/24').length).toBeGreaterThanOrEqual(7);
    for (const secret of [PERSON.name, PERSON.idNumber, PERSON.phone, PERSON.address, code, id, CLIENT, w.users.clerkA.username]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(encodeURIComponent(secret));
    }
    expect(text).not.toMatch(/cchc_session|x-csrf-token|sai-mat-khau/);
  });

  it('leaves the client address out with LOG_CLIENT_ADDRESS=off', async () => {
    const quiet: string[] = [];
    const q = await createTestApp(engine, { LOG_CLIENT_ADDRESS: 'off' }, { log: quiet });
    try {
      await q.anon.get('/api/health', { remoteAddress: CLIENT });
      const line = quiet.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.route === '/api/health');
      expect(line).toEqual(expect.objectContaining({ status: 200, method: 'GET' }));
      expect(line).not.toHaveProperty('client');
      expect(quiet.join('')).not.toContain('198.51.100');
    } finally {
      await q.close();
    }
  });
});
