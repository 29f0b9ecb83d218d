import ExcelJS from 'exceljs';
import { REGISTER_HEADERS, registerPeriod, registerRows, type RegisterInput } from '@core/dossier-forms';

/** Mẫu 07 as an Excel workbook: title rows, one header row, one row per dossier. */
export async function registerWorkbook(input: RegisterInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CCHC';
  const ws = wb.addWorksheet('So theo doi ho so', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.addRow([`SỔ THEO DÕI HỒ SƠ — ${input.unit.name}`]).font = { bold: true, size: 14 };
  ws.addRow([registerPeriod(input.from, input.to)]).font = { italic: true };
  const header = ws.addRow([...REGISTER_HEADERS]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
    c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
  for (const r of registerRows(input.entries)) {
    const row = ws.addRow([Number(r[0]), ...r.slice(1)]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  [6, 24, 48, 24, 30, 28, 16, 16, 16, 16, 26].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
