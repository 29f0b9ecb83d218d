// Entry of every worker thread: loads the TypeScript module named in workerData.entry through tsx, the way the app
// itself runs (`node --import tsx`), since a worker does not inherit the main thread's module hooks.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
