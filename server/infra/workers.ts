import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { serveRateLimits, SHARED_RATE_LIMITS_ENV } from './shared-rate-limit';

// One Node process runs JavaScript on one core, so on a bigger machine a single process caps intake and lookup
// whatever the cores (CPU-time ceiling: Node ~1.8 ms per intake → ~550/s). WORKERS forks that many app processes
// sharing the port (node:cluster hands connections round-robin); they are as stateless as separate instances.

/** How many app processes to run: `auto` is one per CPU this process may use (affinity, not container quotas). */
export function workerCount(setting: number | 'auto'): number {
  return setting === 'auto' ? Math.max(1, availableParallelism()) : setting;
}

/** Restart policy: a dead worker is replaced after a delay that doubles with each recent restart; past `max` restarts within `windowMs` the primary gives up. */
export type RestartPolicy = { max: number; windowMs: number; firstDelayMs: number; maxDelayMs: number };

/** Default: up to 10 restarts in 5 minutes, 1 s apart at first, then 2, 4 … up to 30 s (rides out a database restart). */
export const RESTART_POLICY: RestartPolicy = { max: 10, windowMs: 300_000, firstDelayMs: 1_000, maxDelayMs: 30_000 };

/** The delay before the next restart given the moments of earlier ones, or null to give up (a crash loop). */
export function restartDelay(restarts: readonly number[], now: number, policy: RestartPolicy): number | null {
  const recent = restarts.filter((t) => now - t < policy.windowMs).length;
  if (recent >= policy.max) return null;
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** recent);
}

/** Primary side: forks `count` workers, keeps their rate-limit counters, replaces any that die, stops them all on SIGINT/SIGTERM. */
export function superviseWorkers(count: number, log: (line: string) => void, policy: RestartPolicy = RESTART_POLICY): void {
  let stopping = false;
  let restarts: number[] = [];
  const live = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined && !w.isDead());
  const exitWhenAllGone = () => {
    if (live().length === 0) process.exit();
  };
  const stopAll = (code: number) => {
    stopping = true;
    process.exitCode = code;
    for (const w of live()) w.process.kill('SIGTERM');
    exitWhenAllGone();
    // A worker that does not finish its requests in time is not waited for.
    setTimeout(() => process.exit(1), 20_000).unref();
  };
  // The primary keeps the rate-limit counters for all workers (shared-rate-limit.ts).
  serveRateLimits();
  const fork = () => cluster.fork({ [SHARED_RATE_LIMITS_ENV]: '1' });
  for (let i = 0; i < count; i++) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return exitWhenAllGone();
    const now = Date.now();
    const delay = restartDelay(restarts, now, policy);
    if (delay === null) {
      log(
        `Tiến trình con ${worker.process.pid} dừng (${signal ?? code}); ${policy.max} lần trong ${policy.windowMs / 1000} s, dừng hẳn / workers keep failing, stopping`,
      );
      return stopAll(1);
    }
    restarts = [...restarts.filter((t) => now - t < policy.windowMs), now];
    log(
      `Tiến trình con ${worker.process.pid} dừng (${signal ?? code}), khởi động lại sau ${delay / 1000} s / worker exited, starting another`,
    );
    // The delay also lets a signal sent to the whole process group reach the primary before anything is re-forked.
    setTimeout(() => {
      if (!stopping) fork();
    }, delay);
  });
  const stop = () => {
    if (!stopping) stopAll(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
