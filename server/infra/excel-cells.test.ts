import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from './excel-cells';
import { readSheet } from './excel-read';

const xlsx = async (fill: (wb: ExcelJS.Workbook) => void) => {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
};

// What the Excel worker sends back (issue #16 point 5): plain values only, never more rows than the import takes.
describe('readWorkbook', () => {
  it('turns every sheet into plain values by row and column, in order', async () => {
    const sheets = await readWorkbook(
      await xlsx((wb) => {
        const a = wb.addWorksheet('Thủ tục');
        a.addRow(['Mã', 'Tên', 'Phí']);
        a.getCell('A2').value = { richText: [{ text: '1.00' }, { text: '1234' }] };
        a.getCell('B2').value = { formula: 'UPPER("x")', result: 'X' };
        a.getCell('C2').value = true;
        a.getCell('E2').value = new Date('2026-07-01T00:00:00Z');
        wb.addWorksheet('Giấy tờ').addRow(['Mã']);
      }),
      100,
    );
    expect(sheets.map((s) => s.name)).toEqual(['Thủ tục', 'Giấy tờ']);
    const [first] = sheets;
    expect(first?.rowCount).toBe(2);
    expect([...(first?.rows[1] ?? [])]).toEqual([
      [1, '1.001234'],
      [2, 'X'],
      [3, 'Có'],
      [5, new Date('2026-07-01T00:00:00Z')],
    ]);
  });

  it('sends no row past the limit, and its row count still shows the sheet is too long', async () => {
    const content = await xlsx((wb) => {
      const ws = wb.addWorksheet('Lịch');
      ws.addRow(['Ngày', 'Loại', 'Tên', 'Căn cứ pháp lý']);
      ws.getCell('A1000000').value = 'xa';
    });
    const [sheet] = await readWorkbook(content, 10);
    expect(sheet?.rows).toHaveLength(10);
    expect(sheet?.rows.slice(1).every((r) => r.size === 0)).toBe(true);
    expect(sheet?.rowCount).toBe(1_000_000);
    const columns = [{ key: 'date', headers: ['Ngày'], required: true }] as const;
    expect(readSheet(sheet!, columns, 9)).toEqual({ ok: false, missing: [], tooMany: true });
  });

  it('reads the rows under the header by column name, skipping blank rows', async () => {
    const [sheet] = await readWorkbook(
      await xlsx((wb) => {
        const ws = wb.addWorksheet('Lịch');
        ws.addRow(['Tên (bắt buộc)', 'NGÀY*']);
        ws.addRow(['Tết', '01/01/2027']);
        ws.addRow([]);
        ws.addRow(['  Quốc   khánh ', '02/09/2027']);
      }),
      10,
    );
    const read = readSheet(
      sheet!,
      [
        { key: 'date', headers: ['ngay'], required: true },
        { key: 'name', headers: ['ten'], required: true },
      ],
      9,
    );
    expect(read.ok && read.rows.map((r) => [r.row, r.text('date'), r.text('name')])).toEqual([
      [2, '01/01/2027', 'Tết'],
      [4, '02/09/2027', 'Quốc khánh'],
    ]);
  });
});
