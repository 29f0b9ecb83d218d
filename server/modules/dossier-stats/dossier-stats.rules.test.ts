import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, buildStatsDossier, buildStatsOrg, createTestApp, type FixtureDossier, type SignedIn, type TestApp } from '@tests/harness';

// Issue #14 point 6: the same report under the periodic rules and under Decision 766/QĐ-TTg indicator 2.1, and the
// dossiers that make the difference. Q3 2025, judged on 1 December 2025; expectations by hand (core/dossier-stats/rules.test.ts
// holds the rule table these rows are taken from).
const Q3 = 'from=2025-07-01&to=2025-09-30';

describe.each(ENGINES)('statistics rule sets on %s', (engine) => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof buildStatsOrg>>;
  let head: SignedIn;
  const codes: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.clock.now = new Date('2025-12-01T00:00:00+07:00');
    const db = t.database.db;
    org = await buildStatsOrg(db);
    const a = { procedureId: org.procA.id, handlingUnitId: org.deptA.id, channel: 'in_person' as const };
    const set: Record<string, FixtureDossier> = {
      // Received before 1 July 2025 (Decree 61/2018), finished early in Q3: the same in both.
      early: {
        ...a,
        status: 'returned',
        receivedAt: '2025-06-20T09:00',
        finishedAt: '2025-07-10T10:00',
        originalDueAt: '2025-07-15T17:00',
        timeliness: 'early',
      },
      // Refused after review after the due: a result, late in both.
      refusedLate: {
        ...a,
        status: 'returned',
        receivedAt: '2025-07-21T08:00',
        finishedAt: '2025-08-21T10:00',
        originalDueAt: '2025-08-20T17:00',
        timeliness: 'late',
      },
      // Supplement asked after the due, still waiting: overdue in both.
      waitingLate: {
        ...a,
        status: 'supplement_requested',
        receivedAt: '2025-07-21T08:00',
        originalDueAt: '2025-08-20T17:00',
        supplementCount: 1,
        pausedSince: '2025-08-25T09:00',
      },
      // Supplement asked before the due, still waiting: within time in both.
      waiting: {
        ...a,
        status: 'supplement_requested',
        receivedAt: '2025-07-21T08:00',
        originalDueAt: '2025-08-20T17:00',
        supplementCount: 1,
        pausedSince: '2025-08-10T09:00',
      },
      // Two supplement requests, finished early: late under Decision 766 only.
      twice: {
        ...a,
        status: 'returned',
        receivedAt: '2025-07-21T08:00',
        finishedAt: '2025-08-12T11:00',
        originalDueAt: '2025-08-20T17:00',
        timeliness: 'early',
        supplementCount: 2,
      },
      // Withdrawn before the due: outside the periodic figures, early under Decision 766.
      withdrawn: {
        ...a,
        status: 'withdrawn',
        receivedAt: '2025-07-21T08:00',
        originalDueAt: '2025-08-20T17:00',
        endedAt: '2025-08-05T10:00',
      },
      // Apology in time, finished by the new date: late (periodic), early (Decision 766).
      apology: {
        ...a,
        status: 'returned',
        receivedAt: '2025-07-21T08:00',
        finishedAt: '2025-08-27T10:00',
        originalDueAt: '2025-08-20T17:00',
        extendedDueAt: '2025-08-29T17:00',
        timeliness: 'late',
      },
      // Late apology: the new date does not count; late in both.
      lateApology: {
        ...a,
        status: 'returned',
        receivedAt: '2025-07-21T08:00',
        finishedAt: '2025-08-27T10:00',
        originalDueAt: '2025-08-20T17:00',
        extendedDueAt: '2025-08-29T17:00',
        extensionLate: true,
        timeliness: 'late',
      },
    };
    for (const [name, d] of Object.entries(set)) codes[name] = (await buildStatsDossier(db, d)).code;
    head = await t.as('unit_head', { unit: org.province });
  });
  afterAll(async () => t.close());

  it('answers the periodic report by default and Decision 766 indicator 2.1 with rules=decision-766, same shape', async () => {
    const periodic = await head.get(`/api/dossier-stats?unitId=${org.province.id}&${Q3}`);
    expect(periodic.statusCode, periodic.body).toBe(200);
    const p = periodic.json();
    expect(p.rules).toMatchObject({ id: 'periodic-report', version: 'tt01-2020' });
    // 7 to handle (the withdrawn one apart): late: refusedLate, apology, lateApology; overdue: waitingLate → 3/7 good.
    expect(p.total).toMatchObject({
      toHandle: 7,
      carriedOver: 1,
      finishedEarly: 2,
      finishedLate: 3,
      inProgressOverdue: 1,
      inProgressWithinTime: 1,
    });
    expect(p.total.onTimeRate).toBe(42.86);
    expect(p.endedWithoutResult).toBe(1);

    const r766 = await head.get(`/api/dossier-stats?unitId=${org.province.id}&${Q3}&rules=decision-766`);
    expect(r766.statusCode, r766.body).toBe(200);
    const x = r766.json();
    expect(x.rules).toMatchObject({ id: 'decision-766', version: 'qd766-2022' });
    // 8 to handle (the withdrawal ends processing, early); twice → late, apology → early.
    expect(x.total).toMatchObject({
      toHandle: 8,
      carriedOver: 1,
      finishedEarly: 3,
      finishedLate: 3,
      inProgressOverdue: 1,
      inProgressWithinTime: 1,
    });
    expect(x.total.onTimeRate).toBe(50);
    expect(Object.keys(x).sort()).toEqual(Object.keys(p).sort());
    // The breakdown row of department A carries the same figures.
    expect(x.rows.find((r: { unitId: string }) => r.unitId === org.deptA.id)).toMatchObject({ toHandle: 8, onTimeRate: 50 });
  });

  it('lists the dossiers that make the difference, with both standings and the reason', async () => {
    const res = await head.get(`/api/dossier-stats/differences?unitId=${org.province.id}&${Q3}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const byCode = new Map(body.items.map((i: { code: string }) => [i.code, i]));
    expect(body.total).toBe(3);
    expect(byCode.get(codes.twice)).toMatchObject({
      periodic: 'early',
      serviceIndex: 'late',
      reasons: ['repeated_supplements'],
      supplementRequests: 2,
    });
    expect(byCode.get(codes.withdrawn)).toMatchObject({ periodic: 'none', serviceIndex: 'early', reasons: ['ended_counted'] });
    expect(byCode.get(codes.apology)).toMatchObject({ periodic: 'late', serviceIndex: 'early', reasons: ['appointment_moved'] });
    expect(byCode.has(codes.lateApology)).toBe(false);
    expect([body.betterUnderServiceIndex, body.worseUnderServiceIndex]).toEqual([2, 1]);
    const page = await head.get(`/api/dossier-stats/differences?unitId=${org.province.id}&${Q3}&limit=1&offset=1`);
    expect(page.json()).toMatchObject({ total: 3, items: [expect.objectContaining({ code: body.items[1].code })] });
  });

  it('refuses an unknown rule set and hides other units', async () => {
    const bad = await head.get(`/api/dossier-stats?unitId=${org.province.id}&${Q3}&rules=dvcqg`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('querystring.rules');
    const other = await t.as('unit_head', { unit: org.commune });
    expect((await other.get(`/api/dossier-stats/differences?unitId=${org.province.id}&${Q3}`)).statusCode).toBe(404);
  });
});
