import { cellText, type Cell, type SheetColumn } from '../../infra/excel-read';
import ExcelJS from 'exceljs';
import { SAME_DAY_RULES } from '@core/calendar';
import {
  DOCUMENT_FORM_LABELS,
  DURATION_UNIT_LABELS,
  LEVEL_LABELS,
  ONLINE_LEVEL_LABELS,
  type DocumentFormValue,
  type OnlineLevelValue,
  type ProcedureDurationUnit,
  type ProcedureLevelValue,
} from '@contracts/procedures';
import { foldVietnamese } from '@contracts/units';
import type { Unit } from '@db/types';
import type { ProcedureListRow } from './procedures.repo';

// The catalogue's Excel exchange format: three data sheets linked by the national code, plus a unit list and
// instructions. Row 1 of each data sheet holds the headers (matched without diacritics, in any column order).

/** Sheet names of the template. */
export const SHEETS = { procedures: 'Thủ tục', documents: 'Giấy tờ', steps: 'Quy trình', units: 'Đơn vị', help: 'Hướng dẫn' } as const;

/** One column: key, header title, width, and the header spellings accepted on import (the title first). */
type Column<K extends string> = SheetColumn<K> & { title: string; width: number };
const col = <K extends string>(key: K, title: string, width: number, required: boolean, ...aliases: string[]): Column<K> => ({
  key,
  title,
  width,
  required,
  headers: [title, ...aliases],
});

/** Columns of the "Thủ tục" sheet. */
export const PROCEDURE_COLUMNS = [
  col('nationalCode', 'Mã TTHC', 14, true, 'ma thu tuc', 'national code'),
  col('name', 'Tên thủ tục', 60, true, 'ten thu tuc hanh chinh', 'name'),
  col('sector', 'Lĩnh vực', 24, true, 'sector'),
  col('level', 'Cấp thực hiện', 14, true, 'cap', 'level'),
  col('unitCode', 'Mã đơn vị giải quyết', 20, true, 'ma don vi', 'handling unit code'),
  col('unitName', 'Tên đơn vị giải quyết (chỉ để đọc)', 32, false, 'ten don vi giai quyet'),
  col('durationValue', 'Thời hạn giải quyết', 12, true, 'thoi han', 'duration'),
  col('durationUnit', 'Đơn vị thời hạn', 16, true, 'duration unit'),
  col('feeText', 'Phí, lệ phí', 36, false, 'phi le phi', 'le phi', 'fee'),
  col('feeAmount', 'Mức thu (đồng)', 14, false, 'muc thu', 'fee amount'),
  col('onlineLevel', 'Mức độ DVC trực tuyến', 18, true, 'dvc truc tuyen', 'truc tuyen', 'online level'),
  col('interAgency', 'Liên thông', 10, true, 'inter-agency'),
  col('resultText', 'Kết quả giải quyết', 32, false, 'ket qua', 'result'),
  col('legalBasis', 'Căn cứ pháp lý', 48, false, 'can cu', 'legal basis'),
  col('validFrom', 'Hiệu lực từ ngày', 14, false, 'hieu luc tu', 'valid from'),
  col('validTo', 'Hiệu lực đến ngày', 14, false, 'hieu luc den', 'valid to'),
  // Last, so that files made before same-day procedures keep their column positions (docs/DOMAIN.md §3.9).
  col('cutoff', 'Giờ chốt (thủ tục trong ngày)', 14, false, 'gio chot', 'cutoff'),
  // Optional, so files made before it still import (blank = Không); docs/DOMAIN.md §10.5.
  col('paymentPause', 'Không tính thời gian thực hiện nghĩa vụ tài chính', 18, false, 'nghia vu tai chinh', 'payment pause'),
] as const;
/** Columns of the "Giấy tờ" sheet (one row per document, in order). */
export const DOCUMENT_COLUMNS = [
  col('nationalCode', 'Mã TTHC', 14, true, 'ma thu tuc', 'national code'),
  col('name', 'Tên giấy tờ', 60, true, 'ten', 'document'),
  col('form', 'Hình thức', 22, true, 'loai ban', 'form'),
  col('quantity', 'Số lượng', 10, true, 'so luong', 'quantity'),
  col('isRequired', 'Bắt buộc', 10, false, 'required'),
] as const;
/** Columns of the "Quy trình" sheet (one row per step, in order). */
export const STEP_COLUMNS = [
  col('nationalCode', 'Mã TTHC', 14, true, 'ma thu tuc', 'national code'),
  col('name', 'Tên bước', 48, true, 'buoc', 'step'),
  col('unitCode', 'Mã đơn vị thực hiện', 20, true, 'ma don vi', 'unit code'),
  col('unitName', 'Tên đơn vị (chỉ để đọc)', 32, false, 'ten don vi'),
  col('percent', 'Tỉ lệ thời gian (%)', 16, true, 'ti le thoi gian', 'ty le thoi gian', 'ti le', 'ty le', 'share'),
] as const;

