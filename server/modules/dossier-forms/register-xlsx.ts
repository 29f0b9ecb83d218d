import { PassThrough, type Readable } from 'node:stream';
import { once } from 'node:events';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { REGISTER_HEADERS, registerPeriod, registerRows, type FormUnit, type RegisterEntry } from '@core/dossier-forms';

const BORDER = { style: 'thin' } as const;
const ROWS_PER_SLICE = 100;

/**
 * Mẫu 07 as an Excel workbook (title rows, one header row, one row per dossier), written as a stream: each page of
 * entries is written when the client has taken the previous ones, so memory stays flat however long the register.
 */
export function streamRegisterWorkbook(head: { unit: FormUnit; from: Date; to: Date }, pages: AsyncIterable<RegisterEntry[]>): Readable {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'CCHC';
  const ws = wb.addWorksheet('So theo doi ho so', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  [6, 24, 48, 48, 24, 30, 28, 16, 16, 16, 16, 26].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const write = async () => {
    ws.addRow([`SỔ THEO DÕI HỒ SƠ — ${head.unit.name}`]).font = { bold: true, size: 14 };
    ws.addRow([registerPeriod(head.from, head.to)]).font = { italic: true };
    const header = ws.addRow([...REGISTER_HEADERS]);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    header.eachCell((c) => {
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
      c.border = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
    });
    header.commit();
    let written = 0;
    for await (const page of pages) {
      if (out.destroyed) return;
      let sinceYield = 0;
      for (const r of registerRows(page, written)) {
        const row = ws.addRow([Number(r[0]), ...r.slice(1)]);
        row.alignment = { wrapText: true, vertical: 'top' };
        row.commit();
        // Writing a row is synchronous work: other requests get the loop every few rows (1,000,000-row bench: a
        // page of 2,000 rows at a time held /api/health for seconds while three province-year registers were written).
        if (++sinceYield === ROWS_PER_SLICE) {
          sinceYield = 0;
          await yieldToLoop();
        }
      }
      written += page.length;
      // The client reads slower than the database answers: wait for it rather than buffer the year in memory.
      if (out.writableNeedDrain) await Promise.race([once(out, 'drain'), once(out, 'close')]);
    }
    ws.commit();
    await wb.commit();
  };
  write().catch((e: unknown) => out.destroy(e instanceof Error ? e : new Error(String(e))));
  return out;
}
