import cluster, { type Worker } from 'node:cluster';
import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { LruMap } from './lru';

// With WORKERS=n the app runs n processes on one machine, and @fastify/rate-limit's default store counts per
// process: one address could make n times a route's limit. Here the workers ask the primary, which holds the only
// counters, so a limit holds for the machine. Several machines still need the limit at their reverse proxy
// (docs/decisions/0004).

/** One route's window for one key: hits so far and when the window started (ms). */
export type Window = { hits: number; startedAt: number };

/** What the rate-limit plugin needs back: hits in the window and ms until it ends. */
export type Hit = { current: number; ttl: number };

/** Counts a hit in a fixed window (the rule of @fastify/rate-limit's own store, without ban or back-off). */
export function countHit(window: Window | undefined, now: number, timeWindow: number): { window: Window; hit: Hit } {
  const fresh = !window || window.startedAt + timeWindow <= now;
  const next: Window = fresh ? { hits: 1, startedAt: now } : { hits: window.hits + 1, startedAt: window.startedAt };
  return { window: next, hit: { current: next.hits, ttl: next.startedAt + timeWindow - now } };
}

/** Counters for many routes and keys, the oldest forgotten past `capacity` (as the plugin's own store does). */
export class HitCounter {
  private readonly windows: LruMap<string, Window>;
  constructor(capacity = 100_000) {
    this.windows = new LruMap(capacity);
  }

  /** Counts one hit of `key` on `route` at `now`. */
  hit(route: string, key: string, timeWindow: number, now: number): Hit {
    const id = `${route}\u0000${key}`;
    const { window, hit } = countHit(this.windows.peek(id), now, timeWindow);
    this.windows.set(id, window);
    return hit;
  }

  /** Reads a key's window without counting (the plugin's `increment: false`). */
  peek(route: string, key: string, timeWindow: number, now: number): Hit {
    const w = this.windows.peek(`${route}\u0000${key}`);
    return !w || w.startedAt + timeWindow <= now ? { current: 0, ttl: 0 } : { current: w.hits, ttl: w.startedAt + timeWindow - now };
  }
}

/** A worker's question to the primary. */
export type Ask = { cchcRateLimit: 'hit' | 'peek'; id: number; route: string; key: string; timeWindow: number };
/** The primary's answer. */
export type Answer = { cchcRateLimit: 'answer'; id: number } & Hit;

const isAsk = (m: unknown): m is Ask =>
  typeof m === 'object' && m !== null && ((m as Ask).cchcRateLimit === 'hit' || (m as Ask).cchcRateLimit === 'peek');
const isAnswer = (m: unknown): m is Answer => typeof m === 'object' && m !== null && (m as Answer).cchcRateLimit === 'answer';

/** The primary's answer to a worker's message (null: not a rate-limit question). */
export function answerAsk(m: unknown, counter: HitCounter, now: number): Answer | null {
  if (!isAsk(m)) return null;
  const hit = m.cchcRateLimit === 'hit' ? counter.hit(m.route, m.key, m.timeWindow, now) : counter.peek(m.route, m.key, m.timeWindow, now);
  return { cchcRateLimit: 'answer', id: m.id, ...hit };
}

/** Primary side: answers the workers' rate-limit questions from one set of counters. */
export function serveRateLimits(counter = new HitCounter()): void {
  cluster.on('message', (worker: Worker, m: unknown) => {
    const answer = answerAsk(m, counter, Date.now());
    if (answer && worker.isConnected()) worker.send(answer);
  });
}

/** How a worker reaches the primary: send a message (false: no channel), hear the answers (tests pass their own). */
export type Channel = { send: (m: Ask) => boolean; onMessage: (listener: (m: unknown) => void) => void };

/** How long a worker waits for the primary before counting on its own. */
const ASK_TIMEOUT_MS = 1_000;

type Callback = (err: Error | null, hit: Hit) => void;

/** A worker's questions in flight to the primary, over one channel. */
class Asker {
  private next = 0;
  private readonly pending = new Map<number, { cb: Callback; timer: NodeJS.Timeout }>();
  // Only used while the primary does not answer: a limit per process is better than none.
  private readonly local = new HitCounter(10_000);

  constructor(private readonly channel: Channel) {
    channel.onMessage((m) => {
      if (!isAnswer(m)) return;
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      clearTimeout(p.timer);
      p.cb(null, { current: m.current, ttl: m.ttl });
    });
  }

  ask(kind: Ask['cchcRateLimit'], route: string, key: string, timeWindow: number, cb: Callback): void {
    const id = ++this.next;
    const alone = () => {
      this.pending.delete(id);
      const now = Date.now();
      cb(null, kind === 'hit' ? this.local.hit(route, key, timeWindow, now) : this.local.peek(route, key, timeWindow, now));
    };
    const timer = setTimeout(alone, ASK_TIMEOUT_MS);
    timer.unref();
    this.pending.set(id, { cb, timer });
    if (!this.channel.send({ cchcRateLimit: kind, id, route, key, timeWindow })) {
      clearTimeout(timer);
      alone();
    }
  }
}

/** Worker side: a store for @fastify/rate-limit that counts at the primary, and in this process if it cannot. */
export class SharedStore {
  constructor(
    private readonly asker: Asker,
    private readonly route = '*',
  ) {}

  /** Called by the plugin for each route that sets its own limit: counters are kept apart per method and path. */
  child(params: object): SharedStore {
    // The plugin passes the route's merged limit settings with `routeInfo` (its typings say route options).
    const info = (params as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo ?? {};
    return new SharedStore(this.asker, `${[info.method ?? ''].flat().join(',')} ${info.url ?? ''}`);
  }

  incr(key: string, cb: Callback, timeWindow: number): void {
    this.asker.ask('hit', this.route, key, timeWindow, cb);
  }

  read(key: string, cb: Callback, timeWindow: number): void {
    this.asker.ask('peek', this.route, key, timeWindow, cb);
  }
}

/** Set by the primary on the workers it forks when it serves the counters (serveRateLimits). */
export const SHARED_RATE_LIMITS_ENV = 'CCHC_RATE_LIMITS_AT_PRIMARY';

/** The store class for @fastify/rate-limit over a channel (the plugin constructs it with `new Store(params)`). */
export function storeOver(channel: Channel): new () => SharedStore {
  const asker = new Asker(channel);
  return class extends SharedStore {
    constructor() {
      super(asker);
    }
  };
}

/** The store to give @fastify/rate-limit: at the primary in a worker whose primary serves it, else the plugin's own. */
export function sharedStoreClass(): FastifyRateLimitStoreCtor | undefined {
  if (!cluster.isWorker || process.env[SHARED_RATE_LIMITS_ENV] !== '1') return undefined;
  return storeOver({
    // process.send queues when the pipe is busy; only a closed channel makes the worker count alone. The callback
    // takes a send that fails after all (channel closing meanwhile): the ask then falls back on its timeout.
    send: (m) => process.connected && (process.send?.(m, undefined, undefined, () => undefined), true),
    onMessage: (listener) => process.on('message', listener),
  });
}
