import { err, ok, type Result } from '../shared/result';
import { NON_WORKING_KINDS, validateCalendarDay, type CalendarDay, type CalendarDayStatus } from './holidays';
import {
  MS_PER_DAY,
  MS_PER_MINUTE,
  VN_OFFSET_MS,
  dateParts,
  fromDayNumber,
  isLocalDate,
  toDayNumber,
  weekdayOfDayNumber,
  type Instant,
  type LocalDate,
} from './local-date';
import {
  DEFAULT_OFFICE_HOURS,
  WORKING_DAY_HOURS,
  compileOfficeHours,
  describeSessions,
  type CompiledSession,
  type OfficeHours,
  type OfficeSession,
} from './office-hours';

/** Unit of a legal processing time (docs/DOMAIN.md §3.1). */
export type DurationUnit = 'working_day' | 'working_hour' | 'calendar_day';

/** Unit in which working time between two moments is reported (1 working day = 8 h). */
export type WorkingTimeUnit = 'working_minute' | 'working_hour' | 'working_day';

/** Office hours valid from a date until the next period starts (seasonal hours). */
export interface OfficeHoursPeriod {
  readonly from: LocalDate;
  readonly hours: OfficeHours;
}

/** Input of buildCalendar. */
export interface CalendarInput {
  readonly days: readonly CalendarDay[];
  readonly officeHours?: OfficeHours;
  /** Optional seasonal office hours; before the first period `officeHours` applies. */
  readonly officeHoursPeriods?: readonly OfficeHoursPeriod[];
  /** Unit whose local closures apply; entries with another unitId are ignored, null/absent entries always apply. */
  readonly unitId?: string | null;
  /** Days indexed for O(log n) arithmetic; default 2000-01-01..2099-12-31, widened to cover every entry. */
  readonly range?: { readonly from: LocalDate; readonly to: LocalDate };
  /** Which statuses count; default both 'confirmed' and 'proposed'. */
  readonly statuses?: readonly CalendarDayStatus[];
}

/** What the calendar knows about one date. */
export interface DayInfo {
  readonly date: LocalDate;
  readonly working: boolean;
  readonly sessions: readonly OfficeSession[];
  readonly entries: readonly CalendarDay[];
}

// Methods taking moments throw RangeError for a moment or result outside `range`, or for a negative / non-finite
// amount (programming errors: check `covers` first, as legal-clock.ts does); everything else is total.
/** A precomputed working calendar at UTC+7 over epoch-ms Instants. */
export interface WorkingCalendar {
  readonly range: { readonly from: LocalDate; readonly to: LocalDate };
  readonly unitId: string | null;
  /** True when the instant lies inside the indexed range. */
  covers(t: Instant): boolean;
  /** True when the office is open on that date (weekends closed unless make-up day; holidays closed). */
  isWorkingDay(date: LocalDate): boolean;
  /** True when the instant falls inside an office session of a working day. */
  isWorkingMoment(t: Instant): boolean;
  /** Sessions and calendar entries of a date. */
  dayInfo(date: LocalDate): DayInfo;
  /** The instant itself if the office is open then, otherwise the next opening. */
  nextWorkingMoment(t: Instant): Instant;
  /** Due moment of a period of `amount` units counted from `from` (see the module rules). */
  addWorking(from: Instant, amount: number, unit: DurationUnit): Instant;
  /** Moves an instant forward by working minutes (0 leaves it unchanged), used to push a due moment past a pause. */
  shiftWorking(t: Instant, minutes: number): Instant;
  /** Working time from a to b (negative when b < a), default in working minutes. */
  workingTimeBetween(a: Instant, b: Instant, unit?: WorkingTimeUnit): number;
  /** The n-th working day after a date (n = 0: the date itself if working, else the next working day). */
  addWorkingDays(date: LocalDate, n: number): LocalDate;
  /** End of the last session of a working date (its close), or null when the office is closed that day. */
  closeOfDay(date: LocalDate): Instant | null;
}

/** Errors of buildCalendar. */
export type CalendarBuildError = 'INVALID_OFFICE_HOURS' | 'INVALID_CALENDAR_DAY' | 'INVALID_RANGE';

/** Milliseconds of working time in each reporting unit. */
export const WORKING_UNIT_MS: Readonly<Record<WorkingTimeUnit, number>> = {
  working_minute: MS_PER_MINUTE,
  working_hour: 60 * MS_PER_MINUTE,
  working_day: WORKING_DAY_HOURS * 60 * MS_PER_MINUTE,
};

