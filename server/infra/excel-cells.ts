import ExcelJS from 'exceljs';

// What the Excel worker (excel-worker.ts) sends back to the importers: every sheet as plain cell values, so that
// exceljs's objects never cross the thread boundary and the importers read rows without exceljs.

/** A cell's value as the importers read it. */
export type Cell = string | number | Date | null;

/** One sheet as plain values: its name, its last row number, and its rows (index 0 is row 1), each cell by column number. */
export type SheetData = { name: string; rowCount: number; rows: Array<Map<number, Cell>> };

/** The plain value of a cell: a formula's result, rich text joined, a hyperlink's text, a checkbox as Có/Không. */
export function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  if (typeof v === 'object') {
    if ('result' in v) return cellValue((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String((v as { text: unknown }).text);
  }
  return null;
}

/**
 * Parses an .xlsx file into plain sheets; a sheet's rows past `maxRows` are not copied (its rowCount still tells the
 * importer it has too many), so a sparse sheet whose last row is numbered a million sends nothing more.
 */
export async function readWorkbook(content: Uint8Array, maxRows: number): Promise<SheetData[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(content as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: Array<Map<number, Cell>> = [];
    for (let r = 1; r <= Math.min(ws.rowCount, maxRows); r++) {
      const cells = new Map<number, Cell>();
      ws.getRow(r).eachCell((cell, c) => {
        const v = cellValue(cell.value);
        if (v !== null) cells.set(c, v);
      });
      rows.push(cells);
    }
    return { name: ws.name, rowCount: ws.rowCount, rows };
  });
}
