import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ENGINES, buildOrg, buildUser, createTestApp, type Client, type TestApp } from '@tests/harness';
import { recordAudit } from './audit.service';

const rand = () => Math.random().toString(36).slice(2, 10);

describe.each(ENGINES)('audit on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t.close());

  async function world() {
    const org = await buildOrg(t.database.db);
    const admin = await buildUser(t.database.db, { unitId: org.province.id, roles: ['system_admin'] });
    const actor = await buildUser(t.database.db, { unitId: org.deptA.id });
    return { org, admin, actor, s: await t.as(admin) };
  }

  const entry = (o: { at?: string; actorId: string; unitId: string | null; entityType?: string; entityId?: string; action?: string }) =>
    t.database.db
      .insertInto('auditLog')
      .values({
        at: o.at,
        actorId: o.actorId,
        actorUsername: 'thu',
        action: o.action ?? 'thing.change',
        entityType: o.entityType ?? 'thing',
        entityId: o.entityId ?? rand(),
        unitId: o.unitId,
        before: '{"a":1}',
        after: '{"a":2}',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.id));

  const get = async (client: Client, qs: string) => {
    const res = await client.get(`/api/audit?${qs}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Array<{ id: number; [k: string]: unknown }>; total: number };
  };

  it('filters by actor, entity, action and Vietnam-time days, newest first', async () => {
    const { org, actor, s } = await world();
    const base = { actorId: actor.id, unitId: org.deptA.id };
    const r1 = await entry({ ...base, at: '2026-11-24T16:59:59.999Z', entityId: 'e1' });
    const r2 = await entry({ ...base, at: '2026-11-24T17:00:00.000Z', entityId: 'e2', action: 'thing.other' });
    const r3 = await entry({ ...base, at: '2026-11-25T16:59:59.999Z', entityId: 'e3' });
    const r4 = await entry({ ...base, at: '2026-11-25T17:00:00.000Z', entityId: 'e4' });
    const ids = async (qs: string) => (await get(s, `actorId=${actor.id}&${qs}`)).items.map((i) => i.id);
    expect(await ids('from=2026-11-25&to=2026-11-25')).toEqual([r3, r2]);
    expect(await ids('from=2026-11-25')).toEqual([r4, r3, r2]);
    expect(await ids('to=2026-11-24')).toEqual([r1]);
    expect(await ids('entityType=thing&entityId=e2')).toEqual([r2]);
    expect(await ids('action=thing.other')).toEqual([r2]);
    expect(await ids('entityType=other')).toEqual([]);
    const page = await get(s, `actorId=${actor.id}&limit=2&offset=1`);
    expect(page.total).toBe(4);
    expect(page.items.map((i) => i.id)).toEqual([r3, r2]);
    expect(page.items[0]).toMatchObject({
      at: '2026-11-25T16:59:59.999Z',
      actorId: actor.id,
      actorUsername: 'thu',
      unitId: org.deptA.id,
      unitName: 'Sở Nội vụ thử',
      before: { a: 1 },
      after: { a: 2 },
    });
  });

  it('shows what an API change wrote: who, which entity, before and after', async () => {
    const { org, admin, s } = await world();
    const created = await s.post('/api/users', {
      username: `a_${rand()}`,
      fullName: 'Phạm Thị Dung',
      unitId: org.deptB.id,
      password: 'mat-khau-du-dai',
    });
    const id = created.json().id as string;
    await s.patch(`/api/users/${id}`, { fullName: 'Phạm Thị Dung (mới)' });
    const res = await get(s, `entityType=user&entityId=${id}&actorId=${admin.id}`);
    expect(res.items.map((i) => i.action)).toEqual(['user.update', 'user.create']);
    expect(res.items[0]).toMatchObject({
      actorUsername: admin.username,
      unitId: org.deptB.id,
      unitName: 'Sở Tư pháp thử',
      before: { fullName: 'Phạm Thị Dung' },
      after: { fullName: 'Phạm Thị Dung (mới)' },
    });
    expect(res.items[1]?.before).toBeNull();
    expect(typeof res.items[1]?.requestId).toBe('string');
    expect(new Date(String(res.items[1]?.at)).toISOString()).toBe(res.items[1]?.at);
  });

  it('limits readers to their audit.read subtree; unit-less entries need a root unit', async () => {
    const { org, actor, s } = await world();
    const inA = await entry({ actorId: actor.id, unitId: org.deptA.id });
    const inB = await entry({ actorId: actor.id, unitId: org.deptB.id });
    const unitless = await entry({ actorId: actor.id, unitId: null });
    const deptAdmin = await buildUser(t.database.db, { unitId: org.deptA.id, roles: ['system_admin'] });
    const ds = await t.as(deptAdmin);
    const secretariat = await buildUser(t.database.db, { unitId: org.province.id, roles: ['secretariat'] });
    const ss = await t.as(secretariat);
    const ids = async (c: Client, qs = '') => (await get(c, `actorId=${actor.id}${qs}`)).items.map((i) => i.id).sort();
    expect(await ids(s)).toEqual([inA, inB, unitless].sort());
    expect(await ids(ss)).toEqual([inA, inB, unitless].sort());
    expect(await ids(ds)).toEqual([inA]);
    expect(await ids(s, `&unitId=${org.deptB.id}`)).toEqual([inB]);
    const outside = await ds.get(`/api/audit?unitId=${org.deptB.id}`);
    expect(outside.statusCode).toBe(404);
    const stranger = await buildOrg(t.database.db);
    const strangerAdmin = await buildUser(t.database.db, { unitId: stranger.province.id, roles: ['system_admin'] });
    // A root-unit admin of another province sees unit-less entries, but nothing of this province's units.
    expect(await ids(await t.as(strangerAdmin))).toEqual([unitless]);
  });

  it('lists the entity types a reader can see', async () => {
    const { org, actor, s } = await world();
    const kind = `zz_${rand()}`;
    await entry({ actorId: actor.id, unitId: org.deptB.id, entityType: kind });
    const deptAdmin = await buildUser(t.database.db, { unitId: org.deptA.id, roles: ['system_admin'] });
    const ds = await t.as(deptAdmin);
    const all = await s.get('/api/audit/entity-types');
    expect(all.statusCode).toBe(200);
    expect(all.json().items).toEqual(expect.arrayContaining([kind, 'user']));
    const mine = await ds.get('/api/audit/entity-types');
    expect(mine.json().items).not.toContain(kind);
  });

  it('is append-only: UPDATE and DELETE raise', async () => {
    const { org, actor } = await world();
    const id = await entry({ actorId: actor.id, unitId: org.deptA.id });
    await expect(sql`UPDATE audit_log SET action = 'forged' WHERE id = ${id}`.execute(t.database.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log WHERE id = ${id}`.execute(t.database.db)).rejects.toThrow(/append-only/);
    const row = await t.database.db.selectFrom('auditLog').select('action').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.action).toBe('thing.change');
  });

  it('rolls the audit entry back with the transaction it was written in', async () => {
    const { org, actor } = await world();
    const entityId = `rollback_${rand()}`;
    await expect(
      t.database.db.transaction().execute(async (trx) => {
        await recordAudit(
          trx,
          { userId: actor.id, username: actor.username },
          { action: 'unit.update', entityType: 'thing', entityId, unitId: org.deptA.id, after: { a: 1 } },
        );
        await trx
          .insertInto('users')
          .values({ username: actor.username, fullName: 'dup', unitId: org.deptA.id, passwordHash: 'x' })
          .execute();
      }),
    ).rejects.toThrow();
    expect(await t.database.db.selectFrom('auditLog').select('id').where('entityId', '=', entityId).execute()).toEqual([]);
  });

  it('answers 401 without a session, 403 without audit.read, 400 for bad filters', async () => {
    const { org, s } = await world();
    expect((await t.anon.get('/api/audit')).statusCode).toBe(401);
    expect((await t.anon.get('/api/audit/entity-types')).statusCode).toBe(401);
    const head = await buildUser(t.database.db, { unitId: org.deptA.id, roles: ['unit_head'] });
    const hs = await t.as(head);
    expect((await hs.get('/api/audit')).statusCode).toBe(403);
    expect((await hs.get('/api/audit/entity-types')).statusCode).toBe(403);
    for (const qs of [
      'from=2026-02-30',
      'from=25/11/2026',
      'from=2026-11-26&to=2026-11-25',
      'actorId=x',
      'limit=501',
      'offset=-1',
      'who=me',
    ]) {
      const res = await s.get(`/api/audit?${qs}`);
      expect(res.statusCode, qs).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.issues.length).toBeGreaterThan(0);
    }
    const blanks = await s.get('/api/audit?actorId=&from=&to=&entityType=');
    expect(blanks.statusCode).toBe(200);
  });
});
