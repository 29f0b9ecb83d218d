import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, buildOneStopWorld, buildProcedure, createTestApp, type SignedIn, type TestApp } from '@tests/harness';
import { isCurrent } from './dossiers.context';
import type { IntakeContext } from './dossiers.intake.repo';

// Each process remembers the units and procedures intake reads. These tests change them the way another app process
// would: straight in the database, behind this process's back. Only the versions can tell it.
describe.each(ENGINES)('dossier intake: the remembered catalogue follows changes made elsewhere on %s', (engine) => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof buildOneStopWorld>>;
  let clerk: SignedIn;
  beforeAll(async () => {
    t = await createTestApp(engine);
    // A Tuesday morning in office hours, so that due dates count whole working days.
    t.clock.now = new Date('2026-03-10T02:00:00Z');
    w = await buildOneStopWorld(t);
    clerk = w.sessions.clerkA;
  });
  afterAll(async () => t.close());

  const applicant = { name: 'Trần Văn Cường', idNumber: '066098765432' };
  const procedure = () => buildProcedure(t.database.db, { handlingUnitId: w.communeA.id, level: 'commune' });
  const intake = (procedureId: string, documentIds: string[]) => clerk.post('/api/dossiers', { procedureId, applicant, documentIds });
  const addDocument = async (procedureId: string, name: string, isRequired: boolean) =>
    (
      await t.database.db
        .insertInto('procedureDocuments')
        .values({ procedureId, position: 9, name, form: 'original', quantity: 1, isRequired })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const catalogVersion = async () =>
    Number((await t.database.db.selectFrom('catalogState').select('version').executeTakeFirstOrThrow()).version);

  it('refuses a dossier that lacks a document made required elsewhere since the last intake', async () => {
    const p = await procedure();
    expect((await intake(p.procedure.id, p.requiredIds)).statusCode).toBe(201);
    await addDocument(p.procedure.id, 'Ảnh 4x6', true);
    const res = await intake(p.procedure.id, p.requiredIds);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'DOSSIER_DOCUMENTS_MISSING',
      issues: [{ path: 'body.documentIds', message: 'Ảnh 4x6' }],
    });
  });

  it('accepts a document added elsewhere since the last intake', async () => {
    const p = await procedure();
    expect((await intake(p.procedure.id, p.requiredIds)).statusCode).toBe(201);
    const added = await addDocument(p.procedure.id, 'Giấy xác nhận tình trạng hôn nhân', false);
    const res = await intake(p.procedure.id, [...p.requiredIds, added]);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().receivedDocuments.map((d: { name: string }) => d.name)).toContain('Giấy xác nhận tình trạng hôn nhân');
  });

  it('counts the legal time and names the units as they are now', async () => {
    const p = await procedure();
    const before = (await intake(p.procedure.id, p.requiredIds)).json();
    await t.database.db.updateTable('procedures').set({ durationValue: 10 }).where('id', '=', p.procedure.id).execute();
    await t.database.db.updateTable('units').set({ name: 'Xã A (đổi tên)' }).where('id', '=', w.communeA.id).execute();
    const after = (await intake(p.procedure.id, p.requiredIds)).json();
    // 5 and 10 working days from the same Tuesday: a week apart.
    expect(new Date(after.dueAt).getTime() - new Date(before.dueAt).getTime()).toBe(7 * 24 * 3600 * 1000);
    expect(after.receivingUnit.name).toBe('Xã A (đổi tên)');
    await t.database.db.updateTable('units').set({ name: 'Xã A' }).where('id', '=', w.communeA.id).execute();
  });

  it('bumps the catalogue version once per committed transaction, never on a rollback or a dossier write', async () => {
    const p = await procedure();
    const v0 = await catalogVersion();
    await t.database.db.transaction().execute(async (trx) => {
      await trx.updateTable('procedureDocuments').set({ quantity: 2 }).where('procedureId', '=', p.procedure.id).execute();
      await trx.updateTable('procedures').set({ feeText: 'Miễn phí' }).where('id', '=', p.procedure.id).execute();
    });
    const v1 = await catalogVersion();
    // On the shared PostgreSQL test database other test files may bump it too: at least once here, and only forward.
    expect(v1).toBeGreaterThan(v0);
    if (engine === 'pglite') expect(v1).toBe(v0 + 1);
    await expect(
      t.database.db.transaction().execute(async (trx) => {
        await trx.updateTable('procedures').set({ durationValue: 99 }).where('id', '=', p.procedure.id).execute();
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    if (engine === 'pglite') expect(await catalogVersion()).toBe(v1);
    const dossier = await intake(p.procedure.id, p.requiredIds);
    expect(dossier.statusCode).toBe(201);
    if (engine === 'pglite') expect(await catalogVersion()).toBe(v1);
    const stored = await t.database.db
      .selectFrom('procedures')
      .select('durationValue')
      .where('id', '=', p.procedure.id)
      .executeTakeFirstOrThrow();
    expect(stored.durationValue).toBe(5);
  });
});

describe('isCurrent', () => {
  const ctx = { catalogVersion: 7, calendarVersion: 3 } as IntakeContext;
  it.each([
    [{ catalogVersion: 7, calendarVersion: 3 }, true],
    [{ catalogVersion: 8, calendarVersion: 3 }, false],
    [{ catalogVersion: 7, calendarVersion: 4 }, false],
    [{ catalogVersion: 6, calendarVersion: 2 }, false],
  ])('%o → %s', (now, expected) => expect(isCurrent(ctx, now)).toBe(expected));
});
