import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeZip } from '@tests/harness';
import { importLimits } from './excel-read';
import { checkXlsx, countSheet } from './xlsx-guard';

const LIMITS = importLimits(400);
const MB = 1024 * 1024;

async function workbook(rows: number, columns = 3): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lịch');
  for (let r = 1; r <= rows; r++) ws.addRow(Array.from({ length: columns }, (_, c) => `ô ${r}.${c}`));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('xlsx guard', () => {
  it('passes a workbook within the limits', async () => {
    expect(await checkXlsx(await workbook(401), LIMITS)).toEqual({ ok: true });
  });

  it('refuses a sheet with more rows than the import takes, before exceljs reads it', async () => {
    expect(await checkXlsx(await workbook(402), LIMITS)).toEqual({ ok: false, reason: 'too_large', limit: 'maxRowsPerSheet', found: 402 });
  });

  it('refuses a sheet with more cells than the import takes', async () => {
    expect(await checkXlsx(await workbook(100, 200), LIMITS)).toMatchObject({ ok: false, limit: 'maxCellsPerSheet', found: 20_000 });
  });

  it('refuses a zip bomb by its declared unpacked size without inflating it', async () => {
    const bomb = writeZip([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(64 * MB, 0x20) }]);
    expect(bomb.length).toBeLessThan(200_000);
    expect(await checkXlsx(bomb, LIMITS)).toEqual({ ok: false, reason: 'too_large', limit: 'maxUnpackedBytes', found: 64 * MB });
  });

  it('stops inflating a part that lies about its size at the size it declared', async () => {
    const liar = writeZip([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(64 * MB, 0x20), declaredSize: 1000 }]);
    expect(await checkXlsx(liar, LIMITS)).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('refuses too many parts, and what is not a zip', async () => {
    const many = writeZip(Array.from({ length: 501 }, (_, i) => ({ name: `x/${i}.xml`, content: Buffer.from('<a/>') })));
    expect(await checkXlsx(many, LIMITS)).toMatchObject({ ok: false, limit: 'maxParts', found: 501 });
    expect(await checkXlsx(Buffer.from('không phải zip'), LIMITS)).toEqual({ ok: false, reason: 'unreadable' });
  });

  it.each([
    ['<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"/></row><row r="2"/></sheetData>', 2, 2],
    ['<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>', 1, 1],
    ['<cols><col min="1"/></cols><customSheetView/>', 0, 0],
  ])('counts rows and cells in %s', (xml, rows, cells) => {
    expect(countSheet(Buffer.from(xml))).toEqual({ rows, cells });
  });
});
