import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierStatus } from '@core/dossier';
import { ENGINES, buildDossier, buildOneStopWorld, createTestApp, short, type TestApp } from '@tests/harness';

type Listed = { items: Array<{ id: string; code: string }>; total: number; codeMatch?: { code: string; hiddenBy: string[] } };

describe.each(ENGINES)('the worklist on %s', (engine) => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof buildOneStopWorld>>;
  const d: Record<string, { id: string; code: string }> = {};
  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await buildOneStopWorld(t);
    const make = async (key: string, status: DossierStatus, receiving: string, current: string, extra: { dueAt?: string | null } = {}) => {
      const built = await buildDossier(t.database.db, {
        receivingUnitId: receiving,
        currentUnitId: current,
        status,
        code: `W${short().toUpperCase()}-261118-0001`,
        receivedAt: status === 'submitted' ? null : undefined,
        ...extra,
      });
      d[key] = { id: built.dossier.id, code: built.dossier.code };
    };
    const a = w.communeA.id;
    await make('online', 'submitted', a, a, { dueAt: null }); // an online submission waiting to be accepted
    await make('received', 'received', a, a);
    await make('supplement', 'supplement_requested', a, a);
    await make('finished', 'done', a, a, { dueAt: null }); // a result waiting to be returned
    await make('returned', 'returned', a, a, { dueAt: null });
    await make('forwarded', 'processing', a, w.org.deptB.id); // received here, now handled by the department
    await make('elsewhere', 'received', w.communeB.id, w.communeB.id);
  });
  afterAll(async () => t.close());

  const ids = (r: Listed) => r.items.map((i) => i.id).sort();
  const of = (...keys: string[]) => keys.map((k) => d[k]?.id).sort();
  const list = async (who: keyof typeof w.sessions, query: string): Promise<Listed> => {
    const res = await w.sessions[who].get(`/api/dossiers?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Listed;
  };

  it("holds every dossier waiting on the caller's unit: to accept, in hand, paused and to return, not those held elsewhere", async () => {
    const clerk = await list('clerkA', 'waiting=true&limit=200');
    expect(ids(clerk)).toEqual(of('online', 'received', 'supplement', 'finished'));
    expect(clerk.total).toBe(4);
    // The home tiles ask the same query with one row: the totals match the list's.
    expect((await list('clerkA', 'waiting=true&limit=1')).total).toBe(4);
    expect(ids(await list('clerkA', 'waiting=true&status=submitted'))).toEqual(of('online'));
    expect(ids(await list('clerkA', 'waiting=true&status=done'))).toEqual(of('finished'));
    // The department holds the forwarded one; the other commune only its own.
    expect(ids(await list('specialist', 'waiting=true'))).toEqual(of('forwarded'));
    expect(ids(await list('clerkB', 'waiting=true'))).toEqual(of('elsewhere'));
    // Without the worklist the inbox still shows what the unit received, whatever its status.
    expect(ids(await list('clerkA', 'limit=200'))).toEqual(of('online', 'received', 'supplement', 'finished', 'returned', 'forwarded'));
  });

  it('finds a dossier by its exact code whatever the filters, naming those that would hide it', async () => {
    const returned = await list('clerkA', `waiting=true&q=${d.returned?.code}`);
    expect(ids(returned)).toEqual(of('returned'));
    expect(returned.codeMatch).toEqual({ code: d.returned?.code, hiddenBy: ['status'] });
    const forwarded = await list('clerkA', `waiting=true&mine=true&q=${d.forwarded?.code.toLowerCase()}`);
    expect(ids(forwarded)).toEqual(of('forwarded'));
    expect(forwarded.codeMatch?.hiddenBy).toEqual(['waiting', 'mine']);
    const overdue = await list('clerkA', `waiting=true&due=overdue&status=received&procedureId=${w.org.deptB.id}&q=${d.online?.code}`);
    expect(overdue.codeMatch?.hiddenBy).toEqual(['status', 'due', 'procedureId']);
    const shown = await list('clerkA', `waiting=true&q=${d.received?.code}`);
    expect(shown.codeMatch).toEqual({ code: d.received?.code, hiddenBy: [] });
    // A code outside the caller's units finds nothing, and says nothing about the dossier.
    const hidden = await list('clerkA', `q=${d.elsewhere?.code}`);
    expect(hidden).toEqual({ items: [], total: 0 });
  });
});
