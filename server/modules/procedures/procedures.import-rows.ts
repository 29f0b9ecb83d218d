import { sharesSumToOne } from '@contracts/procedures';
import type { Unit } from '@db/types';
import { cellDate, cellNumber, type SheetRow } from '../../infra/excel-read';
import { checkProcedure, mergeValues, type ProcedureValues } from './procedures.commands';
import {
  type DOCUMENT_COLUMNS,
  type PROCEDURE_COLUMNS,
  type STEP_COLUMNS,
  parseDocumentForm,
  parseCutoffCell,
  parseDurationUnit,
  parseLevel,
  parseOnlineLevel,
  parseYesNo,
} from './procedures.excel';
import type { ProcedureRow } from './procedures.repo';
import type { CatalogueScope } from './procedures.scope';

// The checks of one row of each sheet of a catalogue workbook. Each returns the row's values, or the problems found,
// worded for the clerk who fixes the file ('dòng 12: …').

type KeyOf<C extends ReadonlyArray<{ key: string }>> = C[number]['key'];
/** A row of the "Thủ tục" sheet. */
export type ProcedureSheetRow = SheetRow<KeyOf<typeof PROCEDURE_COLUMNS>>;
/** A row of the "Giấy tờ" sheet. */
export type DocumentSheetRow = SheetRow<KeyOf<typeof DOCUMENT_COLUMNS>>;
/** A row of the "Quy trình" sheet. */
export type StepSheetRow = SheetRow<KeyOf<typeof STEP_COLUMNS>>;

/** A row's values, or what is wrong with it. */
export type RowCheck<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** A unit by its code among the units the caller reads and in effect today, or why the code does not name one. */
export type UnitResolver = (code: string) => Unit | string;

/** Resolves unit codes among the readable units in effect on `today` (a code used in two provinces is ambiguous). */
export function unitResolver(scope: CatalogueScope, today: string): UnitResolver {
  const byCode = new Map<string, Unit[]>();
  for (const id of scope.readable) {
    const u = scope.units.get(id);
    if (!u || (u.validTo !== null && u.validTo < today)) continue;
    const k = u.code.toLowerCase();
    byCode.set(k, [...(byCode.get(k) ?? []), u]);
  }
  return (code) => {
    const found = byCode.get(code.toLowerCase()) ?? [];
    if (found.length === 1 && found[0]) return found[0];
    return found.length
      ? `mã đơn vị "${code}" trùng ở nhiều tỉnh / ambiguous unit code`
      : `không có đơn vị mã "${code}" / unknown unit code "${code}"`;
  };
}

/** One document of a procedure (the "Giấy tờ" sheet). */
export function checkDocumentRow(r: DocumentSheetRow): RowCheck<ProcedureValues['documents'][number]> {
  const msgs: string[] = [];
  const name = r.text('name');
  const form = parseDocumentForm(r.text('form'));
  const quantity = cellNumber(r.get('quantity')) ?? (r.text('quantity') === '' ? 1 : null);
  const isRequired = parseYesNo(r.text('isRequired'));
  if (!r.text('nationalCode')) msgs.push('thiếu mã TTHC / code missing');
  if (!name) msgs.push('thiếu tên giấy tờ / name missing');
  if (name.length > 500) msgs.push('tên giấy tờ quá dài / name too long');
  if (!form) msgs.push(`hình thức "${r.text('form')}" không hợp lệ / unknown form`);
  if (quantity === null || !Number.isInteger(quantity) || quantity < 1 || quantity > 100)
    msgs.push('số lượng phải là số nguyên 1–100 / quantity 1–100');
  if (isRequired === undefined) msgs.push('cột "Bắt buộc" ghi Có hoặc Không / required must be Có or Không');
  if (msgs.length || !form || quantity === null) return { ok: false, problems: msgs };
  return { ok: true, value: { name, form, quantity, isRequired: isRequired ?? true } };
}

/** One step of a procedure's route (the "Quy trình" sheet), its share in percent. */
export type RawStep = { row: number; name: string; unit: Unit; percent: number };

