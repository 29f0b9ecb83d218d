import ExcelJS from 'exceljs';
import type { StatsCountsView, StatsReport } from '@contracts/dossier-stats';

// The periodic report on TTHC handling (docs/DOMAIN.md §6.5; columns as recalled for TT 01/2020/TT-VPCP, UNVERIFIED):
// received (carried over, new online, new in person/postal), finished (early, on time, late), in progress
// (within time, overdue), on-time rate, then the flagged repeated supplement requests; one row per unit or sector plus
// the total.

const vnDate = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
const COLS = 15;

function values(c: StatsCountsView): Array<number | string> {
  return [
    c.toHandle,
    c.carriedOver,
    c.receivedOnline,
    c.receivedInPerson + c.receivedPostal,
    c.finished,
    c.finishedEarly,
    c.finishedOnTime,
    c.finishedLate,
    c.inProgress,
    c.inProgressWithinTime,
    c.inProgressOverdue,
    c.onTimeRate === null ? '' : c.onTimeRate,
    c.repeatedSupplements,
  ];
}

/** The report as an .xlsx workbook with merged two-level headers, in Vietnamese. */
export async function buildStatsWorkbook(report: StatsReport, unitLabel: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CCHC';
  const ws = wb.addWorksheet('Bao cao', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [{ width: 6 }, { width: 42 }, ...Array.from({ length: COLS - 2 }, () => ({ width: 12 }))];

  ws.mergeCells(1, 1, 1, COLS);
  ws.getCell(1, 1).value = 'BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH';
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.mergeCells(2, 1, 2, COLS);
  const filter = [report.sector ? `Lĩnh vực: ${report.sector}` : '', report.procedureId ? 'Một thủ tục' : ''].filter(Boolean).join(' — ');
  ws.getCell(2, 1).value =
    `${report.unit.name} — Kỳ báo cáo từ ngày ${vnDate(report.from)} đến ngày ${vnDate(report.to)}${filter ? ` — ${filter}` : ''}`;
  ws.getCell(2, 1).font = { italic: true };
  for (const r of [1, 2]) ws.getCell(r, 1).alignment = { horizontal: 'center' };

  const H = 4;
  const header = (r1: number, c1: number, r2: number, c2: number, text: string) => {
    if (r1 !== r2 || c1 !== c2) ws.mergeCells(r1, c1, r2, c2);
    ws.getCell(r1, c1).value = text;
  };
  header(H, 1, H + 2, 1, 'STT');
  header(H, 2, H + 2, 2, unitLabel);
  header(H, 3, H, 6, 'Tổng số hồ sơ tiếp nhận');
  header(H + 1, 3, H + 2, 3, 'Tổng số');
  header(H + 1, 4, H + 2, 4, 'Kỳ trước chuyển qua');
  header(H + 1, 5, H + 1, 6, 'Mới tiếp nhận');
  header(H + 2, 5, H + 2, 5, 'Trực tuyến');
  header(H + 2, 6, H + 2, 6, 'Trực tiếp, bưu chính');
  header(H, 7, H, 10, 'Đã giải quyết');
  header(H + 1, 7, H + 2, 7, 'Tổng số');
  header(H + 1, 8, H + 2, 8, 'Trước hạn');
  header(H + 1, 9, H + 2, 9, 'Đúng hạn');
  header(H + 1, 10, H + 2, 10, 'Quá hạn');
  header(H, 11, H, 13, 'Đang giải quyết');
  header(H + 1, 11, H + 2, 11, 'Tổng số');
  header(H + 1, 12, H + 2, 12, 'Trong hạn');
  header(H + 1, 13, H + 2, 13, 'Quá hạn');
  header(H, 14, H + 2, 14, 'Tỉ lệ đúng hạn (%)');
  // Not a column of the recalled periodic form: the rule allows one supplement request per agency (docs/DOMAIN.md §3.3).
  header(H, 15, H + 2, 15, 'Hồ sơ yêu cầu bổ sung lần 2 trở lên');
  const numbering = ws.getRow(H + 3);
  for (let c = 1; c <= COLS; c++) numbering.getCell(c).value = `(${c})`;

  const first = H + 4;
  report.rows.forEach((row, i) => (ws.getRow(first + i).values = [i + 1, row.label, ...values(row)]));
  const totalRow = ws.getRow(first + report.rows.length);
  totalRow.values = ['', 'Tổng cộng', ...values(report.total)];
  totalRow.font = { bold: true };

  const border: Partial<ExcelJS.Borders> = {
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
  };
  for (let r = H; r <= first + report.rows.length; r++) {
    for (let c = 1; c <= COLS; c++) {
      const cell = ws.getCell(r, c);
      cell.border = border;
      if (r <= H + 3) {
        cell.font = { bold: r < H + 3, italic: r === H + 3 };
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      } else if (c === 14) cell.numFmt = '0.00';
    }
  }
  ws.getRow(H).height = 22;
  ws.getRow(H + 1).height = 30;
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: H + 3 }];
  ws.getCell(first + report.rows.length + 2, 2).value =
    `Số liệu tính đến ${report.asOf.slice(0, 16).replace('T', ' ')}; hồ sơ rút, dừng xử lý trong kỳ: ${report.endedWithoutResult}. Quá hạn xét theo hạn ban đầu (trước khi xin lỗi, hẹn lại).`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
