import { parentPort } from 'node:worker_threads';
import type { FormDocument } from '@core/dossier-forms';
import { serveJobs } from '../../infra/worker-queue';
import { renderPdf } from './pdf-renderer';

// Runs in a worker thread (pdf-queue.ts): pdfmake's layout of a long register takes seconds of CPU that would
// otherwise stop every other request of the process.
serveJobs<FormDocument, Uint8Array>(parentPort, async (doc) => new Uint8Array(await renderPdf(doc)));
