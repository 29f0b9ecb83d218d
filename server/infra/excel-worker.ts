import { parentPort } from 'node:worker_threads';
import { readWorkbook, type SheetData } from './excel-cells';
import { serveJobs } from './worker-queue';

/** A job of the Excel worker: the workbook's bytes (already through the guard) and how many rows a sheet may send back. */
export type ExcelJob = { content: Uint8Array; maxRows: number };

// Runs in a worker thread (excel-read.ts): exceljs's parse of the largest accepted catalogue takes seconds of CPU that
// would otherwise stop every other request of the process (docs/SECURITY.md §5).
serveJobs<ExcelJob, SheetData[]>(parentPort, ({ content, maxRows }) => readWorkbook(content, maxRows));
