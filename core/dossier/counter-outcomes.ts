import type { LocalDate } from '../calendar/local-date';
import { cleanText } from '../shared/text';
import { err, ok, type Result } from '../shared/result';
import { ruleSetOn, type FormRule } from './rule-sets';

// Counter outcomes before a dossier exists (issue #14 point 2, docs/ONE-STOP.md "Counter outcomes"): at the counter an
// incomplete dossier gets form 02 "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ" listing the missing and wrong documents, an
// ineligible request gets form 03 "Phiếu từ chối tiếp nhận giải quyết hồ sơ" with the reason (Decree 118/2025/NĐ-CP;
// Circular 03/2025/TT-VPCP Annex I, forms 02 and 03; before 1/7/2025 Decree 61/2018/NĐ-CP Art. 15 and Circular
// 01/2018/TT-VPCP forms 02, 03 — articles not read here, decision 0005). Neither creates a dossier: they are counted
// apart from the timeliness figures.

/** What happened at the counter: guided to complete the dossier (form 02) or refused (form 03). */
export const COUNTER_OUTCOME_KINDS = ['guided', 'refused'] as const;
/** A counter outcome kind. */
export type CounterOutcomeKind = (typeof COUNTER_OUTCOME_KINDS)[number];

/** Display names of the kinds, as the register and the statistics count them. */
export const COUNTER_OUTCOME_LABELS = {
  guided: { vi: 'Đã hướng dẫn', en: 'Guided' },
  refused: { vi: 'Từ chối tại quầy', en: 'Refused at the counter' },
} as const satisfies Record<CounterOutcomeKind, { vi: string; en: string }>;

/** The form each kind issues (the API's form codes, Circular 03/2025/TT-VPCP numbering). */
export const COUNTER_OUTCOME_FORM = { guided: '02', refused: '03' } as const satisfies Record<CounterOutcomeKind, '02' | '03'>;

/** Longest line of a list, longest reason, most lines (what one printed page can hold). */
export const COUNTER_LIMITS = { line: 500, reason: 2000, lines: 30 } as const;

/** A document of the procedure's checklist as the counter shows it. */
export type ChecklistDocument = { readonly id: string; readonly name: string; readonly required: boolean };

/** A document the applicant must still bring (from the checklist, or written by the clerk). */
export type MissingItem = { readonly documentId: string | null; readonly name: string };
/** A document brought but not right, with what is wrong. */
export type WrongItem = { readonly name: string; readonly note: string | null };

/** The content of form 02: what to add and what to correct. */
export type GuidanceContent = { readonly missing: readonly MissingItem[]; readonly wrong: readonly WrongItem[] };

/** Why a counter outcome is refused. */
export type CounterOutcomeErrorCode = 'COUNTER_GUIDANCE_EMPTY' | 'COUNTER_REASON_REQUIRED' | 'COUNTER_LINE_INVALID';

/** A problem with one field, by path under the request body. */
export type CounterIssue = { readonly path: string; readonly message: string };

// The clerk's checklist: every required document the applicant did not bring is listed as missing on form 02
// (Decree 118/2025/NĐ-CP: the one-stop officer guides the applicant to complete the dossier in one go, "hướng dẫn một
// lần, đầy đủ" — article not read here, decision 0005).
/** The required documents of the checklist that were not ticked, in checklist order: form 02's missing list, pre-filled. */
export function missingFromChecklist(documents: readonly ChecklistDocument[], ticked: readonly string[]): MissingItem[] {
  const have = new Set(ticked);
  return documents.filter((d) => d.required && !have.has(d.id)).map((d) => ({ documentId: d.id, name: d.name }));
}

const clean = (s: string | null | undefined): string => cleanText(s ?? '') ?? '';

/** One line checked: blank lines are dropped, an overlong one is an issue. */
function line(value: string, path: string, issues: CounterIssue[]): string | null {
  const v = clean(value);
  if (!v) return null;
  if (v.length > COUNTER_LIMITS.line)
    issues.push({ path, message: `Tối đa ${COUNTER_LIMITS.line} ký tự / at most ${COUNTER_LIMITS.line} characters` });
  return v;
}

