import { Worker, type ResourceLimits } from 'node:worker_threads';

/** What a worker module answers for one job: its result, or the message of the error it met. */
export type WorkerReply<R> = { id: number; ok: true; value: R } | { id: number; ok: false; message: string };

/** A queue of jobs run one at a time in a worker thread, so that heavy work never blocks the event loop. */
export type WorkerQueue<J, R> = {
  /** Runs a job; rejects with QueueFullError when `maxWaiting` jobs already wait. */
  run(job: J): Promise<R>;
  /** Jobs running or waiting. */
  readonly pending: number;
  /** Stops the worker; waiting jobs are rejected. */
  close(): Promise<void>;
};

/** The queue already holds as many waiting jobs as it may. */
export class QueueFullError extends Error {}

type Waiting<J, R> = { id: number; job: J; resolve: (r: R) => void; reject: (e: Error) => void };

/**
 * A worker thread running the TypeScript module `entry` (a file URL), started on the first job and kept for the
 * next ones; a worker that dies (out of its memory limit) fails its job and is replaced on the next job.
 */
export function workerQueue<J, R>(entry: URL, opts: { maxWaiting: number; resourceLimits?: ResourceLimits }): WorkerQueue<J, R> {
  let worker: Worker | null = null;
  let current: Waiting<J, R> | null = null;
  const waiting: Waiting<J, R>[] = [];
  let nextId = 1;
  let closed = false;

  const fail = (e: Error) => {
    const job = current;
    current = null;
    worker = null;
    job?.reject(e);
    pump();
  };

  const start = (): Worker => {
    const w = new Worker(new URL('./ts-worker.mjs', import.meta.url), {
      workerData: { entry: entry.href },
      ...(opts.resourceLimits ? { resourceLimits: opts.resourceLimits } : {}),
    });
    w.on('message', (reply: WorkerReply<R>) => {
      const job = current;
      if (!job || job.id !== reply.id) return;
      current = null;
      if (reply.ok) job.resolve(reply.value);
      else job.reject(new Error(reply.message));
      pump();
    });
    w.on('error', (e) => fail(e));
    w.on('exit', (code) => {
      if (worker === w) fail(new Error(`worker stopped (exit code ${code})`));
    });
    w.unref();
    return w;
  };

  function pump(): void {
    if (closed || current) return;
    const next = waiting.shift();
    if (!next) return;
    current = next;
    worker ??= start();
    worker.postMessage({ id: next.id, job: next.job });
  }

  return {
    run(job) {
      if (closed) return Promise.reject(new Error('worker queue closed'));
      if (waiting.length >= opts.maxWaiting && current) return Promise.reject(new QueueFullError('queue full'));
      return new Promise<R>((resolve, reject) => {
        waiting.push({ id: nextId++, job, resolve, reject });
        pump();
      });
    },
    get pending() {
      return waiting.length + (current ? 1 : 0);
    },
    async close() {
      closed = true;
      for (const w of waiting.splice(0)) w.reject(new Error('worker queue closed'));
      const w = worker;
      worker = null;
      current?.reject(new Error('worker queue closed'));
      current = null;
      if (w) await w.terminate();
    },
  };
}

/** Serves jobs in a worker module: `handle` turns each job into its result (its errors are sent back as messages). */
export function serveJobs<J, R>(port: import('node:worker_threads').MessagePort | null, handle: (job: J) => Promise<R>): void {
  if (!port) throw new Error('serveJobs must run in a worker thread');
  port.on('message', (msg: { id: number; job: J }) => {
    handle(msg.job).then(
      (value) => port.postMessage({ id: msg.id, ok: true, value } satisfies WorkerReply<R>),
      (e: unknown) =>
        port.postMessage({ id: msg.id, ok: false, message: e instanceof Error ? e.message : String(e) } satisfies WorkerReply<R>),
    );
  });
}
