import { err, ok, type Result } from '../shared/result';

// Vietnam keeps one civil time, UTC+7 (ICT), with no daylight saving; all local clocks below use it.

/** A calendar date in Vietnam as 'YYYY-MM-DD' (branded so unchecked strings cannot slip in). */
export type LocalDate = string & { readonly __brand: 'LocalDate' };

/** An instant as epoch milliseconds (UTC); rendered at UTC+7 by formatMoment. */
export type Instant = number;

/** An ISO 8601 moment string; those produced here always carry the +07:00 offset. */
export type IsoMoment = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A wall-clock reading at UTC+7. */
export interface LocalDateTime {
  readonly date: LocalDate;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

/** Milliseconds in one civil day. */
export const MS_PER_DAY = 86_400_000;
/** Milliseconds in one minute. */
export const MS_PER_MINUTE = 60_000;
/** Offset of Vietnam time from UTC in milliseconds (UTC+7, no DST). */
export const VN_OFFSET_MS = 7 * 3_600_000;
/** The textual offset used on every moment this module writes. */
export const VN_OFFSET = '+07:00';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MOMENT_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;
const CLOCK_RE = /^(\d{2}):(\d{2})$/;

/** True for a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a Gregorian month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 for a proleptic Gregorian date (integer arithmetic, no Date object). */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Year, month and day of a day number (days since 1970-01-01). */
export function partsFromDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, '0');

