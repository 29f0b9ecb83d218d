// Pins processes to a set of CPUs with taskset (util-linux), to measure how a load scales with cores on one machine:
// the app, the database and the load generator all on one core, then on all of them.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

/** The CPU list of every core this machine offers to the process ("0-1" on 2 cores). */
export const allCpus = () => `0-${availableParallelism() - 1}`;

/** Whether taskset is here and may pin this process (false: the scaling figures are skipped). */
export function canPin(): boolean {
  const probe = spawnSync('taskset', ['-p', String(process.pid)], { encoding: 'utf8' });
  return !probe.error && probe.status === 0;
}

/** The processes of a local PostgreSQL server (postmaster and backends), empty when it is elsewhere or not ours. */
export function localPostgresPids(url: string | undefined): number[] {
  if (!url) return [];
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) return [];
  const r = spawnSync('pgrep', ['-x', 'postgres'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n').filter(Boolean).map(Number) : [];
}

/** Sets the CPU list of the given processes and all their threads; new children of a pinned postmaster inherit it. */
export function pin(pids: readonly number[], cpus: string): void {
  for (const pid of pids) {
    const r = spawnSync('taskset', ['-a', '-c', '-p', cpus, String(pid)], { encoding: 'utf8' });
    // A backend may have exited between pgrep and here; any other failure is the bench's to report.
    if (r.status !== 0 && !/No such process/.test(r.stderr)) throw new Error(`taskset ${cpus} ${pid}: ${r.stderr}`);
  }
}
