import ExcelJS from 'exceljs';
import { weekdayOf, type CalendarDayKind } from '@core/calendar';
import { foldVietnamese } from '@contracts/units';
import type { ImportCalendarRequest, ImportCalendarResponse } from '@contracts/calendar';
import { AppError } from '../../http';
import { cellDate, cellText, importLimits, loadWorkbook, readSheet, type SheetColumn } from '../../infra/excel-read';
import { recordAudit } from '../audit/audit.service';
import { inCalendarWrite, type CalendarWriteContext } from './calendar.commands';
import { loadCalendarScope, requireManage } from './calendar.policy';
import { auditDay } from './calendar.present';
import { countNationalInYear, deleteNationalYear, insertDays, upsertNotice } from './calendar.repo';

// Excel exchange of a year's province-wide schedule. Columns (row 1 = headers, any order):
// Ngày | Loại | Tên | Căn cứ pháp lý | Tên tiếng Anh (optional). An import replaces the year's province-wide entries
// with the file's rows, all confirmed (the file is the announced schedule); local closures are not touched.

type Importable = Exclude<CalendarDayKind, 'local_closure'>;

/** Vietnamese labels written in the template's "Loại" column. */
export const KIND_LABELS: Record<Importable, string> = {
  holiday: 'Nghỉ lễ',
  tet: 'Tết Nguyên đán',
  compensatory: 'Nghỉ bù',
  swap_off: 'Nghỉ hoán đổi',
  makeup_workday: 'Làm bù',
};

const KIND_ALIASES: Record<string, Importable> = {
  ...Object.fromEntries(Object.entries(KIND_LABELS).map(([k, v]) => [foldVietnamese(v), k as Importable])),
  ...Object.fromEntries(Object.keys(KIND_LABELS).map((k) => [k, k as Importable])),
  'ngay le': 'holiday',
  tet: 'tet',
  'nghi tet': 'tet',
  'hoan doi': 'swap_off',
  'ngay lam bu': 'makeup_workday',
  'lam bu': 'makeup_workday',
};

type Column = 'date' | 'kind' | 'name' | 'legalRef' | 'nameEn';
const HEADERS: Record<Column, string[]> = {
  date: ['ngay', 'date'],
  kind: ['loai', 'kind'],
  name: ['ten', 'ten ngay', 'name'],
  legalRef: ['can cu phap ly', 'can cu', 'legal reference', 'legal ref'],
  nameEn: ['ten tieng anh', 'english name', 'name en'],
};
const HEADER_TITLES: Record<Column, string> = {
  date: 'Ngày',
  kind: 'Loại',
  name: 'Tên',
  legalRef: 'Căn cứ pháp lý',
  nameEn: 'Tên tiếng Anh',
};
const MAX_ROWS = 400;
const REQUIRED: readonly Column[] = ['date', 'kind', 'name', 'legalRef'];
const COLUMNS: ReadonlyArray<SheetColumn<Column>> = (Object.keys(HEADERS) as Column[]).map((key) => ({
  key,
  headers: HEADERS[key],
  required: REQUIRED.includes(key),
}));

type Row = ImportCalendarResponse['rows'][number];
type RowError = ImportCalendarResponse['errors'][number];

/** Reads a schedule workbook; returns every row it could read and every problem, each with its Excel row number. */
export async function parseScheduleWorkbook(content: Buffer, year: number): Promise<{ rows: Row[]; errors: RowError[] }> {
  const wb = await loadWorkbook(
    content,
    () =>
      new AppError('CALENDAR_IMPORT_UNREADABLE', undefined, [
        { path: 'body.contentBase64', message: 'Tệp hỏng hoặc không phải .xlsx / not an .xlsx file' },
      ]),
    importLimits(MAX_ROWS),
  );
  const ws = wb[0];
  if (!ws) return { rows: [], errors: [{ row: 1, message: 'Tệp không có trang tính nào / the workbook has no sheet' }] };
  const sheet = readSheet(ws, COLUMNS, MAX_ROWS);
  if (!sheet.ok && sheet.tooMany)
    return { rows: [], errors: [{ row: MAX_ROWS + 2, message: `Tệp có quá ${MAX_ROWS} dòng / more than ${MAX_ROWS} rows` }] };
  if (!sheet.ok) {
    return {
      rows: [],
      errors: [{ row: 1, message: `Thiếu cột: ${sheet.missing.map((c) => `"${HEADER_TITLES[c]}"`).join(', ')} / missing columns` }],
    };
  }

  const rows: Row[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const { row: r, get, text } of sheet.rows) {
    const raw = { date: get('date'), kind: text('kind'), name: text('name'), legalRef: text('legalRef'), nameEn: text('nameEn') };
    const problems: string[] = [];
    const date = cellDate(raw.date);
    if (date === null) problems.push(`ngày "${cellText(raw.date)}" không hợp lệ, cần dd/mm/yyyy / invalid date`);
    else if (!date.startsWith(`${year}-`)) problems.push(`ngày ${date} không thuộc năm ${year} / date outside ${year}`);
    else if (seen.has(date)) problems.push(`ngày ${date} trùng với dòng ${seen.get(date)} / duplicate of row ${seen.get(date)}`);
    const folded = foldVietnamese(raw.kind);
    const kind = KIND_ALIASES[folded];
    if (folded === 'local_closure' || folded.includes('nghi rieng'))
      problems.push('ngày nghỉ riêng của đơn vị thêm trên trang quản trị, không nhập qua tệp / local closures are added on the admin page');
    else if (!kind) problems.push(`loại "${raw.kind}" không hợp lệ, dùng: ${Object.values(KIND_LABELS).join(', ')} / unknown kind`);
    if (!raw.name) problems.push('thiếu tên / name missing');
    if (!raw.legalRef) problems.push('thiếu căn cứ pháp lý / legal reference missing');
    if (raw.name.length > 300 || raw.nameEn.length > 300 || raw.legalRef.length > 500) problems.push('nội dung quá dài / text too long');
    if (date && kind === 'makeup_workday' && weekdayOf(date as never) <= 5)
      problems.push('ngày làm bù phải là thứ Bảy hoặc Chủ nhật / make-up day must be a weekend day');
    if (date && !seen.has(date)) seen.set(date, r);
    if (problems.length || !date || !kind) {
      errors.push({ row: r, message: `Dòng ${r}: ${problems.join('; ')}` });
      continue;
    }
    rows.push({ row: r, date, kind, name: raw.name, nameEn: raw.nameEn || null, legalRef: raw.legalRef });
  }
  if (rows.length === 0 && errors.length === 0)
    errors.push({ row: 2, message: 'Tệp không có dòng dữ liệu nào / the file has no data rows' });
  return { rows, errors };
}

