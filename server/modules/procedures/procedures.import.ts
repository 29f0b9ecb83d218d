import ExcelJS from 'exceljs';
import {
  sharesSumToOne,
  type ImportedProcedure,
  type ImportProblem,
  type ImportProceduresRequest,
  type ImportProceduresResponse,
} from '@contracts/procedures';
import { foldVietnamese } from '@contracts/units';
import type { Unit } from '@db/types';
import { AppError } from '../../plugins/app-error';
import { recordAudit } from '../audit/audit.service';
import {
  changedUsedDocuments,
  checkProcedure,
  insertFull,
  mergeValues,
  type ProcedureValues,
  type ProcedureWriteContext,
} from './procedures.commands';
import {
  DOCUMENT_COLUMNS,
  PROCEDURE_COLUMNS,
  SHEETS,
  STEP_COLUMNS,
  parseDocumentForm,
  parseDurationUnit,
  parseLevel,
  parseOnlineLevel,
  parseYesNo,
} from './procedures.excel';
import { auditView } from './procedures.present';
import {
  documentsWithUse,
  findOpenVersion,
  findOverlappingCode,
  lockCatalogue,
  replaceSteps,
  syncDocuments,
  updateProcedure,
  type ProcedureRow,
  type StoredDocument,
} from './procedures.repo';
import { loadCatalogueScope, type CatalogueScope } from './procedures.scope';

const MAX_ROWS = 5000;
type Cols<K extends string> = ReadonlyArray<{ key: K; title: string; aliases: string[]; required: boolean }>;
type Cell = string | number | Date | null;
type SheetRow<K extends string> = { row: number; get: (k: K) => Cell; text: (k: K) => string };

function plain(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  if (typeof v === 'object') {
    if ('result' in v) return plain((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String((v as { text: unknown }).text);
  }
  return null;
}
const textOf = (v: Cell): string =>
  (v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v)).normalize('NFC').replace(/\s+/g, ' ').trim();

// Excel keeps dates as serial days since 1899-12-30; exceljs hands date-formatted cells over as UTC-midnight Dates.
function dateOf(v: Cell): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 100_000)
    return new Date(Date.UTC(1899, 11, 30) + v * 86_400_000).toISOString().slice(0, 10);
  const s = textOf(v);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = vn ? `${vn[3]}-${vn[2]?.padStart(2, '0')}-${vn[1]?.padStart(2, '0')}` : s;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}
function numberOf(v: Cell): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const s = textOf(v).replace(/%$/, '').replace(/\s/g, '');
  if (!s) return null;
  // Vietnamese writing: 200.000 (thousands) and 0,5 (decimal comma).
  const normal = /^\d{1,3}(\.\d{3})+$/.test(s) ? s.replace(/\./g, '') : s.replace(',', '.');
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

function readSheet<K extends string>(wb: ExcelJS.Workbook, name: string, cols: Cols<K>, problems: ImportProblem[]): Array<SheetRow<K>> {
  const ws = wb.worksheets.find((w) => foldVietnamese(w.name) === foldVietnamese(name));
  if (!ws) {
    problems.push({ sheet: name, row: 0, message: `Thiếu trang "${name}" / sheet "${name}" missing` });
    return [];
  }
  const at = new Map<K, number>();
  ws.getRow(1).eachCell((cell, c) => {
    const key = foldVietnamese(
      textOf(plain(cell.value))
        .replace(/\*/g, '')
        .replace(/\(.*?\)/g, ''),
    );
    for (const column of cols)
      if (!at.has(column.key) && (column.aliases.includes(key) || foldVietnamese(column.title.replace(/\(.*?\)/g, '')) === key))
        at.set(column.key, c);
  });
  const missing = cols.filter((c) => c.required && !at.has(c.key));
  if (missing.length) {
    problems.push({ sheet: name, row: 1, message: `Thiếu cột: ${missing.map((c) => `"${c.title}"`).join(', ')} / missing columns` });
    return [];
  }
  if (ws.rowCount > MAX_ROWS + 1) {
    problems.push({ sheet: name, row: MAX_ROWS + 2, message: `Trang có quá ${MAX_ROWS} dòng / more than ${MAX_ROWS} rows` });
    return [];
  }
  const rows: Array<SheetRow<K>> = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const xr = ws.getRow(r);
    const get = (k: K): Cell => (at.has(k) ? plain(xr.getCell(at.get(k) ?? 0).value) : null);
    const text = (k: K) => textOf(get(k));
    if (cols.every((c) => text(c.key) === '')) continue;
    rows.push({ row: r, get, text });
  }
  return rows;
}