/** Reverse lookups from the Vietnamese (or English, or code) labels to the stored values. */
function lookup<K extends string>(
  labels: Record<K, { vi: string; en: string }>,
  extra: Record<string, K> = {},
): (s: string) => K | undefined {
  const map = new Map<string, K>();
  for (const [k, l] of Object.entries(labels) as Array<[K, { vi: string; en: string }]>) {
    map.set(foldVietnamese(l.vi), k);
    map.set(foldVietnamese(l.en), k);
    map.set(k, k);
  }
  for (const [s, k] of Object.entries(extra)) map.set(foldVietnamese(s), k);
  return (s) => map.get(foldVietnamese(s));
}
/** Parses "Cấp tỉnh" / "Tỉnh" / "province" etc. */
export const parseLevel = lookup<ProcedureLevelValue>(LEVEL_LABELS, { Tỉnh: 'province', Xã: 'commune', 'Cấp xã, phường': 'commune' });
/** Parses "ngày làm việc" / "giờ làm việc" / "ngày" etc. */
export const parseDurationUnit = lookup<ProcedureDurationUnit>(DURATION_UNIT_LABELS, {
  'ngày làm việc': 'working_day',
  giờ: 'working_hour',
  'ngày lịch': 'calendar_day',
  'ngày liên tục': 'calendar_day',
  'ngay trong ngày': 'same_day',
  'giải quyết trong ngày': 'same_day',
});

/**
 * A same-day cutoff from a cell: 'HH:MM' text ("15:00", "15h", "15 giờ 30"), or an Excel time (a Date on 30/12/1899,
 * or a fraction of a day); '' for a blank cell, null when unreadable.
 */
export function parseCutoffCell(v: Cell): string | null {
  const hhmm = (h: number, m: number) => (h >= 0 && h < 24 && m >= 0 && m < 60 ? `${pad(h)}:${pad(m)}` : null);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : hhmm(v.getUTCHours(), v.getUTCMinutes());
  if (typeof v === 'number') return v >= 0 && v < 1 ? hhmm(Math.floor(Math.round(v * 1440) / 60), Math.round(v * 1440) % 60) : null;
  const s = cellText(v);
  if (s === '') return '';
  const m = /^(\d{1,2})\s*(?::|h|g|giờ)\s*(\d{1,2})?\s*(?:phút|p)?$/iu.exec(s.normalize('NFC'));
  return m ? hhmm(Number(m[1]), Number(m[2] ?? 0)) : null;
}
const pad = (n: number) => String(n).padStart(2, '0');
// The help sheet names the cutoff of the rule in force (docs/DOMAIN.md §3.9).
const DEFAULT_CUTOFF = SAME_DAY_RULES[SAME_DAY_RULES.length - 1]?.defaultCutoff ?? '';
/** Parses "Toàn trình" / "Một phần" / "Không" etc. */
export const parseOnlineLevel = lookup<OnlineLevelValue>(ONLINE_LEVEL_LABELS, {
  Không: 'none',
  'Toàn phần': 'full',
  'Mức độ 4': 'full',
  'Mức độ 3': 'partial',
});
/** Parses "Bản chính" / "Bản sao" etc. */
export const parseDocumentForm = lookup<DocumentFormValue>(DOCUMENT_FORM_LABELS, {
  'Bản sao có chứng thực': 'certified_copy',
  'Bản chính hoặc bản sao có chứng thực': 'original_or_copy',
});

const YES = new Set(['co', 'x', 'yes', 'true', '1', 'lien thong']);
const NO = new Set(['khong', '', 'no', 'false', '0']);
/** Parses Có / Không (x, yes, no…); undefined when unreadable. */
export function parseYesNo(s: string): boolean | undefined {
  const f = foldVietnamese(s);
  if (YES.has(f)) return true;
  if (NO.has(f)) return false;
  return undefined;
}

const vnDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

function addSheet<K extends string>(
  wb: ExcelJS.Workbook,
  name: string,
  columns: ReadonlyArray<Column<K>>,
  rows: Array<Partial<Record<K, unknown>>>,
  lists: Partial<Record<K, string[]>> = {},
) {
  const ws = wb.addWorksheet(name);
  ws.columns = columns.map((c) => ({ header: c.required ? `${c.title} *` : c.title, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) ws.addRow(r);
  const last = Math.max(rows.length + 200, 500);
  // One range-wide rule per column (per-cell rules would create hundreds of empty rows).
  const validations = (ws as unknown as { dataValidations: { add: (range: string, v: ExcelJS.DataValidation) => void } }).dataValidations;
  columns.forEach((c, i) => {
    const list = lists[c.key];
    const letter = ws.getColumn(i + 1).letter;
    if (list) validations.add(`${letter}2:${letter}${last}`, { type: 'list', allowBlank: true, formulae: [`"${list.join(',')}"`] });
    if (c.key === ('validFrom' as K) || c.key === ('validTo' as K)) ws.getColumn(i + 1).numFmt = 'dd/mm/yyyy';
  });
  return ws;
}

const vi = <K extends string>(labels: Record<K, { vi: string }>) => Object.values<{ vi: string }>(labels).map((l) => l.vi);

/** Everything a workbook holds: the procedures with their documents and steps, and the province's units. */
export type WorkbookData = {
  procedures: ProcedureListRow[];
  documents: Map<string, Array<{ name: string; form: DocumentFormValue; quantity: number; isRequired: boolean }>>;
  steps: Map<string, Array<{ name: string; unitCode: string; unitId: string; timeShare: number }>>;
  units: Unit[];
};

/** Writes the catalogue workbook (export), or the empty template when there are no procedures. */
export async function writeCatalogueWorkbook(data: WorkbookData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CCHC';
  addProcedureSheet(wb, data.procedures);
  addDocumentSheet(wb, data);
  addStepSheet(wb, data);
  addUnitSheet(wb, data.units);
  addHelpSheet(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The "Thủ tục" sheet: one procedure per row, with lists of the allowed labels. */
function addProcedureSheet(wb: ExcelJS.Workbook, procedures: ProcedureListRow[]): void {
  addSheet(
    wb,
    SHEETS.procedures,
    PROCEDURE_COLUMNS,
    procedures.map((p) => ({
      nationalCode: p.nationalCode,
      name: p.name,
      sector: p.sector,
      level: LEVEL_LABELS[p.level].vi,
      unitCode: p.handlingUnitCode,
      unitName: p.handlingUnitName,
      durationValue: Number(p.durationValue),
      durationUnit: DURATION_UNIT_LABELS[p.durationUnit].vi,
      cutoff: p.sameDayCutoff ?? '',
      feeText: p.feeText ?? '',
      feeAmount: p.feeAmount === null ? '' : Number(p.feeAmount),
      onlineLevel: ONLINE_LEVEL_LABELS[p.onlineLevel].vi,
      interAgency: p.isInterAgency ? 'Có' : 'Không',
      paymentPause: p.paymentPausesClock ? 'Có' : 'Không',
      resultText: p.resultText ?? '',
      legalBasis: p.legalBasis ?? '',
      validFrom: vnDate(p.validFrom),
      validTo: vnDate(p.validTo),
    })),
    {
      level: vi(LEVEL_LABELS),
      durationUnit: vi(DURATION_UNIT_LABELS),
      onlineLevel: vi(ONLINE_LEVEL_LABELS),
      interAgency: ['Có', 'Không'],
      paymentPause: ['Có', 'Không'],
    },
  );
}

/** The "Giấy tờ" sheet: each procedure's documents in order. */
function addDocumentSheet(wb: ExcelJS.Workbook, data: WorkbookData): void {
  addSheet(
    wb,
    SHEETS.documents,
    DOCUMENT_COLUMNS,
    data.procedures.flatMap((p) =>
      (data.documents.get(p.id) ?? []).map((d) => ({
        nationalCode: p.nationalCode,
        name: d.name,
        form: DOCUMENT_FORM_LABELS[d.form].vi,
        quantity: d.quantity,
        isRequired: d.isRequired ? 'Có' : 'Không',
      })),
    ),
    { form: vi(DOCUMENT_FORM_LABELS), isRequired: ['Có', 'Không'] },
  );
}

/** The "Quy trình" sheet: each procedure's steps in order, their share of the time as a percentage. */
function addStepSheet(wb: ExcelJS.Workbook, data: WorkbookData): void {
  const unitName = new Map(data.units.map((u) => [u.id, u.name]));
  addSheet(
    wb,
    SHEETS.steps,
    STEP_COLUMNS,
    data.procedures.flatMap((p) =>
      (data.steps.get(p.id) ?? []).map((s) => ({
        nationalCode: p.nationalCode,
        name: s.name,
        unitCode: s.unitCode,
        unitName: unitName.get(s.unitId) ?? '',
        percent: Math.round(Number(s.timeShare) * 10_000) / 100,
      })),
    ),
  );
}

/** The "Đơn vị" sheet: the codes a row may name, for reference. */
function addUnitSheet(wb: ExcelJS.Workbook, units: Unit[]): void {
  const ws = wb.addWorksheet(SHEETS.units);
  ws.columns = [
    { header: 'Mã đơn vị', key: 'code', width: 22 },
    { header: 'Tên đơn vị', key: 'name', width: 60 },
    { header: 'Loại', key: 'kind', width: 18 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const u of units) ws.addRow({ code: u.code, name: u.name, kind: u.kind });
}

/** The "Hướng dẫn" sheet: how to fill the template, in Vietnamese with an English summary. */
function addHelpSheet(wb: ExcelJS.Workbook): void {
  const help = wb.addWorksheet(SHEETS.help);
  help.columns = [{ width: 120 }];
  [
    'MẪU DANH MỤC THỦ TỤC HÀNH CHÍNH — mỗi thủ tục một dòng ở trang "Thủ tục"; giấy tờ và các bước xử lý ở trang "Giấy tờ", "Quy trình", nối với thủ tục bằng cột "Mã TTHC".',
    'Cột có dấu * là bắt buộc. Ngày ghi dạng dd/mm/yyyy; bỏ trống "Hiệu lực từ ngày" = hôm nay.',
    `Cấp thực hiện: ${vi(LEVEL_LABELS).join(', ')}. Thủ tục cấp xã khai MỘT LẦN cho cả tỉnh: mã đơn vị giải quyết là mã của tỉnh; khi có hồ sơ, xã tiếp nhận là đơn vị giải quyết.`,
    `Đơn vị thời hạn: ${vi(DURATION_UNIT_LABELS).join(', ')}. Thủ tục "trong ngày": bỏ trống thời hạn, ghi giờ chốt dạng HH:MM (bỏ trống = ${DEFAULT_CUTOFF}); hồ sơ nhận sau giờ chốt hoặc ngoài ngày làm việc trả trong ngày làm việc tiếp theo. Mức độ DVC trực tuyến: ${vi(ONLINE_LEVEL_LABELS).join(', ')}. Liên thông: Có / Không.`,
    `Hình thức giấy tờ: ${vi(DOCUMENT_FORM_LABELS).join(', ')}. Giấy tờ và bước xử lý được lấy theo thứ tự dòng.`,
    'Quy trình: mỗi bước có mã đơn vị thực hiện (xem trang "Đơn vị") và tỉ lệ thời gian tính bằng %; tổng các bước của một thủ tục phải bằng 100. Ở thủ tục cấp xã, bước ghi mã của tỉnh nghĩa là "xã tiếp nhận".',
    'Khi nhập: mã TTHC đang có hiệu lực trong danh mục thì thủ tục được cập nhật (giấy tờ và quy trình được thay toàn bộ); mã mới thì thêm mới. Muốn thay phiên bản theo văn bản mới, dùng chức năng "Thay thế phiên bản" trên trang.',
    'Nếu có dòng sai, không dòng nào được lưu; mọi dòng sai được liệt kê kèm tên trang và số dòng.',
    'Ví dụ: 1.001612 | Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam | Lý lịch tư pháp | Cấp tỉnh | 66.STP | 10 | ngày làm việc | 200.000 đồng/lần | 200000 | Toàn trình | Không',
    'English: one procedure per row on "Thủ tục"; documents and steps on "Giấy tờ" and "Quy trình", linked by "Mã TTHC". Step shares are percentages summing to 100. If any row is wrong, nothing is imported and every bad row is listed.',
  ].forEach((line) => (help.addRow([line]).alignment = { wrapText: true }));
}