/** Checks (dry run) or imports a year's schedule from Excel, all or nothing. */
export async function importSchedule(ctx: CalendarWriteContext, body: ImportCalendarRequest): Promise<ImportCalendarResponse> {
  requireManage(await loadCalendarScope(ctx.db, ctx.actor), null);
  const { rows, errors } = await parseScheduleWorkbook(Buffer.from(body.contentBase64, 'base64'), body.year);
  if (body.dryRun)
    return { year: body.year, dryRun: true, rows, errors, imported: 0, replaced: await countNationalInYear(ctx.db, body.year) };
  if (errors.length) {
    const head = errors
      .slice(0, 5)
      .map((e) => e.message)
      .join('; ');
    throw new AppError(
      'CALENDAR_IMPORT_INVALID',
      `Tệp có ${errors.length} dòng lỗi, chưa lưu ngày nào / ${errors.length} bad row(s), nothing was saved. ${head}${errors.length > 5 ? '…' : ''}`,
      errors.map((e) => ({ path: `row ${e.row}`, message: e.message })),
    );
  }
  return inCalendarWrite(ctx, async (trx, scope) => {
    requireManage(scope, null);
    const removed = await deleteNationalYear(trx, body.year);
    const added = await insertDays(
      trx,
      rows.map((r) => ({
        date: r.date,
        kind: r.kind,
        name: r.name,
        nameEn: r.nameEn,
        legalRef: r.legalRef,
        status: 'confirmed' as const,
        unitId: null,
      })),
      ctx.actor.userId,
    );
    if (body.notice)
      await upsertNotice(trx, {
        year: body.year,
        ref: body.notice.ref,
        issuedOn: body.notice.issuedOn ?? null,
        covers: body.notice.covers,
        source: `Excel: ${body.fileName}`,
      });
    await recordAudit(
      trx,
      ctx.actor,
      {
        action: 'calendar.year.import',
        entityType: 'calendar_year',
        entityId: String(body.year),
        before: removed.map(auditDay),
        after: { fileName: body.fileName, notice: body.notice ?? null, days: added.map(auditDay) },
      },
      ctx.requestId,
    );
    return { year: body.year, dryRun: false, rows, errors: [], imported: added.length, replaced: removed.length };
  });
}

/** The import template of a year, prefilled with its province-wide entries (or the statutory proposal). */
export async function buildTemplate(
  year: number,
  days: Array<{ date: string; kind: CalendarDayKind; name: string; nameEn: string | null; legalRef: string }>,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CCHC';
  const ws = wb.addWorksheet(`Lich ${year}`);
  ws.columns = [
    { header: HEADER_TITLES.date, key: 'date', width: 14, style: { numFmt: 'dd/mm/yyyy' } },
    { header: HEADER_TITLES.kind, key: 'kind', width: 18 },
    { header: HEADER_TITLES.name, key: 'name', width: 56 },
    { header: HEADER_TITLES.legalRef, key: 'legalRef', width: 56 },
    { header: `${HEADER_TITLES.nameEn} (tùy chọn)`, key: 'nameEn', width: 40 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const d of days) {
    if (d.kind === 'local_closure') continue;
    ws.addRow({
      date: new Date(`${d.date}T00:00:00Z`),
      kind: KIND_LABELS[d.kind],
      name: d.name,
      legalRef: d.legalRef,
      nameEn: d.nameEn ?? '',
    });
  }
  const list = `"${Object.values(KIND_LABELS).join(',')}"`;
  for (let r = 2; r <= 200; r++) ws.getCell(`B${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: [list] };
  const help = wb.addWorksheet('Huong dan');
  help.columns = [{ width: 110 }];
  [
    `Lịch nghỉ chung năm ${year}: mỗi dòng một ngày nghỉ (thứ Hai – thứ Sáu) hoặc một ngày làm bù (thứ Bảy, Chủ nhật).`,
    'Không cần ghi thứ Bảy, Chủ nhật thông thường. Ngày ghi theo dạng dd/mm/yyyy.',
    `Loại: ${Object.values(KIND_LABELS).join(', ')}.`,
    'Căn cứ pháp lý: số hiệu thông báo của Chính phủ / Bộ Nội vụ, hoặc điều khoản Bộ luật Lao động 2019.',
    'Khi nhập, các ngày nghỉ chung của năm được thay bằng nội dung tệp và được đánh dấu "đã xác nhận". Ngày nghỉ riêng của đơn vị không đổi.',
    'If any row is wrong, nothing is imported and every bad row is listed with its number.',
  ].forEach((line) => help.addRow([line]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