/** One step of a procedure's route (the "Quy trình" sheet). */
export function checkStepRow(r: StepSheetRow, resolve: UnitResolver): RowCheck<RawStep> {
  const msgs: string[] = [];
  const name = r.text('name');
  const unit = r.text('unitCode') ? resolve(r.text('unitCode')) : 'thiếu mã đơn vị / unit code missing';
  const percent = cellNumber(r.get('percent'));
  if (!r.text('nationalCode')) msgs.push('thiếu mã TTHC / code missing');
  if (!name) msgs.push('thiếu tên bước / step name missing');
  if (typeof unit === 'string') msgs.push(unit);
  if (percent === null || percent <= 0 || percent > 100)
    msgs.push('tỉ lệ thời gian phải lớn hơn 0 và tối đa 100 (%) / share must be in (0, 100]');
  if (msgs.length || typeof unit === 'string' || percent === null) return { ok: false, problems: msgs };
  return { ok: true, value: { row: r.row, name, unit, percent } };
}

/** The fields of a "Thủ tục" row, each read and checked on its own (`problems` lists every bad one). */
function procedureFields(r: ProcedureSheetRow, scope: CatalogueScope, resolve: UnitResolver, today: string) {
  const problems: string[] = [];
  const name = r.text('name');
  const sector = r.text('sector');
  if (!name || name.length > 1000) problems.push('thiếu tên thủ tục hoặc quá dài / name missing or too long');
  if (!sector || sector.length > 200) problems.push('thiếu lĩnh vực hoặc quá dài / sector missing or too long');
  const level = parseLevel(r.text('level'));
  if (!level) problems.push(`cấp thực hiện "${r.text('level')}" không hợp lệ (Cấp tỉnh / Cấp xã) / unknown level`);
  const unit = r.text('unitCode') ? resolve(r.text('unitCode')) : 'thiếu mã đơn vị giải quyết / handling unit code missing';
  if (typeof unit === 'string') problems.push(unit);
  else if (!scope.permissionsOf(unit.id).has('procedure.manage'))
    problems.push(`bạn không có quyền quản lý thủ tục của ${unit.name} / you may not manage this unit's procedures`);
  const durationUnit = parseDurationUnit(r.text('durationUnit'));
  if (!durationUnit) problems.push(`đơn vị thời hạn "${r.text('durationUnit')}" không hợp lệ / unknown duration unit`);
  // A same-day procedure needs no amount, only its cutoff (docs/DOMAIN.md §3.9).
  const blankSameDay = durationUnit === 'same_day' && r.text('durationValue') === '';
  const durationValue = blankSameDay ? 0 : cellNumber(r.get('durationValue'));
  if (durationValue === null || durationValue < 0 || durationValue > 3650)
    problems.push('thời hạn phải là số từ 0 đến 3650 / duration must be 0–3650');
  const cutoff = parseCutoffCell(r.get('cutoff'));
  if (cutoff === null) problems.push(`giờ chốt "${r.text('cutoff')}" không phải giờ trong ngày HH:MM / cutoff must be a time of day HH:MM`);
  const feeAmount = r.text('feeAmount') === '' ? null : cellNumber(r.get('feeAmount'));
  if (r.text('feeAmount') !== '' && (feeAmount === null || feeAmount < 0 || !Number.isInteger(feeAmount)))
    problems.push('mức thu phải là số đồng nguyên, không âm / fee must be a whole number of đồng');
  const onlineLevel = parseOnlineLevel(r.text('onlineLevel'));
  if (!onlineLevel) problems.push(`mức độ trực tuyến "${r.text('onlineLevel')}" không hợp lệ / unknown online level`);
  const interAgency = parseYesNo(r.text('interAgency'));
  if (interAgency === undefined) problems.push('cột "Liên thông" ghi Có hoặc Không / inter-agency must be Có or Không');
  const paymentPause = r.text('paymentPause') === '' ? false : parseYesNo(r.text('paymentPause'));
  if (paymentPause === undefined)
    problems.push('cột "Không tính thời gian thực hiện nghĩa vụ tài chính" ghi Có hoặc Không / payment pause must be Có or Không');
  const validFrom = r.text('validFrom') === '' ? today : cellDate(r.get('validFrom'));
  const validTo = r.text('validTo') === '' ? null : cellDate(r.get('validTo'));
  if (validFrom === null) problems.push(`ngày hiệu lực "${r.text('validFrom')}" không hợp lệ, cần dd/mm/yyyy / invalid date`);
  if (r.text('validTo') !== '' && validTo === null) problems.push(`ngày hết hiệu lực "${r.text('validTo')}" không hợp lệ / invalid date`);
  if (validFrom && validTo && validTo < validFrom) problems.push('ngày hết hiệu lực trước ngày hiệu lực / validTo before validFrom');
  const fields = {
    name,
    sector,
    level,
    unit,
    durationValue,
    durationUnit,
    cutoff,
    feeAmount,
    onlineLevel,
    interAgency,
    paymentPause,
    validFrom,
    validTo,
  };
  return { problems, fields };
}

