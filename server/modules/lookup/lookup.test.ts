import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LookupDossierResponseSchema } from '@contracts/lookup';
import { ENGINES, FIXTURE_APPLICANT, buildDossier, buildOrg, buildUser, createTestApp, type TestApp } from '@tests/harness';
import { LOOKUP_RATE_LIMIT } from './index';

const ip = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

describe.each(ENGINES)('public dossier lookup on %s', (engine) => {
  let t: TestApp;
  let code: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.database.db;
    const org = await buildOrg(db);
    await db.updateTable('units').set({ address: '09 Lê Duẩn, Buôn Ma Thuột' }).where('id', '=', org.deptA.id).execute();
    const handler = await buildUser(db, { unitId: org.deptB.id, roles: ['specialist'] });
    await db.updateTable('users').set({ fullName: 'Lê Văn Cường' }).where('id', '=', handler.id).execute();
    const f = await buildDossier(db, {
      receivingUnitId: org.deptA.id,
      handlingUnitId: org.deptB.id,
      status: 'processing',
      originalDueAt: '2026-11-25T16:30:00+07:00',
      extendedDueAt: '2026-12-02T16:30:00+07:00',
      dueAt: '2026-12-02T16:30:00+07:00',
      events: [
        {
          type: 'receive',
          from: 'submitted',
          to: 'received',
          at: '2026-11-18T09:15:00+07:00',
          unitId: org.deptA.id,
          actorId: handler.id,
          note: 'Ghi chú nội bộ bí mật',
        },
        {
          type: 'route',
          from: 'received',
          to: 'processing',
          at: '2026-11-18T10:00:00+07:00',
          unitId: org.deptB.id,
          data: { phone: FIXTURE_APPLICANT.phone },
        },
        { type: 'comment', from: 'processing', to: 'processing', at: '2026-11-19T10:00:00+07:00', note: 'không công khai' },
        {
          type: 'extension_issued',
          from: 'processing',
          to: 'processing',
          at: '2026-11-24T10:00:00+07:00',
          unitId: org.deptB.id,
          note: 'Lý do nội bộ',
        },
      ],
    });
    code = f.dossier.code;
  });
  afterAll(async () => t.close());

  const lookup = (c: string, remoteAddress = ip()) => t.anon.get(`/api/lookup/dossiers/${encodeURIComponent(c)}`, { remoteAddress });

  it('answers without login with status, dates, return place, masked name and a public timeline', async () => {
    const res = await lookup(code);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body).toMatchObject({
      code,
      procedureName: 'Cấp bản sao trích lục hộ tịch',
      status: 'processing',
      statusLabel: { vi: 'Đang xử lý', en: 'Processing' },
      applicantNameMasked: 'N*** V** A*',
      dueAt: '2026-12-02T09:30:00.000Z',
      originalDueAt: '2026-11-25T09:30:00.000Z',
      returnPlace: { unitName: 'Sở Nội vụ thử', address: '09 Lê Duẩn, Buôn Ma Thuột', note: null },
    });
    expect(body.timeline.map((e: { kind: string; status: string; unitName: string | null }) => [e.kind, e.status, e.unitName])).toEqual([
      ['status', 'received', 'Sở Nội vụ thử'],
      ['status', 'processing', 'Sở Tư pháp thử'],
      ['extension', 'processing', 'Sở Tư pháp thử'],
    ]);
    expect(body.timeline.map((e: { at: string }) => e.at)).toEqual([
      '2026-11-18T02:15:00.000Z',
      '2026-11-18T03:00:00.000Z',
      '2026-11-24T03:00:00.000Z',
    ]);
  });

  it('writes instants as Date#toISOString does (UTC, milliseconds cut) and an empty timeline without events', async () => {
    const db = t.database.db;
    const org = await buildOrg(db);
    const f = await buildDossier(db, {
      receivingUnitId: org.deptA.id,
      status: 'received',
      dueAt: null,
      originalDueAt: null,
      events: [],
    });
    await db
      .updateTable('dossiers')
      .set({ submittedAt: sql<Date>`'2026-11-17 23:59:59.999987+07'::timestamptz` })
      .where('id', '=', f.dossier.id)
      .execute();
    const res = await lookup(f.dossier.code);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      submittedAt: '2026-11-17T16:59:59.999Z',
      dueAt: null,
      originalDueAt: null,
      extendedDueAt: null,
      finishedAt: null,
      timeline: [],
    });
  });

  it('leaks no personal data, notes or handler names', async () => {
    const raw = (await lookup(code)).body;
    expect(Object.keys(JSON.parse(raw) as object).sort()).toEqual(Object.keys(LookupDossierResponseSchema.shape).sort());
    for (const secret of [
      FIXTURE_APPLICANT.name,
      'Nguyễn',
      FIXTURE_APPLICANT.idNumber,
      FIXTURE_APPLICANT.phone,
      FIXTURE_APPLICANT.email,
      FIXTURE_APPLICANT.address,
      'Lê Duẩn, phường',
      'Lê Văn Cường',
      'bí mật',
      'không công khai',
      'Lý do nội bộ',
    ]) {
      expect(raw, secret).not.toContain(secret);
    }
    expect(raw).not.toMatch(/\d{9,12}/);
  });

  it.each([
    ['too short', 'ab'],
    ['bad characters', 'abc<script>'],
    ['spaces', 'abc def'],
    ['too long', 'A'.repeat(80)],
  ])('answers 400 for a malformed code (%s)', async (_n, c) => {
    const res = await lookup(c);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('answers 404 for an unknown code', async () => {
    const res = await lookup('ZZZ-000000-0000');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });

  it(`answers 429 after ${LOOKUP_RATE_LIMIT} requests a minute from one address`, async () => {
    const addr = ip();
    for (let i = 0; i < LOOKUP_RATE_LIMIT; i++) expect((await lookup('ZZZ-000000-0000', addr)).statusCode).toBe(404);
    const limited = await lookup(code, addr);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect((await lookup(code, ip())).statusCode).toBe(200);
  });
});