interface Pattern {
  readonly sessions: readonly CompiledSession[];
  readonly starts: Float64Array; // ms after local midnight
  readonly ends: Float64Array;
  readonly total: number; // working ms
}

function toPattern(sessions: readonly CompiledSession[]): Pattern {
  const starts = new Float64Array(sessions.map((s) => s.start * MS_PER_MINUTE));
  const ends = new Float64Array(sessions.map((s) => s.end * MS_PER_MINUTE));
  let total = 0;
  for (let j = 0; j < starts.length; j++) total += (ends[j] ?? 0) - (starts[j] ?? 0);
  return { sessions, starts, ends, total };
}

const NON_WORKING = new Set<string>(NON_WORKING_KINDS);

// Rules (docs/DOMAIN.md §2.2, §3.1): weekdays follow the office hours; a makeup_workday opens the office with make-up hours;
// holiday, tet, compensatory, swap_off and local_closure close it (a closure wins over a make-up day).
// addWorking units:
// - working_hour: the moment the amount of office time has elapsed, counted from the next opening (DVCQG exchanges hours);
// - working_day: same clock time on the N-th following working day, counted from the next opening (a receipt
//   outside office hours counts from the next opening); non-integer amounts are converted at 8 h per day;
// - calendar_day: first day not counted (Civil Code 2015 Art. 147(2)); ends at the close of the last day
//   (Art. 148(1)), or at the close of the next working day when the last day is a weekend or holiday (Art. 148(5)).
// The index holds, per day, a session pattern, cumulative working ms and a working-day ordinal, so addWorking is
// O(log n) (binary search over the cumulative index) for hours and O(1) for working and calendar days.
/** Builds a working calendar (precomputed index) from calendar entries and office hours; invalid input gives a typed error. */
export function buildCalendar(input: CalendarInput): Result<WorkingCalendar, CalendarBuildError> {
  const unitId = input.unitId ?? null;
  const statuses = new Set<CalendarDayStatus>(input.statuses ?? ['confirmed', 'proposed']);
  const entriesByDay = new Map<number, CalendarDay[]>();
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (const e of input.days) {
    const problems = validateCalendarDay(e as unknown as Record<string, unknown>);
    if (problems.length > 0) return err('INVALID_CALENDAR_DAY', `${String(e.date)}: ${problems.join('; ')}`, { day: e });
    if (!statuses.has(e.status)) continue;
    if (e.unitId !== undefined && e.unitId !== null && e.unitId !== unitId) continue;
    const dn = toDayNumber(e.date);
    minDay = Math.min(minDay, dn);
    maxDay = Math.max(maxDay, dn);
    const list = entriesByDay.get(dn);
    if (list === undefined) entriesByDay.set(dn, [e]);
    else list.push(e);
  }

  const baseHours = compileOfficeHours(input.officeHours ?? DEFAULT_OFFICE_HOURS);
  if (!baseHours.ok) return baseHours;
  const periods: { from: number; hours: typeof baseHours.value }[] = [];
  for (const p of [...(input.officeHoursPeriods ?? [])].sort((a, b) => (a.from < b.from ? -1 : 1))) {
    if (!isLocalDate(p.from)) return err('INVALID_OFFICE_HOURS', `Bad period start ${String(p.from)}`);
    const c = compileOfficeHours(p.hours);
    if (!c.ok) return c;
    periods.push({ from: toDayNumber(p.from), hours: c.value });
  }

  const rFrom = input.range?.from ?? ('2000-01-01' as LocalDate);
  const rTo = input.range?.to ?? ('2099-12-31' as LocalDate);
  if (!isLocalDate(rFrom) || !isLocalDate(rTo) || rFrom > rTo) return err('INVALID_RANGE', 'range must be two dates, from <= to');
  const firstDay = Math.min(
    toDayNumber(rFrom),
    minDay === Infinity ? Infinity : toDayNumber(`${dateParts(fromDayNumber(minDay)).year}-01-01` as LocalDate),
  );
  const lastDay = Math.max(
    toDayNumber(rTo),
    maxDay === -Infinity ? -Infinity : toDayNumber(`${dateParts(fromDayNumber(maxDay)).year}-12-31` as LocalDate),
  );
  const n = lastDay - firstDay + 1;
  if (n > 200 * 366) return err('INVALID_RANGE', 'range is limited to 200 years');

  // Patterns: 0 = closed; others interned by the compiled session arrays they come from.
  const patterns: Pattern[] = [toPattern([])];
  const patternIds = new Map<readonly CompiledSession[], number>();
  const patternId = (s: readonly CompiledSession[]): number => {
    if (s.length === 0) return 0;
    let id = patternIds.get(s);
    if (id === undefined) {
      id = patterns.length;
      patterns.push(toPattern(s));
      patternIds.set(s, id);
    }
    return id;
  };

  const patternOf = new Uint16Array(n);
  const cum = new Float64Array(n + 1); // working ms before day i
  const wdOrd = new Int32Array(n + 1); // working days before day i
  const wdTmp: number[] = [];
  let hours = baseHours.value;
  let nextPeriod = 0;
  for (let i = 0; i < n; i++) {
    const dn = firstDay + i;
    while (nextPeriod < periods.length && (periods[nextPeriod]?.from ?? Infinity) <= dn) hours = periods[nextPeriod++]?.hours ?? hours;
    const entries = entriesByDay.get(dn);
    const weekday = weekdayOfDayNumber(dn);
    let sessions: readonly CompiledSession[] = hours.weekly[weekday] ?? [];
    if (entries !== undefined) {
      if (entries.some((e) => NON_WORKING.has(e.kind))) sessions = [];
      else if (entries.some((e) => e.kind === 'makeup_workday') && sessions.length === 0) sessions = hours.makeupDay;
    }
    const p = patternId(sessions);
    patternOf[i] = p;
    const total = patterns[p]?.total ?? 0;
    cum[i + 1] = (cum[i] ?? 0) + total;
    wdOrd[i + 1] = (wdOrd[i] ?? 0) + (total > 0 ? 1 : 0);
    if (total > 0) wdTmp.push(i);
  }
  const wdList = Int32Array.from(wdTmp);
  const totalMs = cum[n] ?? 0;
  const defaultHours = baseHours.value;

  const dayBase = (i: number): number => (firstDay + i) * MS_PER_DAY - VN_OFFSET_MS;
  const indexOf = (t: Instant): number => {
    if (!Number.isFinite(t)) throw new RangeError('Instant is not finite');
    const i = Math.floor((t + VN_OFFSET_MS) / MS_PER_DAY) - firstDay;
    if (i < 0 || i >= n)
      throw new RangeError(`Instant ${t} is outside the calendar range ${fromDayNumber(firstDay)}..${fromDayNumber(lastDay)}`);
    return i;
  };
  const pat = (i: number): Pattern => patterns[patternOf[i] ?? 0] ?? (patterns[0] as Pattern);

  /** Working ms elapsed from the start of the range up to t. */
  const workingMsAt = (t: Instant): number => {
    const i = indexOf(t);
    const p = pat(i);
    const x = t - dayBase(i);
    let e = 0;
    for (let j = 0; j < p.starts.length; j++) {
      const s = p.starts[j] ?? 0;
      if (x <= s) break;
      e += Math.min(x, p.ends[j] ?? 0) - s;
    }
    return (cum[i] ?? 0) + e;
  };

  /** Smallest i with cum[i + 1] > w (strict) or >= w. */
  const dayForWorkingMs = (w: number, strict: boolean): number => {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = cum[mid + 1] ?? 0;
      if (strict ? c > w : c >= w) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };

  /** The first instant at which w working ms have elapsed (a due moment). */
  const momentAtEnd = (w: number): Instant => {
    if (w <= 0 || w > totalMs) throw new RangeError('Result falls outside the calendar range');
    const i = dayForWorkingMs(w, false);
    const p = pat(i);
    let r = w - (cum[i] ?? 0);
    for (let j = 0; j < p.starts.length; j++) {
      const len = (p.ends[j] ?? 0) - (p.starts[j] ?? 0);
      if (r <= len) return dayBase(i) + (p.starts[j] ?? 0) + r;
      r -= len;
    }
    throw new RangeError('unreachable: working ms not located');
  };

  /** The instant at which working ms number w begins (an opening or a moment inside a session). */
  const momentAtStart = (w: number): Instant => {
    if (w < 0 || w >= totalMs) throw new RangeError('No working time left in the calendar range');
    const i = dayForWorkingMs(w, true);
    const p = pat(i);
    let r = w - (cum[i] ?? 0);
    for (let j = 0; j < p.starts.length; j++) {
      const len = (p.ends[j] ?? 0) - (p.starts[j] ?? 0);
      if (r < len) return dayBase(i) + (p.starts[j] ?? 0) + r;
      r -= len;
    }
    throw new RangeError('unreachable: working ms not located');
  };

  /** Same clock time x (ms after midnight) on day i, pulled into its office hours. */
  const clampIntoDay = (i: number, x: number): Instant => {
    const p = pat(i);
    let prevEnd = -1;
    for (let j = 0; j < p.starts.length; j++) {
      const s = p.starts[j] ?? 0;
      if (x < s) return dayBase(i) + (prevEnd >= 0 ? prevEnd : s);
      const e = p.ends[j] ?? 0;
      if (x <= e) return dayBase(i) + x;
      prevEnd = e;
    }
    return dayBase(i) + prevEnd;
  };

  const checkAmount = (amount: number): void => {
    if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`Amount must be a finite number >= 0, got ${amount}`);
  };

  const nextWorkingMoment = (t: Instant): Instant => momentAtStart(workingMsAt(t));

  const inRange = (date: LocalDate): number | null => {
    const i = toDayNumber(date) - firstDay;
    return i >= 0 && i < n ? i : null;
  };

  const calendar: WorkingCalendar = {
    range: { from: fromDayNumber(firstDay), to: fromDayNumber(lastDay) },
    unitId,
    covers: (t) =>
      Number.isFinite(t) &&
      Math.floor((t + VN_OFFSET_MS) / MS_PER_DAY) - firstDay >= 0 &&
      Math.floor((t + VN_OFFSET_MS) / MS_PER_DAY) - firstDay < n,
    isWorkingDay: (date) => {
      const i = inRange(date);
      if (i !== null) return patternOf[i] !== 0;
      return (defaultHours.weekly[weekdayOfDayNumber(toDayNumber(date))] ?? []).length > 0;
    },
    isWorkingMoment: (t) => workingMsAt(t + 1) > workingMsAt(t),
    dayInfo: (date) => {
      const i = inRange(date);
      const entries = entriesByDay.get(toDayNumber(date)) ?? [];
      const sessions = i !== null ? pat(i).sessions : (defaultHours.weekly[weekdayOfDayNumber(toDayNumber(date))] ?? []);
      return { date, working: sessions.length > 0, sessions: describeSessions(sessions), entries };
    },
    nextWorkingMoment,
    addWorking: (from, amount, unit) => {
      checkAmount(amount);
      if (amount === 0) return nextWorkingMoment(from);
      if (unit === 'working_hour' || (unit === 'working_day' && !Number.isInteger(amount))) {
        const ms = Math.round(amount * (unit === 'working_hour' ? WORKING_UNIT_MS.working_hour : WORKING_UNIT_MS.working_day));
        return momentAtEnd(workingMsAt(from) + ms);
      }
      if (!Number.isInteger(amount)) throw new RangeError('calendar_day amounts must be whole days');
      const start = nextWorkingMoment(from);
      const i = indexOf(start);
      if (unit === 'working_day') {
        const target = wdList[(wdOrd[i] ?? 0) + amount];
        if (target === undefined) throw new RangeError('Result falls outside the calendar range');
        return clampIntoDay(target, start - dayBase(i));
      }
      // calendar_day: Civil Code 2015 Art. 147(2), 148(1), 148(5)
      const last = i + amount;
      const target = last < n ? wdList[wdOrd[last] ?? 0] : undefined;
      if (target === undefined) throw new RangeError('Result falls outside the calendar range');
      const p = pat(target);
      return dayBase(target) + (p.ends[p.ends.length - 1] ?? 0);
    },
    shiftWorking: (t, minutes) => {
      checkAmount(minutes);
      if (minutes === 0) return t;
      return momentAtEnd(workingMsAt(t) + Math.round(minutes * MS_PER_MINUTE));
    },
    workingTimeBetween: (a, b, unit = 'working_minute') => (workingMsAt(b) - workingMsAt(a)) / WORKING_UNIT_MS[unit],
    addWorkingDays: (date, count) => {
      checkAmount(count);
      const i = inRange(date);
      if (i === null) throw new RangeError(`Date ${date} is outside the calendar range`);
      // From a closed date, the first working day after it is number 1 (and also number 0).
      const skip = patternOf[i] === 0 && count > 0 ? 1 : 0;
      const target = wdList[(wdOrd[i] ?? 0) + count - skip];
      if (target === undefined) throw new RangeError('Result falls outside the calendar range');
      return fromDayNumber(firstDay + target);
    },
    closeOfDay: (date) => {
      const i = inRange(date);
      if (i === null || patternOf[i] === 0) return null;
      const p = pat(i);
      return dayBase(i) + (p.ends[p.ends.length - 1] ?? 0);
    },
  };
  return ok(calendar);
}