/** A procedure read from the file, ready to check against the database. */
type Parsed = { row: number; values: ProcedureValues; unitCode: string; existing: ProcedureRow | undefined };

function unitResolver(scope: CatalogueScope, today: string) {
  const byCode = new Map<string, Unit[]>();
  for (const id of scope.readable) {
    const u = scope.units.get(id);
    if (!u || (u.validTo !== null && u.validTo < today)) continue;
    const k = u.code.toLowerCase();
    byCode.set(k, [...(byCode.get(k) ?? []), u]);
  }
  return (code: string): Unit | string => {
    const found = byCode.get(code.toLowerCase()) ?? [];
    if (found.length === 1 && found[0]) return found[0];
    return found.length
      ? `mã đơn vị "${code}" trùng ở nhiều tỉnh / ambiguous unit code`
      : `không có đơn vị mã "${code}" / unknown unit code "${code}"`;
  };
}

/** Reads the workbook and checks every row; `existing` finds the current version of a code in the province. */
async function parseWorkbook(
  content: Buffer,
  scope: CatalogueScope,
  today: string,
  existing: (code: string, unit: Unit) => Promise<ProcedureRow | undefined>,
): Promise<{ parsed: Parsed[]; problems: ImportProblem[] }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new AppError('PROCEDURE_IMPORT_UNREADABLE', 'Không đọc được tệp Excel (.xlsx) / the file is not a readable .xlsx workbook', [
      { path: 'body.contentBase64', message: 'Tệp hỏng hoặc không phải .xlsx / not an .xlsx file' },
    ]);
  }
  const problems: ImportProblem[] = [];
  const pRows = readSheet(wb, SHEETS.procedures, PROCEDURE_COLUMNS, problems);
  const dRows = readSheet(wb, SHEETS.documents, DOCUMENT_COLUMNS, problems);
  const sRows = readSheet(wb, SHEETS.steps, STEP_COLUMNS, problems);
  if (problems.length) return { parsed: [], problems };
  const resolve = unitResolver(scope, today);
  const bad = (sheet: string, row: number, msgs: string[]) =>
    problems.push({ sheet, row, message: `${sheet}, dòng ${row}: ${msgs.join('; ')}` });

  const docsByCode = new Map<string, ProcedureValues['documents']>();
  for (const r of dRows) {
    const msgs: string[] = [];
    const code = r.text('nationalCode');
    const name = r.text('name');
    const form = parseDocumentForm(r.text('form'));
    const quantity = numberOf(r.get('quantity')) ?? (r.text('quantity') === '' ? 1 : null);
    const isRequired = parseYesNo(r.text('isRequired'));
    if (!code) msgs.push('thiếu mã TTHC / code missing');
    if (!name) msgs.push('thiếu tên giấy tờ / name missing');
    if (name.length > 500) msgs.push('tên giấy tờ quá dài / name too long');
    if (!form) msgs.push(`hình thức "${r.text('form')}" không hợp lệ / unknown form`);
    if (quantity === null || !Number.isInteger(quantity) || quantity < 1 || quantity > 100)
      msgs.push('số lượng phải là số nguyên 1–100 / quantity 1–100');
    if (isRequired === undefined) msgs.push('cột "Bắt buộc" ghi Có hoặc Không / required must be Có or Không');
    if (msgs.length || !form || quantity === null) {
      bad(SHEETS.documents, r.row, msgs);
      continue;
    }
    const k = code.toLowerCase();
    docsByCode.set(k, [...(docsByCode.get(k) ?? []), { name, form, quantity, isRequired: isRequired ?? true }]);
  }

  type RawStep = { row: number; name: string; unit: Unit; percent: number };
  const stepsByCode = new Map<string, RawStep[]>();
  for (const r of sRows) {
    const msgs: string[] = [];
    const code = r.text('nationalCode');
    const name = r.text('name');
    const unit = r.text('unitCode') ? resolve(r.text('unitCode')) : 'thiếu mã đơn vị / unit code missing';
    const percent = numberOf(r.get('percent'));
    if (!code) msgs.push('thiếu mã TTHC / code missing');
    if (!name) msgs.push('thiếu tên bước / step name missing');
    if (typeof unit === 'string') msgs.push(unit);
    if (percent === null || percent <= 0 || percent > 100)
      msgs.push('tỷ lệ thời gian phải lớn hơn 0 và tối đa 100 (%) / share must be in (0, 100]');
    if (msgs.length || typeof unit === 'string' || percent === null) {
      bad(SHEETS.steps, r.row, msgs);
      continue;
    }
    const k = code.toLowerCase();
    stepsByCode.set(k, [...(stepsByCode.get(k) ?? []), { row: r.row, name, unit, percent }]);
  }

  const parsed: Parsed[] = [];
  const seen = new Map<string, number>();
  for (const r of pRows) {
    const msgs: string[] = [];
    const code = r.text('nationalCode');
    const k = code.toLowerCase();
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(code) || code.length > 50) msgs.push(`mã TTHC "${code}" không hợp lệ / invalid code`);
    else if (seen.has(k)) msgs.push(`mã TTHC trùng với dòng ${seen.get(k)} / duplicate of row ${seen.get(k)}`);
    else seen.set(k, r.row);
    const name = r.text('name');
    const sector = r.text('sector');
    if (!name || name.length > 1000) msgs.push('thiếu tên thủ tục hoặc quá dài / name missing or too long');
    if (!sector || sector.length > 200) msgs.push('thiếu lĩnh vực hoặc quá dài / sector missing or too long');
    const level = parseLevel(r.text('level'));
    if (!level) msgs.push(`cấp thực hiện "${r.text('level')}" không hợp lệ (Cấp tỉnh / Cấp xã) / unknown level`);
    const unit = r.text('unitCode') ? resolve(r.text('unitCode')) : 'thiếu mã đơn vị giải quyết / handling unit code missing';
    if (typeof unit === 'string') msgs.push(unit);
    else if (!scope.permissionsOf(unit.id).has('procedure.manage'))
      msgs.push(`bạn không có quyền quản lý thủ tục của ${unit.name} / you may not manage this unit's procedures`);
    const durationValue = numberOf(r.get('durationValue'));
    if (durationValue === null || durationValue < 0 || durationValue > 3650)
      msgs.push('thời hạn phải là số từ 0 đến 3650 / duration must be 0–3650');
    const durationUnit = parseDurationUnit(r.text('durationUnit'));
    if (!durationUnit) msgs.push(`đơn vị thời hạn "${r.text('durationUnit')}" không hợp lệ / unknown duration unit`);
    const feeAmount = r.text('feeAmount') === '' ? null : numberOf(r.get('feeAmount'));
    if (r.text('feeAmount') !== '' && (feeAmount === null || feeAmount < 0 || !Number.isInteger(feeAmount)))
      msgs.push('mức thu phải là số đồng nguyên, không âm / fee must be a whole number of đồng');
    const onlineLevel = parseOnlineLevel(r.text('onlineLevel'));
    if (!onlineLevel) msgs.push(`mức độ trực tuyến "${r.text('onlineLevel')}" không hợp lệ / unknown online level`);
    const interAgency = parseYesNo(r.text('interAgency'));
    if (interAgency === undefined) msgs.push('cột "Liên thông" ghi Có hoặc Không / inter-agency must be Có or Không');
    const validFrom = r.text('validFrom') === '' ? today : dateOf(r.get('validFrom'));
    const validTo = r.text('validTo') === '' ? null : dateOf(r.get('validTo'));
    if (validFrom === null) msgs.push(`ngày hiệu lực "${r.text('validFrom')}" không hợp lệ, cần dd/mm/yyyy / invalid date`);
    if (r.text('validTo') !== '' && validTo === null) msgs.push(`ngày hết hiệu lực "${r.text('validTo')}" không hợp lệ / invalid date`);
    if (validFrom && validTo && validTo < validFrom) msgs.push('ngày hết hiệu lực trước ngày hiệu lực / validTo before validFrom');
    const docs = docsByCode.get(k) ?? [];
    const steps = stepsByCode.get(k) ?? [];
    if (!docs.length) msgs.push('chưa có giấy tờ nào ở trang "Giấy tờ" / no documents');
    if (docs.length > 50) msgs.push('quá 50 giấy tờ / more than 50 documents');
    if (!steps.length) msgs.push('chưa có bước nào ở trang "Quy trình" / no steps');
    else if (!sharesSumToOne(steps.map((s) => s.percent / 100)))
      msgs.push(
        `tổng tỷ lệ thời gian các bước là ${Math.round(steps.reduce((s, x) => s + x.percent, 0) * 100) / 100}%, phải bằng 100% / shares must sum to 100%`,
      );
    if (
      msgs.length ||
      !level ||
      typeof unit === 'string' ||
      durationValue === null ||
      !durationUnit ||
      !onlineLevel ||
      interAgency === undefined ||
      !validFrom
    ) {
      bad(SHEETS.procedures, r.row, msgs);
      continue;
    }
    const input = {
      nationalCode: code,
      name,
      sector,
      level,
      handlingUnitId: unit.id,
      durationValue,
      durationUnit,
      feeText: r.text('feeText') || null,
      feeAmount,
      onlineLevel,
      isInterAgency: interAgency,
      resultText: r.text('resultText') || null,
      legalBasis: r.text('legalBasis') || null,
      validFrom,
      validTo,
    };
    const found = await existing(code, unit);
    // A blank start date keeps the current version's date (an exported file round-trips unchanged).
    if (found && r.text('validFrom') === '') input.validFrom = found.validFrom;
    const values = mergeValues(
      { ...input, documents: docs, steps: steps.map((s) => ({ unitId: s.unit.id, name: s.name, timeShare: s.percent / 100 })) },
      null,
      today,
    );
    const rules = checkProcedure(scope, values, 'x');
    if (rules.length) {
      bad(
        SHEETS.procedures,
        r.row,
        rules.map((i) => i.message),
      );
      continue;
    }
    parsed.push({ row: r.row, values, unitCode: unit.code, existing: found });
  }
  for (const [k, list] of docsByCode)
    if (!seen.has(k))
      bad(SHEETS.documents, dRows.find((r) => r.text('nationalCode').toLowerCase() === k)?.row ?? 0, [
        `mã TTHC "${k}" không có ở trang "Thủ tục" / code not on the procedures sheet (${list.length})`,
      ]);
  for (const [k, list] of stepsByCode)
    if (!seen.has(k))
      bad(SHEETS.steps, list[0]?.row ?? 0, [`mã TTHC "${k}" không có ở trang "Thủ tục" / code not on the procedures sheet`]);
  if (!pRows.length && !problems.length)
    problems.push({ sheet: SHEETS.procedures, row: 2, message: 'Trang "Thủ tục" không có dòng dữ liệu nào / no data rows' });
  problems.sort(
    (a, b) => Object.values(SHEETS).indexOf(a.sheet as never) - Object.values(SHEETS).indexOf(b.sheet as never) || a.row - b.row,
  );
  return { parsed, problems };
}

