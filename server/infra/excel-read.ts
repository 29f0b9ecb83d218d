import { fromDayNumber, isLocalDate } from '@core/calendar/local-date';
import { foldVietnamese } from '@contracts/units';
import { AppError } from '../http/errors';
import type { Cell, SheetData } from './excel-cells';
import type { ExcelJob } from './excel-worker';
import { QueueFullError, workerQueue, type WorkerQueue } from './worker-queue';
import { checkXlsx, type XlsxLimits } from './xlsx-guard';

// Reading the workbooks users fill in by hand (catalogue, holiday schedule): cells as plain values, Vietnamese dates
// and numbers as people type them, columns found by their header whatever the order, blank rows skipped.

export type { Cell, SheetData } from './excel-cells';

/** The limits of an import: rows per sheet as the importer allows (its header row aside), the rest shared. */
export function importLimits(maxRows: number): XlsxLimits {
  // 40 MB unpacked and 40 cells a row keep exceljs's parse of the largest accepted workbook well under a second (bench figure
  // in docs/SECURITY.md, "Bounded imports"); a hand-filled catalogue or schedule is far below both.
  return { maxUnpackedBytes: 40 * 1024 * 1024, maxParts: 500, maxRowsPerSheet: maxRows + 1, maxCellsPerSheet: (maxRows + 1) * 40 };
}

const vn = (n: number) => n.toLocaleString('vi-VN');
const LIMIT_TEXT: Record<keyof XlsxLimits, (n: number) => string> = {
  maxUnpackedBytes: (n) =>
    `Tệp Excel khi giải nén vượt ${vn(n / 1024 / 1024)} MB / the workbook unpacks to more than ${n / 1024 / 1024} MB`,
  maxParts: (n) => `Tệp Excel có quá ${vn(n)} thành phần / the workbook has more than ${n} parts`,
  maxRowsPerSheet: (n) => `Một trang tính có quá ${vn(n)} dòng / a sheet has more than ${n} rows`,
  maxCellsPerSheet: (n) => `Một trang tính có quá ${vn(n)} ô / a sheet has more than ${n} cells`,
};

let queue: WorkerQueue<ExcelJob, SheetData[]> | null = null;

/** The process's Excel worker: one thread parses accepted workbooks one at a time (started on the first import, not kept alive). */
export function excelQueue(): WorkerQueue<ExcelJob, SheetData[]> {
  queue ??= workerQueue<ExcelJob, SheetData[]>(new URL('./excel-worker.ts', import.meta.url), {
    maxWaiting: 4,
    resourceLimits: { maxOldGenerationSizeMb: 1024 },
  });
  return queue;
}

/**
 * Loads an .xlsx file as plain sheets: checked against `limits` before it is expanded (413 EXCEL_TOO_LARGE naming the
 * limit), then parsed in the Excel worker thread; `unreadable` is the error to throw when it is not an .xlsx file.
 */
export async function loadWorkbook(content: Buffer, unreadable: () => Error, limits: XlsxLimits): Promise<SheetData[]> {
  const check = await checkXlsx(content, limits);
  if (!check.ok && check.reason === 'unreadable') throw unreadable();
  if (!check.ok && check.reason === 'too_large') {
    const message = LIMIT_TEXT[check.limit](limits[check.limit]);
    throw new AppError('EXCEL_TOO_LARGE', message, [{ path: 'body.contentBase64', message, code: check.limit }]);
  }
  try {
    return await excelQueue().run({ content: new Uint8Array(content), maxRows: limits.maxRowsPerSheet });
  } catch (e) {
    if (e instanceof QueueFullError) throw new AppError('EXCEL_BUSY');
    throw unreadable();
  }
}

/** A cell as text: composed (NFC), spaces folded, trimmed; a date as 'YYYY-MM-DD'. */
export const cellText = (v: Cell): string =>
  (v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v)).normalize('NFC').replace(/\s+/g, ' ').trim();

// Excel keeps dates as serial days since 1899-12-30 (day number 25,569 is 1970-01-01); exceljs hands date-formatted
// cells over as UTC-midnight Dates.
/** A real date 'YYYY-MM-DD' from a date cell, an Excel serial day, 'dd/mm/yyyy' or 'YYYY-MM-DD' (null otherwise). */
export function cellDate(v: Cell): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 100_000) return fromDayNumber(v - 25_569);
  const s = cellText(v);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = vn ? `${vn[3]}-${vn[2]?.padStart(2, '0')}-${vn[1]?.padStart(2, '0')}` : s;
  return isLocalDate(iso) ? iso : null;
}

/** A number as Vietnamese write it: 200.000 (thousands dots), 0,5 (decimal comma), 80% (null when not a number). */
export function cellNumber(v: Cell): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const s = cellText(v).replace(/%$/, '').replace(/\s/g, '');
  if (!s) return null;
  const normal = /^\d{1,3}(\.\d{3})+$/.test(s) ? s.replace(/\./g, '') : s.replace(',', '.');
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

/** A header as matched: folded (no case, no diacritics), without '*' marks and parenthesised notes. */
export const headerKey = (v: Cell): string =>
  foldVietnamese(
    cellText(v)
      .replace(/\*/g, '')
      .replace(/\(.*?\)/g, ''),
  );

/** A column the importer reads: the headers it answers to (any spelling; folded before matching), and whether it must be there. */
export type SheetColumn<K extends string> = { key: K; headers: readonly string[]; required: boolean };

/** A data row: its Excel row number and its cells by column. */
export type SheetRow<K extends string> = { row: number; get: (k: K) => Cell; text: (k: K) => string };

/** The rows of a sheet, or why it cannot be read: required columns missing (their keys) or too many rows. */
export type SheetRead<K extends string> =
  { ok: true; rows: Array<SheetRow<K>> } | { ok: false; missing: K[]; tooMany: false } | { ok: false; missing: []; tooMany: true };

/** Reads the data rows under a header row (row 1); fully blank rows are skipped. */
export function readSheet<K extends string>(ws: SheetData, columns: ReadonlyArray<SheetColumn<K>>, maxRows: number): SheetRead<K> {
  const at = new Map<K, number>();
  for (const [c, value] of ws.rows[0] ?? []) {
    const key = headerKey(value);
    for (const column of columns) if (!at.has(column.key) && column.headers.some((h) => headerKey(h) === key)) at.set(column.key, c);
  }
  const missing = columns.filter((c) => c.required && !at.has(c.key)).map((c) => c.key);
  if (missing.length) return { ok: false, missing, tooMany: false };
  if (ws.rowCount > maxRows + 1) return { ok: false, missing: [], tooMany: true };
  const rows: Array<SheetRow<K>> = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const cells = ws.rows[r - 1];
    const get = (k: K): Cell => cells?.get(at.get(k) ?? 0) ?? null;
    const text = (k: K) => cellText(get(k));
    if (columns.every((c) => text(c.key) === '')) continue;
    rows.push({ row: r, get, text });
  }
  return { ok: true, rows };
}
