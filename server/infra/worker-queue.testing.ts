import { parentPort } from 'node:worker_threads';
import { serveJobs } from './worker-queue';

/** A job of the test worker: echo a value, fail with a message, or stop the worker thread. */
export type TestJob = { kind: 'echo'; value: number } | { kind: 'fail'; message: string } | { kind: 'exit' };

// The worker module of worker-queue.test.ts.
serveJobs<TestJob, number>(parentPort, async (job) => {
  if (job.kind === 'echo') return job.value;
  if (job.kind === 'fail') throw new Error(job.message);
  process.exit(3);
});
