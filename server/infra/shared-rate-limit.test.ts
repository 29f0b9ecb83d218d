import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerAsk, countHit, HitCounter, storeOver, type Channel, type Hit, type Window } from './shared-rate-limit';

const MIN = 60_000;

describe('countHit (fixed window)', () => {
  const cases: Array<{ name: string; window: Window | undefined; now: number; expected: { window: Window; hit: Hit } }> = [
    {
      name: 'first hit opens a window',
      window: undefined,
      now: 1_000,
      expected: { window: { hits: 1, startedAt: 1_000 }, hit: { current: 1, ttl: MIN } },
    },
    {
      name: 'a hit inside the window counts on',
      window: { hits: 4, startedAt: 1_000 },
      now: 31_000,
      expected: { window: { hits: 5, startedAt: 1_000 }, hit: { current: 5, ttl: 30_000 } },
    },
    {
      name: 'the last millisecond is still inside',
      window: { hits: 30, startedAt: 0 },
      now: MIN - 1,
      expected: { window: { hits: 31, startedAt: 0 }, hit: { current: 31, ttl: 1 } },
    },
    {
      name: 'at the window end a new one opens',
      window: { hits: 30, startedAt: 0 },
      now: MIN,
      expected: { window: { hits: 1, startedAt: MIN }, hit: { current: 1, ttl: MIN } },
    },
  ];
  it.each(cases)('$name', ({ window, now, expected }) => {
    expect(countHit(window, now, MIN)).toEqual(expected);
  });
});

describe('HitCounter', () => {
  it('keeps routes and keys apart', () => {
    const c = new HitCounter();
    c.hit('GET /a', '1.1.1.1', MIN, 0);
    c.hit('GET /a', '1.1.1.1', MIN, 0);
    expect(c.hit('GET /a', '1.1.1.1', MIN, 0).current).toBe(3);
    expect(c.hit('GET /b', '1.1.1.1', MIN, 0).current).toBe(1);
    expect(c.hit('GET /a', '2.2.2.2', MIN, 0).current).toBe(1);
  });

  it('forgets the least recently hit key past its capacity', () => {
    const c = new HitCounter(2);
    c.hit('r', 'a', MIN, 0);
    c.hit('r', 'b', MIN, 0);
    c.hit('r', 'a', MIN, 0); // a is now the most recent
    c.hit('r', 'c', MIN, 0); // b goes
    expect(c.peek('r', 'a', MIN, 0).current).toBe(2);
    expect(c.peek('r', 'b', MIN, 0).current).toBe(0);
    expect(c.peek('r', 'c', MIN, 0).current).toBe(1);
  });

  it('peeks without counting, and an ended window reads as empty', () => {
    const c = new HitCounter();
    c.hit('r', 'k', MIN, 0);
    expect(c.peek('r', 'k', MIN, 10)).toEqual({ current: 1, ttl: MIN - 10 });
    expect(c.peek('r', 'k', MIN, 10)).toEqual({ current: 1, ttl: MIN - 10 });
    expect(c.peek('r', 'k', MIN, MIN)).toEqual({ current: 0, ttl: 0 });
  });
});

describe('answerAsk', () => {
  it('answers hits and peeks, and ignores other messages', () => {
    const c = new HitCounter();
    expect(answerAsk({ cchcRateLimit: 'hit', id: 7, route: 'r', key: 'k', timeWindow: MIN }, c, 0)).toEqual({
      cchcRateLimit: 'answer',
      id: 7,
      current: 1,
      ttl: MIN,
    });
    expect(answerAsk({ cchcRateLimit: 'peek', id: 8, route: 'r', key: 'k', timeWindow: MIN }, c, 5)).toEqual({
      cchcRateLimit: 'answer',
      id: 8,
      current: 1,
      ttl: MIN - 5,
    });
    expect(answerAsk({ hello: 1 }, c, 0)).toBeNull();
    expect(answerAsk('text', c, 0)).toBeNull();
    expect(answerAsk(null, c, 0)).toBeNull();
  });
});

/** Workers wired to one primary's counter through in-memory channels; `deliver` false: the primary is silent. */
function machine(opts: { deliver: boolean } = { deliver: true }) {
  const counter = new HitCounter();
  const worker = (): Channel => {
    const listeners: Array<(m: unknown) => void> = [];
    return {
      send: (m) => {
        const answer = answerAsk(m, counter, Date.now());
        // Asynchronous, as over the IPC pipe.
        if (opts.deliver) queueMicrotask(() => listeners.forEach((l) => l(answer)));
        return true;
      },
      onMessage: (l) => listeners.push(l),
    };
  };
  return { worker };
}

const incr = (store: { incr: (k: string, cb: (e: Error | null, h: Hit) => void, w: number) => void }, key: string) =>
  new Promise<Hit>((resolve, reject) => store.incr(key, (e, h) => (e ? reject(e) : resolve(h)), MIN));

const route = (url: string) => ({ routeInfo: { method: 'GET', url } });

describe('SharedStore', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts the hits of all workers together, per route', async () => {
    const m = machine();
    const A = storeOver(m.worker());
    const B = storeOver(m.worker());
    const a = new A().child(route('/api/lookup/dossiers/:code'));
    const b = new B().child(route('/api/lookup/dossiers/:code'));
    expect((await incr(a, '203.0.113.9')).current).toBe(1);
    expect((await incr(b, '203.0.113.9')).current).toBe(2);
    expect((await incr(a, '203.0.113.9')).current).toBe(3);
    expect((await incr(new B().child(route('/api/auth/login')), '203.0.113.9')).current).toBe(1);
  });

  it('answers many questions in flight, each with its own count', async () => {
    const m = machine();
    const a = new (storeOver(m.worker()))().child(route('/x'));
    const hits = await Promise.all(Array.from({ length: 20 }, () => incr(a, 'k')));
    expect(hits.map((h) => h.current).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('counts in its own process when the channel is closed', async () => {
    const closed: Channel = { send: () => false, onMessage: () => undefined };
    const a = new (storeOver(closed))().child(route('/x'));
    expect((await incr(a, 'k')).current).toBe(1);
    expect((await incr(a, 'k')).current).toBe(2);
  });

  it('counts in its own process after a second without an answer', async () => {
    vi.useFakeTimers();
    const m = machine({ deliver: false });
    const a = new (storeOver(m.worker()))().child(route('/x'));
    const first = incr(a, 'k');
    await vi.advanceTimersByTimeAsync(999);
    let settled = false;
    void first.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await first).current).toBe(1);
  });
});