// Form 02 lists what to add or correct (Circular 03/2025/TT-VPCP Annex I, form 02): a slip listing nothing is no
// guidance, so at least one line is required; the same document is listed once.
/** Form 02's content from the clerk's lines: blank lines dropped, duplicates merged, at least one line, each within limits. */
export function planGuidance(input: {
  missing: readonly { documentId?: string | null | undefined; name: string }[];
  wrong: readonly { name: string; note?: string | null | undefined }[];
}): Result<GuidanceContent, CounterOutcomeErrorCode> & { issues?: CounterIssue[] } {
  const issues: CounterIssue[] = [];
  const seen = new Set<string>();
  const missing: MissingItem[] = [];
  input.missing.forEach((m, i) => {
    const name = line(m.name, `body.missing.${i}.name`, issues);
    if (name === null || seen.has(name.toLowerCase())) return;
    seen.add(name.toLowerCase());
    missing.push({ documentId: m.documentId ?? null, name });
  });
  const wrong: WrongItem[] = [];
  input.wrong.forEach((w, i) => {
    const name = line(w.name, `body.wrong.${i}.name`, issues);
    const note = line(w.note ?? '', `body.wrong.${i}.note`, issues);
    if (name !== null) wrong.push({ name, note });
    else if (note !== null) issues.push({ path: `body.wrong.${i}.name`, message: 'Cần ghi tên giấy tờ / name the document' });
  });
  if (missing.length + wrong.length > COUNTER_LIMITS.lines)
    issues.push({ path: 'body.missing', message: `Tối đa ${COUNTER_LIMITS.lines} dòng / at most ${COUNTER_LIMITS.lines} lines` });
  if (issues.length) return { ...err('COUNTER_LINE_INVALID', 'invalid line'), issues };
  if (!missing.length && !wrong.length) {
    return {
      ...err('COUNTER_GUIDANCE_EMPTY', 'nothing to add or correct'),
      issues: [{ path: 'body.missing', message: 'Cần ghi ít nhất một giấy tờ còn thiếu hoặc chưa đúng / list at least one document' }],
    };
  }
  return ok({ missing, wrong });
}

// Form 03 states the reason the request is not received (Circular 03/2025/TT-VPCP Annex I, form 03).
/** The reason printed on form 03, cleaned; required and within limits. */
export function planRefusalReason(
  reason: string | null | undefined,
): Result<string, CounterOutcomeErrorCode> & { issues?: CounterIssue[] } {
  const r = clean(reason);
  if (!r)
    return {
      ...err('COUNTER_REASON_REQUIRED', 'reason required'),
      issues: [{ path: 'body.reason', message: 'Cần ghi lý do từ chối / a reason is required' }],
    };
  if (r.length > COUNTER_LIMITS.reason)
    return {
      ...err('COUNTER_LINE_INVALID', 'reason too long'),
      issues: [{ path: 'body.reason', message: `Tối đa ${COUNTER_LIMITS.reason} ký tự / at most ${COUNTER_LIMITS.reason} characters` }],
    };
  return ok(r);
}

// The form printed follows the rule set in force on the day of the counter outcome (docs/DOMAIN.md §10.1): Circular
// 01/2018/TT-VPCP before 1 July 2025, Circular 03/2025/TT-VPCP Annex I from that day.
/** The number, title and source of the form a counter outcome prints on a Vietnam date. */
export function counterFormRule(kind: CounterOutcomeKind, day: LocalDate): FormRule {
  return ruleSetOn(day).forms[COUNTER_OUTCOME_FORM[kind]];
}

/** Counter outcomes counted by kind. */
export type CounterOutcomeCounts = { guided: number; refused: number };

/** Adds counts of rows by kind (the statistics' separate section). */
export function tallyCounterOutcomes(rows: readonly { kind: CounterOutcomeKind; count: number }[]): CounterOutcomeCounts {
  const c: CounterOutcomeCounts = { guided: 0, refused: 0 };
  for (const r of rows) c[r.kind] += r.count;
  return c;
}
