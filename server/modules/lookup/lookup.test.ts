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
  let key: string;
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
      returnPlace: 'Quầy 3 — hỏi chị Hoa (ghi chú nội bộ)',
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
          // The reason the apology letter (form 04) gives the applicant: theirs to see (docs/SECURITY.md §8).
          note: 'Cần xác minh nguồn gốc thửa đất',
          data: { previousDueAt: '2026-11-25T16:30:00+07:00', newDueAt: '2026-12-02T16:30:00+07:00', late: false },
        },
      ],
    });
    code = f.dossier.code;
    key = f.dossier.lookupKey;
  });
  afterAll(async () => t.close());

  const lookup = (c: string, remoteAddress = ip()) => t.anon.get(`/api/lookup/dossiers/${encodeURIComponent(c)}`, { remoteAddress });

  it('gives each dossier a 12-character key of Crockford base32, different from its code', () => {
    expect(key).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(key).not.toContain(code);
  });

  it('answers the key without login with status, dates, return place, masked name and ID and a public timeline', async () => {
    const res = await lookup(key);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body).toMatchObject({
      code,
      procedureName: 'Cấp bản sao trích lục hộ tịch',
      status: 'processing',
      statusLabel: { vi: 'Đang xử lý', en: 'Processing' },
      applicantNameMasked: 'N*** V** A*',
      applicantIdMasked: '*********234',
      supplement: null,
      clockPause: null,
      dueAt: '2026-12-02T09:30:00.000Z',
      apology: {
        at: '2026-11-24T03:00:00.000Z',
        previousDueAt: '2026-11-25T09:30:00.000Z',
        newDueAt: '2026-12-02T09:30:00.000Z',
        reason: 'Cần xác minh nguồn gốc thửa đất',
      },
      originalDueAt: '2026-11-25T09:30:00.000Z',
      returnPlace: { unitName: 'Sở Nội vụ thử', address: '09 Lê Duẩn, Buôn Ma Thuột' },
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
    const res = await lookup(f.dossier.lookupKey);
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

  it('reads the key as a citizen types it: lower case, grouped by hyphens or spaces', async () => {
    const grouped = key.replace(/(.{4})(?=.)/g, '$1-').toLowerCase();
    expect((await lookup(grouped)).json().code).toBe(code);
    expect((await lookup(` ${key.slice(0, 6)} ${key.slice(6)} `)).json().code).toBe(code);
  });

  it('leaks no personal data, notes or handler names', async () => {
    const raw = (await lookup(key)).body;
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
      'ghi chú nội bộ',
      'chị Hoa',
    ]) {
      expect(raw, secret).not.toContain(secret);
    }
    expect(raw).not.toMatch(/\d{9,12}/);
  });

  it('shows what to bring while a supplement is requested, and nothing else the staff typed', async () => {
    const db = t.database.db;
    const org = await buildOrg(db);
    const f = await buildDossier(db, {
      receivingUnitId: org.deptA.id,
      status: 'supplement_requested',
      events: [
        { type: 'receive', from: 'submitted', to: 'received', at: '2026-11-18T09:15:00+07:00', note: 'Khách quen của anh Tùng' },
        {
          type: 'request_supplement',
          from: 'processing',
          to: 'supplement_requested',
          at: '2026-11-19T09:00:00+07:00',
          note: '- Bản sao chứng thực CCCD\n- Giấy khai sinh bản chính',
        },
      ],
    });
    const res = await lookup(f.dossier.lookupKey);
    expect(res.json().supplement).toEqual({
      items: ['Bản sao chứng thực CCCD', 'Giấy khai sinh bản chính'],
      requestedAt: '2026-11-19T02:00:00.000Z',
      requestedBy: null,
      bringTo: { unitName: 'Sở Nội vụ thử', address: null },
    });
    // No stored clock (a row written straight to the table): still paused since the request, no pending appointment.
    expect(res.json()).toMatchObject({ dueAt: null, clockPause: { kind: 'supplement', since: '2026-11-19T02:00:00.000Z' } });
    expect(res.body).not.toContain('anh Tùng');
  });

  // Issue #16 point 8: 7 of 28 blind guesses at '…-0001' used to find a dossier. Codes are sequential; keys are not.
  it('reveals nothing to a guess: sequential codes, bare codes and wrong keys all answer the same 404', async () => {
    const db = t.database.db;
    const org = await buildOrg(db);
    const prefix = `G${randomInt(1e6)}`;
    for (let i = 1; i <= 5; i++)
      await buildDossier(db, { receivingUnitId: org.deptA.id, code: `${prefix}-261118-${String(i).padStart(4, '0')}` });
    const wrongKey = key.slice(0, 11) + (key.endsWith('0') ? '1' : '0');
    const guesses = [
      code,
      code.toLowerCase(),
      ...[1, 2, 3, 4, 5].map((i) => `${prefix}-261118-000${i}`),
      wrongKey,
      'ZZZZZZZZZZZZ',
      'abc<script>',
      'ab',
      'A'.repeat(80),
    ];
    const answers = await Promise.all(guesses.map((g) => lookup(g)));
    for (const [i, res] of answers.entries()) {
      expect(res.statusCode, guesses[i]).toBe(404);
      expect(res.body).toBe(answers[0]!.body);
    }
    expect(answers[0]!.json().error.code).toBe('NOT_FOUND');
  });

  it(`answers 429 after ${LOOKUP_RATE_LIMIT} requests a minute from one address`, async () => {
    const addr = ip();
    for (let i = 0; i < LOOKUP_RATE_LIMIT; i++)
      expect((await lookup(`ZZZ-000000-${String(i).padStart(4, '0')}`, addr)).statusCode).toBe(404);
    const limited = await lookup(key, addr);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect((await lookup(key, ip())).statusCode).toBe(200);
  });
});
