import { afterEach, describe, expect, it } from 'vitest';
import { QueueFullError, workerQueue, type WorkerQueue } from './worker-queue';
import type { TestJob } from './worker-queue.testing';

const ENTRY = new URL('./worker-queue.testing.ts', import.meta.url);

describe('worker queue', () => {
  let q: WorkerQueue<TestJob, number>;
  afterEach(async () => q.close());

  it('runs jobs in order in the worker and passes their errors back', async () => {
    q = workerQueue(ENTRY, { maxWaiting: 10 });
    const results = await Promise.allSettled([
      q.run({ kind: 'echo', value: 1 }),
      q.run({ kind: 'fail', message: 'bad page' }),
      q.run({ kind: 'echo', value: 3 }),
    ]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([1, 'bad page', 3]);
    expect(q.pending).toBe(0);
  });

  it('refuses a job when as many already wait as allowed', async () => {
    q = workerQueue(ENTRY, { maxWaiting: 1 });
    const running = q.run({ kind: 'echo', value: 1 });
    const waiting = q.run({ kind: 'echo', value: 2 });
    await expect(q.run({ kind: 'echo', value: 3 })).rejects.toBeInstanceOf(QueueFullError);
    expect(await Promise.all([running, waiting])).toEqual([1, 2]);
  });

  it('fails the job of a worker that dies and starts a new worker for the next job', async () => {
    q = workerQueue(ENTRY, { maxWaiting: 10 });
    const died = q.run({ kind: 'exit' });
    const next = q.run({ kind: 'echo', value: 7 });
    await expect(died).rejects.toThrow(/exit code 3/);
    expect(await next).toBe(7);
  });

  it('rejects what waits when closed', async () => {
    q = workerQueue(ENTRY, { maxWaiting: 10 });
    const jobs = Promise.allSettled([q.run({ kind: 'echo', value: 1 }), q.run({ kind: 'echo', value: 2 })]);
    await q.close();
    expect((await jobs).map((r) => (r.status === 'rejected' ? (r.reason as Error).message : r.value))).toEqual([
      'worker queue closed',
      'worker queue closed',
    ]);
    await expect(q.run({ kind: 'echo', value: 3 })).rejects.toThrow(/closed/);
  });
});