function formatParts(year: number, month: number, day: number): LocalDate {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}` as LocalDate;
}

function validParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Type guard: a real calendar date written exactly as 'YYYY-MM-DD'. */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  return m !== null && validParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Validates a 'YYYY-MM-DD' string into a LocalDate. */
export function parseLocalDate(value: string): Result<LocalDate, 'INVALID_DATE'> {
  return isLocalDate(value) ? ok(value) : err('INVALID_DATE', `Not a valid YYYY-MM-DD date: ${value}`);
}

/** Asserts a trusted literal (seed data, tests) is a LocalDate; throws RangeError on a typo. */
export function asLocalDate(value: string): LocalDate {
  if (!isLocalDate(value)) throw new RangeError(`Not a valid YYYY-MM-DD date: ${value}`);
  return value;
}

/** Builds a LocalDate from year, month (1–12) and day. */
export function localDateFromParts(year: number, month: number, day: number): Result<LocalDate, 'INVALID_DATE'> {
  return validParts(year, month, day) ? ok(formatParts(year, month, day)) : err('INVALID_DATE', `Invalid date ${year}-${month}-${day}`);
}

/** Year, month and day of a LocalDate. */
export function dateParts(date: LocalDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Days since 1970-01-01 of a LocalDate. */
export function toDayNumber(date: LocalDate): number {
  const p = dateParts(date);
  return dayNumberFromParts(p.year, p.month, p.day);
}

/** LocalDate of a day number (days since 1970-01-01). */
export function fromDayNumber(dayNumber: number): LocalDate {
  const p = partsFromDayNumber(dayNumber);
  return formatParts(p.year, p.month, p.day);
}

/** The date n days after (or before, if negative) a date. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from a to b (positive when b is later). */
export function diffDays(a: LocalDate, b: LocalDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Orders two dates: -1, 0 or 1. */
export function compareDates(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** ISO weekday of a day number (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): Weekday {
  return (((((dayNumber + 3) % 7) + 7) % 7) + 1) as Weekday;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a date. */
export function weekdayOf(date: LocalDate): Weekday {
  return weekdayOfDayNumber(toDayNumber(date));
}

/** True for Saturday or Sunday. */
export function isWeekend(date: LocalDate): boolean {
  return weekdayOf(date) >= 6;
}

/** Every date from `from` to `to` inclusive (empty when to < from). */
export function datesBetween(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  const end = toDayNumber(to);
  for (let d = toDayNumber(from); d <= end; d++) out.push(fromDayNumber(d));
  return out;
}

/** Parses 'HH:mm' (00:00–24:00) into minutes after midnight. */
export function parseClock(value: string): Result<number, 'INVALID_CLOCK'> {
  const m = CLOCK_RE.exec(value);
  if (m === null) return err('INVALID_CLOCK', `Not an HH:mm time: ${value}`);
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return err('INVALID_CLOCK', `Not an HH:mm time: ${value}`);
  return ok(h * 60 + min);
}

/** Formats minutes after midnight as 'HH:mm'. */
export function formatClock(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** The instant at which a Vietnamese civil day begins (00:00 at UTC+7). */
export function startOfDay(date: LocalDate): Instant {
  return toDayNumber(date) * MS_PER_DAY - VN_OFFSET_MS;
}

/** Day number (at UTC+7) containing an instant. */
export function dayNumberOfInstant(t: Instant): number {
  return Math.floor((t + VN_OFFSET_MS) / MS_PER_DAY);
}

/** The Vietnamese calendar date containing an instant. */
export function dateOf(t: Instant): LocalDate {
  return fromDayNumber(dayNumberOfInstant(t));
}

/** Today's date in Vietnam (UTC+7, no daylight saving) at the moment `now`: the one "today" of server and web. */
export function vietnamToday(now: Date): LocalDate {
  return dateOf(now.getTime());
}

/** The instant of a wall-clock time at UTC+7, e.g. momentAt(d, '16:59'); throws RangeError on a bad literal. */
export function momentAt(date: LocalDate, clock: string): Instant {
  const m = parseClock(clock);
  if (!m.ok) throw new RangeError(m.message ?? m.code);
  return startOfDay(date) + m.value * MS_PER_MINUTE;
}

/** The instant of a wall-clock reading at UTC+7. */
export function fromLocalDateTime(ldt: LocalDateTime): Instant {
  return startOfDay(ldt.date) + ((ldt.hour * 60 + ldt.minute) * 60 + ldt.second) * 1000 + ldt.millisecond;
}

/** The wall-clock reading at UTC+7 of an instant. */
export function toLocalDateTime(t: Instant): LocalDateTime {
  const day = dayNumberOfInstant(t);
  let rest = t + VN_OFFSET_MS - day * MS_PER_DAY;
  const millisecond = rest % 1000;
  rest = (rest - millisecond) / 1000;
  const second = rest % 60;
  rest = (rest - second) / 60;
  return { date: fromDayNumber(day), hour: Math.floor(rest / 60), minute: rest % 60, second, millisecond };
}

/** Renders an instant as ISO 8601 at UTC+7, e.g. '2026-02-17T07:30:00+07:00' (milliseconds only when non-zero). */
export function formatMoment(t: Instant): IsoMoment {
  const l = toLocalDateTime(t);
  const ms = l.millisecond === 0 ? '' : `.${String(l.millisecond).padStart(3, '0')}`;
  return `${l.date}T${pad2(l.hour)}:${pad2(l.minute)}:${pad2(l.second)}${ms}${VN_OFFSET}`;
}

/** Parses an ISO 8601 moment; 'Z' or ±HH:mm offsets are honoured, a missing offset means Vietnam time (+07:00). */
export function parseMoment(value: string): Result<Instant, 'INVALID_MOMENT'> {
  const m = MOMENT_RE.exec(value);
  const bad = err('INVALID_MOMENT', `Not an ISO 8601 moment: ${value}`);
  if (m === null) return bad;
  const [year, month, day, hour, minute] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millisecond = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000 + 1e-6);
  if (!validParts(year, month, day) || hour > 23 || minute > 59 || second > 59) return bad;
  let offsetMs = VN_OFFSET_MS;
  const tz = m[8];
  if (tz !== undefined && tz !== 'Z') {
    const digits = tz.replace(':', '');
    const oh = Number(digits.slice(1, 3));
    const om = Number(digits.slice(3, 5));
    if (oh > 14 || om > 59) return bad;
    offsetMs = (tz.startsWith('-') ? -1 : 1) * (oh * 60 + om) * MS_PER_MINUTE;
  } else if (tz === 'Z') {
    offsetMs = 0;
  }
  const local = dayNumberFromParts(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millisecond;
  return ok(local - offsetMs);
}

/** Parses a moment or accepts an instant as is; the common entry for APIs taking either. */
export function toInstant(value: IsoMoment | Instant): Result<Instant, 'INVALID_MOMENT'> {
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : err('INVALID_MOMENT', 'Instant is not finite');
  return parseMoment(value);
}