const summary = (p: Parsed): ImportedProcedure => ({
  row: p.row,
  nationalCode: p.values.nationalCode,
  name: p.values.name,
  sector: p.values.sector,
  level: p.values.level,
  handlingUnitCode: p.unitCode,
  durationValue: p.values.durationValue,
  durationUnit: p.values.durationUnit,
  documentCount: p.values.documents.length,
  stepCount: p.values.steps.length,
  action: p.existing ? 'update' : 'create',
});

/**
 * Checks (dry run) or imports a catalogue workbook, all or nothing. A code whose current version (no end date)
 * is in the province's catalogue is updated in place, documents and steps replaced; a new code is created.
 */
export async function importProcedures(ctx: ProcedureWriteContext, body: ImportProceduresRequest): Promise<ImportProceduresResponse> {
  const content = Buffer.from(body.contentBase64, 'base64');
  return ctx.db.transaction().execute(async (trx) => {
    await lockCatalogue(trx);
    const scope = await loadCatalogueScope(trx, ctx.actor);
    const provinceUnits = (u: Unit) => [...scope.units.keys()].filter((id) => scope.rootOf(id) === scope.rootOf(u.id));
    const current = (code: string, u: Unit) => findOpenVersion(trx, code, provinceUnits(u));
    const { parsed, problems } = await parseWorkbook(content, scope, ctx.today, current);
    // Documents that dossier files point at may stay as they are (an exported file re-imported), but not change.
    const storedDocs = new Map<string, StoredDocument[]>();
    for (const p of parsed) if (p.existing) storedDocs.set(p.existing.id, await documentsWithUse(trx, p.existing.id));
    for (const p of parsed) {
      if (p.existing && !scope.permissionsOf(p.existing.handlingUnitId).has('procedure.manage')) {
        problems.push({
          sheet: SHEETS.procedures,
          row: p.row,
          message: `${SHEETS.procedures}, dòng ${p.row}: bạn không có quyền sửa thủ tục hiện có mã ${p.values.nationalCode} / you may not change the existing procedure`,
        });
      } else if (p.existing && changedUsedDocuments(storedDocs.get(p.existing.id) ?? [], p.values.documents).length > 0) {
        problems.push({
          sheet: SHEETS.procedures,
          row: p.row,
          message: `${SHEETS.procedures}, dòng ${p.row}: giấy tờ của thủ tục ${p.values.nationalCode} đã dùng trong hồ sơ; hãy dùng "Thay thế phiên bản" / documents in use, replace instead`,
        });
      } else if (
        await findOverlappingCode(
          trx,
          p.values.nationalCode,
          provinceUnits(scope.units.get(p.values.handlingUnitId) as Unit),
          p.values.validFrom,
          p.values.validTo,
          p.existing?.id,
        )
      ) {
        problems.push({
          sheet: SHEETS.procedures,
          row: p.row,
          message: `${SHEETS.procedures}, dòng ${p.row}: mã ${p.values.nationalCode} trùng thời gian hiệu lực với một phiên bản khác / overlaps another version`,
        });
      }
    }
    const procedures = parsed.map(summary);
    if (body.dryRun) return { dryRun: true, procedures, errors: problems, created: 0, updated: 0 };
    if (problems.length) {
      const head = problems
        .slice(0, 5)
        .map((e) => e.message)
        .join('; ');
      throw new AppError(
        'PROCEDURE_IMPORT_INVALID',
        `Tệp có ${problems.length} dòng lỗi, chưa lưu thủ tục nào / ${problems.length} bad row(s), nothing was saved. ${head}${problems.length > 5 ? '…' : ''}`,
        problems.map((e) => ({ path: `${e.sheet}!${e.row}`, message: e.message })),
      );
    }
    let created = 0;
    let updated = 0;
    for (const p of parsed) {
      if (!p.existing) {
        await insertFull(trx, ctx, p.values, { source: `Excel: ${body.fileName}` });
        created++;
        continue;
      }
      const { documents, steps, ...row } = p.values;
      const after = await updateProcedure(trx, p.existing.id, { ...row, updatedAt: ctx.now });
      await syncDocuments(trx, p.existing.id, storedDocs.get(p.existing.id) ?? [], documents);
      await replaceSteps(trx, p.existing.id, steps);
      await recordAudit(
        trx,
        ctx.actor,
        {
          action: 'procedure.update',
          entityType: 'procedure',
          entityId: after.id,
          unitId: after.handlingUnitId,
          before: auditView(p.existing),
          after: { ...auditView(after, { documents, steps }), source: `Excel: ${body.fileName}` },
        },
        ctx.requestId,
      );
      updated++;
    }
    return { dryRun: false, procedures, errors: [], created, updated };
  });
}
