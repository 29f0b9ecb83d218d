// Pins processes to a set of CPUs with taskset (util-linux), to measure how a load scales with cores on one machine:
// the app, the database and the load generator all on one core, then as they were. Every pinned process gets its
// own CPU list back afterwards, also after an error or Ctrl-C, so a PostgreSQL server is never left on one core.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import pg from 'pg';

/** Whether taskset is here and may read this process (false: the scaling figures are skipped). */
export function canPin(): boolean {
  const probe = spawnSync('taskset', ['-p', String(process.pid)], { encoding: 'utf8' });
  return !probe.error && probe.status === 0;
}

/** A process's CPU list ("0,1" or "0-7"), or null when it is gone. */
function affinityOf(pid: number): string | null {
  const r = spawnSync('taskset', ['-c', '-p', String(pid)], { encoding: 'utf8' });
  return r.status === 0 ? (r.stdout.split(':').pop()?.trim() ?? null) : null;
}

const gone = (stderr: string) => /No such process/.test(stderr);

function setAffinity(pid: number, cpus: string): string | null {
  const r = spawnSync('taskset', ['-a', '-c', '-p', cpus, String(pid)], { encoding: 'utf8' });
  return r.status === 0 || gone(r.stderr) ? null : `taskset ${cpus} ${pid}: ${r.stderr.trim()}`;
}

const childrenOf = (pid: number): number[] => {
  const r = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n').filter(Boolean).map(Number) : [];
};

/**
 * The postmaster of the PostgreSQL server behind `url`, when it runs on this machine (null otherwise): the parent of
 * the backend serving a connection, so another cluster's processes are never touched.
 */
export async function localPostmaster(url: string | undefined): Promise<number | null> {
  if (!url || !['127.0.0.1', 'localhost', '::1', '[::1]'].includes(new URL(url).hostname)) return null;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const stat = readFileSync(`/proc/${rows[0]?.pid ?? 0}/stat`, 'utf8');
    // Field 4 of /proc/<pid>/stat, after the command name in parentheses, is the parent pid.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) && ppid > 1 ? ppid : null;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

// A root process and its children, pinned together (children forked later inherit the root's list).
const members = (root: number) => [root, ...childrenOf(root)];

/** Runs `fn` with each root process and its children on `cpus`, then gives each its own CPU list back. */
export async function withPinned<T>(roots: number[], cpus: string, fn: () => Promise<T>): Promise<T> {
  const saved = new Map<number, string>();
  const rootList = new Map<number, string>();
  for (const root of roots) {
    for (const pid of members(root)) {
      const a = affinityOf(pid);
      if (a) saved.set(pid, a);
    }
    const a = saved.get(root);
    if (a) rootList.set(root, a);
  }
  const restore = () => {
    const errors: string[] = [];
    for (const root of roots) {
      // Children forked while pinned (new backends) take their root's own list.
      for (const pid of members(root)) {
        const list = saved.get(pid) ?? rootList.get(root);
        const e = list ? setAffinity(pid, list) : null;
        if (e) errors.push(e);
      }
    }
    if (errors.length) console.error(`could not give back every CPU list:\n  ${errors.join('\n  ')}`);
  };
  const interrupted = () => {
    restore();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  try {
    const errors = [...saved.keys()].map((pid) => setAffinity(pid, cpus)).filter((e): e is string => e !== null);
    if (errors.length) throw new Error(errors.join('\n'));
    return await fn();
  } finally {
    process.off('SIGINT', interrupted);
    restore();
  }
}
