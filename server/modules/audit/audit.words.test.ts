import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import {
  ENGINES,
  buildDossier,
  buildOneStopWorld,
  buildProcedure,
  buildUser,
  createTestApp,
  type Client,
  type TestApp,
} from '@tests/harness';
import { foldVietnamese } from '@core/shared/text';
import { AUDIT_ACTION_LABELS, type AuditAction } from '@contracts/audit-labels';
import { recordAudit } from './audit.service';

type Entry = { id: number; action: string; entityId: string; entityLabel: string | null; actorName: string | null };

// Issue #15 point 7: the log names objects by code or name and is searched by those and by the actions' words.
describe.each(ENGINES)('audit log in words on %s', (engine) => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof buildOneStopWorld>>;
  let admin: Client;
  beforeAll(async () => {
    t = await createTestApp(engine);
    t.clock.now = new Date('2026-03-10T02:00:00Z');
    w = await buildOneStopWorld(t);
    admin = await t.as(await buildUser(t.database.db, { unitId: w.org.province.id, roles: ['system_admin'] }));
  });
  afterAll(async () => t.close());

  const get = async (client: Client, qs: string) => {
    const res = await client.get(`/api/audit?${qs}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Entry[]; total: number };
  };

  async function receive() {
    const p = await buildProcedure(t.database.db, { handlingUnitId: w.communeA.id, level: 'commune' });
    const applicant = { name: 'Lê Thị Hoa', idNumber: '066098765432' };
    const res = await w.sessions.clerkA.post('/api/dossiers', { procedureId: p.procedure.id, applicant, documentIds: p.requiredIds });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; code: string };
  }

  it('labels a dossier written in one statement with its code, and a user with full name and account', async () => {
    const d = await receive();
    const byDossier = await get(admin, `entityType=dossier&entityId=${d.id}`);
    expect(byDossier.items).toMatchObject([{ action: 'dossier.receive', entityLabel: d.code, actorName: 'Người dùng thử' }]);
    const username = `dung_${Math.random().toString(36).slice(2, 8)}`;
    const made = await admin.post('/api/users', {
      username,
      fullName: 'Phạm Thị Dung',
      unitId: w.org.deptB.id,
      password: 'mat-khau-du-dai',
    });
    expect(made.statusCode, made.body).toBe(201);
    const byUser = await get(admin, `entityType=user&entityId=${made.json().id as string}`);
    expect(byUser.items[0]?.entityLabel).toBe(`Phạm Thị Dung (${username})`);
  });

  it('labels a change to an existing row from that row, and a deleted one from what the entry recorded', async () => {
    const { dossier: d } = await buildDossier(t.database.db, { receivingUnitId: w.communeA.id, code: `H-${Date.now()}` });
    const dayId = crypto.randomUUID();
    await t.database.db.transaction().execute(async (trx) => {
      const actor = { userId: w.users.clerkA.id, username: w.users.clerkA.username };
      await recordAudit(trx, actor, { action: 'dossier.accept', entityType: 'dossier', entityId: d.id, unitId: w.communeA.id });
      await recordAudit(trx, actor, { action: 'unit.update', entityType: 'unit', entityId: w.communeB.id, unitId: w.communeB.id });
      const before = { date: '2026-09-02', name: 'Quốc khánh' };
      await recordAudit(trx, actor, { action: 'calendar.day.delete', entityType: 'calendar_day', entityId: dayId, before });
      await recordAudit(trx, actor, {
        action: 'calendar.office_hours.update',
        entityType: 'calendar_office_hours',
        entityId: '2026-07-01',
      });
    });
    const label = async (entityId: string) =>
      (await t.database.db.selectFrom('auditLog').select('entityLabel').where('entityId', '=', entityId).executeTakeFirstOrThrow())
        .entityLabel;
    expect(await label(d.id)).toBe(d.code);
    expect(await label(w.communeB.id)).toBe('Xã B');
    expect(await label(dayId)).toBe('02/09/2026 Quốc khánh');
    expect(await label('2026-07-01')).toBe('01/07/2026');
    // The backfill of migration 2026120930 runs the same function over the older rows.
    const older = await sql<{ l: string | null }>`SELECT audit_entity_label('thing', ${d.id}, NULL, NULL) AS l`.execute(t.database.db);
    expect(older.rows[0]?.l).toBeNull();
  });

  it('finds entries by dossier code, by action words without tone marks, and by the actor, page by page', async () => {
    const d = await receive();
    const code = d.code.toLowerCase();
    expect((await get(admin, `q=${encodeURIComponent(code)}`)).items.map((i) => i.entityId)).toEqual([d.id]);
    const words = await get(admin, `q=${encodeURIComponent(`tiep nhan tai quay ${code}`)}`);
    expect(words.items.map((i) => i.action)).toEqual(['dossier.receive']);
    expect((await get(admin, `q=${encodeURIComponent(`Đăng nhập ${code}`)}`)).total).toBe(0);
    const clerk = w.users.clerkA.id;
    const all = await get(admin, `actorId=${clerk}&q=${encodeURIComponent('TIẾP NHẬN')}`);
    expect(all.total).toBeGreaterThanOrEqual(2);
    for (const i of all.items) expect(foldVietnamese(AUDIT_ACTION_LABELS[i.action as AuditAction].vi)).toContain('tiep nhan');
    expect((await get(admin, `actorId=${clerk}`)).total).toBeGreaterThan(all.total);
    const page = await get(admin, `actorId=${clerk}&q=tiep%20nhan&limit=1&offset=1`);
    expect(page.total).toBe(all.total);
    expect(page.items.map((i) => i.id)).toEqual([all.items[1]?.id]);
    const byKind = await get(admin, `actorId=${clerk}&q=ho%20so%20${encodeURIComponent(code)}`);
    expect(byKind.items.map((i) => i.entityId)).toEqual([d.id]);
  });

  it('finds entries written under a retired code by the words of the code it became', async () => {
    const entityId = crypto.randomUUID();
    await t.database.db
      .insertInto('auditLog')
      .values({ actorUsername: 'cli', action: 'role.granted', entityType: 'role_grant', entityId, unitId: w.communeA.id })
      .execute();
    const found = await get(admin, `q=${encodeURIComponent(`cap vai tro ${entityId}`)}`);
    expect(found.items.map((i) => i.action)).toEqual(['role.granted']);
  });

  it('keeps each reader to their units while searching', async () => {
    const d = await receive();
    const other = await t.as(await buildUser(t.database.db, { unitId: w.communeB.id, roles: ['system_admin'] }));
    expect((await get(other, `q=${encodeURIComponent(d.code)}`)).total).toBe(0);
    const own = await t.as(await buildUser(t.database.db, { unitId: w.communeA.id, roles: ['system_admin'] }));
    expect((await get(own, `q=${encodeURIComponent(d.code)}`)).items.map((i) => i.entityId)).toEqual([d.id]);
    const tooLong = await admin.get(`/api/audit?q=${'a'.repeat(201)}`);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('names the objects an entry refers to by id (unit, procedure, dossier, staff); an unknown id gets no name', async () => {
    const d = await receive();
    const p = await buildProcedure(t.database.db, { handlingUnitId: w.communeA.id, level: 'commune' });
    const unknown = '00000000-0000-4000-8000-00000000abcd';
    const actor = { userId: w.users.clerkA.id, username: w.users.clerkA.username };
    await t.database.db.transaction().execute(async (trx) => {
      const after = { currentUnitId: w.communeB.id, procedureId: p.procedure.id, handlerIds: [w.users.clerkA.id], otherId: unknown };
      await recordAudit(trx, actor, { action: 'dossier.forward', entityType: 'dossier', entityId: d.id, unitId: w.communeA.id, after });
    });
    const res = await get(admin, `entityType=dossier&entityId=${d.id}&action=dossier.forward`);
    const names = (res.items[0] as Entry & { names: Record<string, string> }).names;
    expect(names[w.communeB.id]).toBe(w.communeB.name);
    expect(names[p.procedure.id]).toBe(`${p.procedure.nationalCode} – ${p.procedure.name}`);
    expect(names[w.users.clerkA.id]).toBe(`${w.users.clerkA.fullName} (${w.users.clerkA.username})`);
    expect(names).not.toHaveProperty(unknown);
  });
});
