import dayjs, { type Dayjs } from 'dayjs';
import type {
  CreateProcedureRequest,
  DocumentFormValue,
  OnlineLevelValue,
  ProcedureDetail,
  ProcedureDurationUnit,
  ProcedureLevelValue,
  ReplaceProcedureRequest,
  UpdateProcedureRequest,
} from '@contracts/procedures';

/** What the procedure dialog does: a new procedure, a correction in place, or a new version from a date. */
export type FormMode = { kind: 'create' } | { kind: 'edit'; procedure: ProcedureDetail } | { kind: 'replace'; procedure: ProcedureDetail };

/** One document row of the form. */
export type DocumentRow = { name: string; form: DocumentFormValue; quantity: number; isRequired: boolean };
/** One route step row of the form: its share of the legal time in percent. */
export type StepRow = { unitId?: string; name: string; percent: number };

/** The fields of the procedure dialog. */
export type ProcedureFormValues = {
  nationalCode: string;
  name: string;
  sector: string;
  level: ProcedureLevelValue;
  handlingUnitId?: string;
  durationValue: number;
  durationUnit: ProcedureDurationUnit;
  /** same_day only: the cutoff 'HH:MM' (blank: the rule's default, 15:00). */
  cutoff?: string;
  feeText?: string;
  feeAmount?: number | null;
  onlineLevel: OnlineLevelValue;
  isInterAgency: boolean;
  paymentPausesClock: boolean;
  resultText?: string;
  legalBasis?: string;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
  documents: DocumentRow[];
  steps: StepRow[];
};

/** A new document row: one original, required. */
export const NEW_DOCUMENT: DocumentRow = { name: '', form: 'original', quantity: 1, isRequired: true };

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const percentOf = (share: number) => Math.round(share * 10_000) / 100;
const shareOf = (percent: number) => Math.round(percent * 100) / 10_000;
const documentRows = (p: ProcedureDetail): DocumentRow[] =>
  p.documents.map((d) => ({ name: d.name, form: d.form, quantity: d.quantity, isRequired: d.isRequired }));

/** The form's starting values: defaults for a new procedure; the procedure's own for an edit or a new version (no dates). */
export function initialFormValues(mode: FormMode): Partial<ProcedureFormValues> {
  if (mode.kind === 'create') {
    return {
      level: 'province',
      durationUnit: 'working_day',
      onlineLevel: 'partial',
      isInterAgency: false,
      paymentPausesClock: false,
      documents: [NEW_DOCUMENT],
      steps: [{ name: '', percent: 100 }],
    };
  }
  const p = mode.procedure;
  return {
    nationalCode: p.nationalCode,
    name: p.name,
    sector: p.sector,
    level: p.level,
    handlingUnitId: p.handlingUnitId,
    durationValue: p.durationValue,
    durationUnit: p.durationUnit,
    cutoff: p.cutoff ?? undefined,
    feeText: p.feeText ?? '',
    feeAmount: p.feeAmount,
    onlineLevel: p.onlineLevel,
    isInterAgency: p.isInterAgency,
    paymentPausesClock: p.paymentPausesClock,
    resultText: p.resultText ?? '',
    legalBasis: p.legalBasis ?? '',
    validFrom: mode.kind === 'edit' ? dayjs(p.validFrom) : null,
    validTo: mode.kind === 'edit' && p.validTo ? dayjs(p.validTo) : null,
    documents: documentRows(p),
    steps: p.steps.map((s) => ({ unitId: s.unitId, name: s.name, percent: percentOf(s.timeShare) })),
  };
}

/** The sum of the step shares in percent, to two decimals (empty rows count 0). */
export function shareSum(steps: ReadonlyArray<Partial<StepRow> | undefined>): number {
  return Math.round(steps.reduce((s, x) => s + (Number(x?.percent) || 0), 0) * 100) / 100;
}

/** The share a new step starts with: what is left of 100%, or nothing when the steps already fill it. */
export const remainingPercent = (sum: number): number | undefined => Math.max(0, Math.round((100 - sum) * 100) / 100) || undefined;

/** A fee amount with Vietnamese thousands dots (200000 → '200.000'), and back. */
export const feeAmountText = {
  format: (v: number | string | undefined) => (v === undefined ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.')),
  parse: (v: string | undefined) => Number((v ?? '').replace(/\D/g, '')),
};

/** What the dialog sends: to which endpoint, with which body. */
export type ProcedureSave =
  | { kind: 'create'; body: CreateProcedureRequest }
  | { kind: 'edit'; body: UpdateProcedureRequest }
  | { kind: 'replace'; body: ReplaceProcedureRequest };

/**
 * The request of the dialog. A commune-level procedure is handled by the province (contracts/procedures.ts). On an
 * edit or a new version the document and step lists are sent only when changed: a list in use by dossiers cannot be
 * replaced in place.
 */
export function toProcedureSave(mode: FormMode, v: ProcedureFormValues, provinceId: string | undefined): ProcedureSave {
  const documents = v.documents.map((d) => ({ name: d.name.trim(), form: d.form, quantity: d.quantity, isRequired: d.isRequired }));
  const steps = v.steps.map((s) => ({ unitId: s.unitId ?? '', name: s.name.trim(), timeShare: shareOf(s.percent) }));
  const fields = {
    nationalCode: v.nationalCode.trim(),
    name: v.name.trim(),
    sector: v.sector.trim(),
    level: v.level,
    handlingUnitId: v.level === 'commune' && provinceId ? provinceId : (v.handlingUnitId ?? ''),
    // A same-day procedure has no amount, only its cutoff (docs/DOMAIN.md §3.9).
    durationValue: v.durationUnit === 'same_day' ? 0 : v.durationValue,
    durationUnit: v.durationUnit,
    cutoff: v.durationUnit === 'same_day' ? v.cutoff?.trim() || null : null,
    feeText: v.feeText?.trim() || null,
    feeAmount: v.feeAmount ?? null,
    onlineLevel: v.onlineLevel,
    isInterAgency: v.isInterAgency,
    paymentPausesClock: v.paymentPausesClock,
    resultText: v.resultText?.trim() || null,
    legalBasis: v.legalBasis?.trim() || null,
  };
  const validTo = day(v.validTo);
  if (mode.kind === 'create')
    return { kind: 'create', body: { ...fields, documents, steps, validFrom: day(v.validFrom) ?? undefined, validTo } };
  const p = mode.procedure;
  const docsChanged = JSON.stringify(documents) !== JSON.stringify(documentRows(p));
  const stepsChanged =
    JSON.stringify(steps) !== JSON.stringify(p.steps.map((s) => ({ unitId: s.unitId, name: s.name, timeShare: s.timeShare })));
  const lists = { ...(docsChanged ? { documents } : {}), ...(stepsChanged ? { steps } : {}) };
  if (mode.kind === 'edit') return { kind: 'edit', body: { ...fields, ...lists, validFrom: day(v.validFrom) ?? undefined, validTo } };
  return { kind: 'replace', body: { ...fields, ...lists, validFrom: day(v.validFrom) ?? '', validTo } };
}