/** Problems with the documents and steps listed for one code. */
function childProblems(docs: ProcedureValues['documents'], steps: RawStep[]): string[] {
  const problems: string[] = [];
  if (!docs.length) problems.push('chưa có giấy tờ nào ở trang "Giấy tờ" / no documents');
  if (docs.length > 50) problems.push('quá 50 giấy tờ / more than 50 documents');
  if (!steps.length) problems.push('chưa có bước nào ở trang "Quy trình" / no steps');
  else if (!sharesSumToOne(steps.map((s) => s.percent / 100))) {
    const total = Math.round(steps.reduce((s, x) => s + x.percent, 0) * 100) / 100;
    problems.push(`tổng tỉ lệ thời gian các bước là ${total}%, phải bằng 100% / shares must sum to 100%`);
  }
  return problems;
}

/** A procedure read from the file, ready to write: its values, its unit's code, the current version it updates. */
export type ParsedProcedure = { row: number; values: ProcedureValues; unitCode: string; existing: ProcedureRow | undefined };

/** What checking one "Thủ tục" row needs: the scope, unit codes, today, and the current version of a code. */
export type ProcedureRowContext = {
  scope: CatalogueScope;
  resolve: UnitResolver;
  today: string;
  existing: (code: string, unit: Unit) => Promise<ProcedureRow | undefined>;
};

/** One procedure (the "Thủ tục" sheet) with the documents and steps listed for its code; `codeProblems` come from the caller (format, duplicates). */
export async function checkProcedureRow(
  r: ProcedureSheetRow,
  c: ProcedureRowContext,
  children: { docs: ProcedureValues['documents']; steps: RawStep[] },
  codeProblems: string[],
): Promise<RowCheck<ParsedProcedure>> {
  const { problems, fields: f } = procedureFields(r, c.scope, c.resolve, c.today);
  const all = [...codeProblems, ...problems, ...childProblems(children.docs, children.steps)];
  const { level, unit, durationValue, durationUnit, onlineLevel, interAgency, validFrom } = f;
  if (all.length || !level || typeof unit === 'string' || durationValue === null || !durationUnit || !onlineLevel)
    return { ok: false, problems: all };
  if (interAgency === undefined || f.paymentPause === undefined || !validFrom) return { ok: false, problems: all };
  const code = r.text('nationalCode');
  const found = await c.existing(code, unit);
  const input = {
    nationalCode: code,
    name: f.name,
    sector: f.sector,
    level,
    handlingUnitId: unit.id,
    durationValue,
    durationUnit,
    cutoff: f.cutoff || null,
    feeText: r.text('feeText') || null,
    feeAmount: f.feeAmount,
    onlineLevel,
    isInterAgency: interAgency,
    paymentPausesClock: f.paymentPause,
    resultText: r.text('resultText') || null,
    legalBasis: r.text('legalBasis') || null,
    // A blank start date keeps the current version's date (an exported file round-trips unchanged).
    validFrom: found && r.text('validFrom') === '' ? found.validFrom : validFrom,
    validTo: f.validTo,
  };
  const steps = children.steps.map((s) => ({ unitId: s.unit.id, name: s.name, timeShare: s.percent / 100 }));
  const values = mergeValues({ ...input, documents: children.docs, steps }, null, c.today);
  const rules = checkProcedure(c.scope, values, 'x');
  if (rules.length) return { ok: false, problems: rules.map((i) => i.message) };
  return { ok: true, value: { row: r.row, values, unitCode: unit.code, existing: found } };
}
