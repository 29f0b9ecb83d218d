import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, buildStatsDossier, buildStatsOrg, createTestApp, type SignedIn, type TestApp } from '@tests/harness';

// Issue #14 point 7: a locked period answers as published, the next period carries over its "in progress", a later
// change to one of its dossiers is listed as an adjustment; locking twice, a period not over, rewriting figures → 4xx.
describe.each(ENGINES)('period lock of the statistics on %s', (engine) => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof buildStatsOrg>>;
  let secretariat: SignedIn;
  let open: { id: string; code: string };
  const Q1 = { from: '2026-01-01', to: '2026-03-31' };

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.clock.now = new Date('2026-06-01T00:00:00+07:00');
    const db = t.database.db;
    org = await buildStatsOrg(db);
    const a = { procedureId: org.procA.id, handlingUnitId: org.deptA.id, channel: 'in_person' as const };
    // In progress at the end of Q1, within time; and one finished early in Q1.
    open = await buildStatsDossier(db, { ...a, status: 'processing', receivedAt: '2026-03-10T08:00', originalDueAt: '2026-04-10T17:00' });
    await buildStatsDossier(db, {
      ...a,
      status: 'returned',
      receivedAt: '2026-02-02T08:00',
      finishedAt: '2026-02-05T08:00',
      originalDueAt: '2026-02-10T17:00',
      timeliness: 'early',
    });
    secretariat = await t.as('secretariat', { unit: org.province });
  });
  afterAll(async () => t.close());

  const report = (q: { from: string; to: string }, extra = '') =>
    secretariat.get(`/api/dossier-stats?unitId=${org.province.id}&from=${q.from}&to=${q.to}${extra}`);

  it('locks a finished period once, audited; twice, an open period, or without the permission is refused', async () => {
    const res = await secretariat.post('/api/dossier-stats/locks', { unitId: org.province.id, ...Q1, note: 'Báo cáo quý I' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ unitId: org.province.id, from: Q1.from, to: Q1.to, note: 'Báo cáo quý I' });
    const audit = await t.database.db.selectFrom('auditLog').select(['action']).where('entityId', '=', res.json().id).execute();
    expect(audit.map((a) => a.action)).toEqual(['report.lock']);

    const twice = await secretariat.post('/api/dossier-stats/locks', { unitId: org.province.id, ...Q1 });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('REPORT_ALREADY_LOCKED');
    const notOver = await secretariat.post('/api/dossier-stats/locks', { unitId: org.province.id, from: '2026-04-01', to: '2026-06-30' });
    expect(notOver.statusCode).toBe(409);
    expect(notOver.json().error.code).toBe('REPORT_PERIOD_OPEN');
    const head = await t.as('unit_head', { unit: org.province });
    expect(
      (await head.post('/api/dossier-stats/locks', { unitId: org.province.id, from: '2025-01-01', to: '2025-03-31' })).statusCode,
    ).toBe(403);
    const listed = await secretariat.get(`/api/dossier-stats/locks?unitId=${org.province.id}`);
    expect(listed.json().items).toEqual([expect.objectContaining({ from: Q1.from, to: Q1.to })]);
  });

  it('answers as published after a later change, lists the change as an adjustment, and carries the locked "in progress" over', async () => {
    const before = (await report(Q1)).json();
    expect(before.lock).toMatchObject({ from: Q1.from, to: Q1.to });
    expect(before.total).toMatchObject({ toHandle: 2, inProgress: 1, finishedEarly: 1 });
    // The citizen withdraws the open dossier in April: live, it would leave Q1's figures.
    await t.database.db
      .updateTable('dossiers')
      .set({ status: 'withdrawn', updatedAt: sql`now()` as never })
      .where('id', '=', open.id)
      .execute();
    const after = (await report(Q1)).json();
    expect(after.total).toEqual(before.total);
    expect(after.lock.id).toBe(before.lock.id);
    // Both rule sets were published.
    expect((await report(Q1, '&rules=decision-766')).json()).toMatchObject({ lock: { id: before.lock.id }, rules: { id: 'decision-766' } });

    const adj = await secretariat.get(`/api/dossier-stats/locks/${before.lock.id}/adjustments`);
    expect(adj.statusCode, adj.body).toBe(200);
    expect(adj.json().items).toEqual([expect.objectContaining({ code: open.code, locked: 'within', now: 'none', status: 'withdrawn' })]);

    const q2 = (await report({ from: '2026-04-01', to: '2026-06-30' })).json();
    expect(q2.lock).toBeNull();
    expect(q2.total.carriedOver).toBe(1);
    expect(q2.carriedOverFromLock).toMatchObject({ lockId: before.lock.id, locked: 1, live: 0 });
  });

  it('refuses rewriting the published figures, lets the note change (audited)', async () => {
    const { items } = (await secretariat.get(`/api/dossier-stats/locks?unitId=${org.province.id}`)).json();
    const id = items[0].id as string;
    const figures = await secretariat.patch(`/api/dossier-stats/locks/${id}`, { total: { toHandle: 1 } });
    expect(figures.statusCode).toBe(409);
    expect(figures.json().error).toMatchObject({ code: 'REPORT_LOCKED', issues: [expect.objectContaining({ path: 'body.total' })] });
    const note = await secretariat.patch(`/api/dossier-stats/locks/${id}`, { note: 'Báo cáo số 12/BC-UBND' });
    expect(note.statusCode, note.body).toBe(200);
    expect(note.json().note).toBe('Báo cáo số 12/BC-UBND');
    const other = await t.as('secretariat', { unit: org.commune });
    expect((await other.get(`/api/dossier-stats/locks/${id}/adjustments`)).statusCode).toBe(404);
  });
});
