import { err, ok, type Result } from '../shared/result';
import { dateOf, startOfDay, type Instant, type LocalDate } from './local-date';
import type { WorkingCalendar } from './working-calendar';

// Procedures resolved within the day of receipt (docs/DOMAIN.md §3.9): received by the cutoff hour on a working day,
// due at the close of that day's office hours; otherwise at the close of the next working day.

/** A version of the same-day rule: the default cutoff hour, its legal reference and the days it is in force. */
export interface SameDayRule {
  readonly validFrom: LocalDate;
  /** Last day in force (inclusive), null while in force. */
  readonly validTo: LocalDate | null;
  /** Default cutoff 'HH:mm' (Vietnam time) of a same-day procedure that sets none of its own. */
  readonly defaultCutoff: string;
  readonly legalRef: string;
}

// Decree 23/2015/NĐ-CP Art. 7 (in force 10/4/2015): certification the same day, or the next working day when the
// request is received after 15:00; the Ministry of Justice's civil-status procedures (Law 60/2014/QH13 Art. 16(2),
// 18(2), 34(2); catalogue of Decision 1872/QĐ-BTP/2020) read the same (docs/DOMAIN.md §3.9).
/** The versions of the same-day rule, oldest first; a change of the law is a new row, never an edit of the code. */
export const SAME_DAY_RULES: readonly SameDayRule[] = [
  {
    validFrom: '2015-04-10' as LocalDate,
    validTo: null,
    defaultCutoff: '15:00',
    legalRef:
      'Nghị định 23/2015/NĐ-CP, Điều 7 (chứng thực); Luật Hộ tịch 2014, Điều 16, 18, 34 (đăng ký ngay trong ngày) như Bộ Tư pháp công bố thủ tục: tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo',
  },
];

/** The rule in force on a date (the first version when the date precedes every version). */
export function sameDayRuleOn(date: LocalDate, rules: readonly SameDayRule[] = SAME_DAY_RULES): SameDayRule {
  const found = rules.find((r) => r.validFrom <= date && (r.validTo === null || date <= r.validTo));
  const first = rules[0];
  if (found) return found;
  if (first === undefined) throw new RangeError('No same-day rule is defined');
  return first;
}

const CUTOFF_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Reads a cutoff 'HH:mm' (00:00–23:59) as minutes after midnight. */
export function parseCutoff(value: string): Result<number, 'INVALID_CUTOFF'> {
  const m = CUTOFF_RE.exec(value);
  if (m === null) return err('INVALID_CUTOFF', `Cutoff must be a time of day HH:mm (00:00–23:59), got ${value}`);
  return ok(Number(m[1]) * 60 + Number(m[2]));
}

/** True when a string is a cutoff 'HH:mm' (00:00–23:59). */
export function isCutoff(value: string): boolean {
  return CUTOFF_RE.test(value);
}

/** Where the due moment of a same-day dossier falls, and why. */
export interface SameDayDue {
  readonly dueAt: Instant;
  /** 'same_day' when received by the cutoff on a working day before its close; else 'next_working_day'. */
  readonly resolvedOn: 'same_day' | 'next_working_day';
}

// Decree 23/2015/NĐ-CP Art. 7: "sau 15 giờ" (after 15:00) moves the result to the next working day, so a receipt at
// exactly the cutoff (15:00:00) is still resolved the same day; a receipt on a closed day, after the day's close or
// after the cutoff is due at the close of the next working day (docs/DOMAIN.md §3.9).
/** Due moment of a same-day procedure received at `receivedAt`, with its cutoff in minutes after midnight. */
export function sameDayDue(calendar: WorkingCalendar, receivedAt: Instant, cutoffMinutes: number): SameDayDue {
  if (!Number.isInteger(cutoffMinutes) || cutoffMinutes < 0 || cutoffMinutes >= 24 * 60) {
    throw new RangeError(`Cutoff must be minutes in [0, 1440), got ${cutoffMinutes}`);
  }
  if (!calendar.covers(receivedAt)) throw new RangeError('Receipt outside the calendar range');
  const day = dateOf(receivedAt);
  const close = calendar.closeOfDay(day);
  const byCutoff = receivedAt <= startOfDay(day) + cutoffMinutes * 60_000;
  if (close !== null && byCutoff && receivedAt < close) return { dueAt: close, resolvedOn: 'same_day' };
  const next = calendar.addWorkingDays(day, 1);
  const nextClose = calendar.closeOfDay(next);
  if (nextClose === null) throw new RangeError('Result falls outside the calendar range');
  return { dueAt: nextClose, resolvedOn: 'next_working_day' };
}
