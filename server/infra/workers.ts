import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';

// One Node process runs JavaScript on one core, so on a bigger machine a single process caps intake and lookup
// whatever the cores (measured: Node ~1.8 ms of CPU per intake → ~550/s). WORKERS forks that many app processes
// sharing the port (node:cluster hands connections round-robin); they are as stateless as separate instances.

/** How many app processes to run: `auto` is one per core the process may use. */
export function workerCount(setting: number | 'auto'): number {
  return setting === 'auto' ? Math.max(1, availableParallelism()) : setting;
}

/** Restart policy: a worker that dies is replaced, unless `max` died within `windowMs` (a crash loop). */
export type RestartPolicy = { max: number; windowMs: number };

/** Whether another restart is allowed, given the moments of earlier restarts and now. */
export function mayRestart(restarts: readonly number[], now: number, policy: RestartPolicy): boolean {
  return restarts.filter((t) => now - t < policy.windowMs).length < policy.max;
}

/** Primary side: forks `count` workers, replaces any that die, stops them all on SIGINT/SIGTERM. */
export function superviseWorkers(count: number, log: (line: string) => void, policy: RestartPolicy = { max: 5, windowMs: 60_000 }): void {
  let stopping = false;
  let exitCode = 0;
  const restarts: number[] = [];
  const live = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
  for (let i = 0; i < count; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (live().length === 0) process.exit(exitCode);
      return;
    }
    const now = Date.now();
    if (!mayRestart(restarts, now, policy)) {
      log(`Tiến trình con ${worker.process.pid} dừng (${signal ?? code}); quá nhiều lần trong ${policy.windowMs / 1000} s, dừng hẳn / workers keep failing, stopping`);
      stopping = true;
      exitCode = 1;
      for (const w of live()) w.process.kill('SIGTERM');
      if (live().length === 0) process.exit(exitCode);
      return;
    }
    restarts.push(now);
    log(`Tiến trình con ${worker.process.pid} dừng (${signal ?? code}), khởi động lại / worker exited, starting another`);
    cluster.fork();
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const w of live()) w.process.kill('SIGTERM');
    if (live().length === 0) process.exit(0);
    // A worker that does not finish its requests in time is not waited for.
    setTimeout(() => process.exit(1), 20_000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
