import { err, ok, type Result } from '../shared/result';
import {
  buildDayIndex,
  clampIntoDay,
  dayOfDate,
  dayOfInstant,
  dayStartOf,
  momentWhenBegins,
  momentWhenElapsed,
  patternAt,
  workingMsAt,
  type DayIndex,
  type HoursTimeline,
} from './day-index';
import { validateCalendarDay, type CalendarDay, type CalendarDayStatus } from './holidays';
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
  type CompiledOfficeHours,
  type OfficeHours,
  type OfficeSession,
} from './office-hours';

/** Unit of a legal processing time (docs/DOMAIN.md §3.1); 'same_day' is resolved within the day of receipt (§3.9). */
export type DurationUnit = 'working_day' | 'working_hour' | 'calendar_day' | 'same_day';

/** Units counted by an amount on the calendar (addWorking); 'same_day' has a cutoff instead (core/calendar/same-day.ts). */
export type CountedUnit = Exclude<DurationUnit, 'same_day'>;

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
  addWorking(from: Instant, amount: number, unit: CountedUnit): Instant;
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

/** Calendar entries that apply, by day number, with the first and last day holding one. */
interface CollectedEntries {
  readonly byDay: Map<number, CalendarDay[]>;
  readonly minDay: number;
  readonly maxDay: number;
}

/** Validates every entry and keeps those of the wanted statuses that apply to the unit; an invalid entry is an error. */
function collectEntries(
  days: readonly CalendarDay[],
  statuses: ReadonlySet<CalendarDayStatus>,
  unitId: string | null,
): Result<CollectedEntries, 'INVALID_CALENDAR_DAY'> {
  const byDay = new Map<number, CalendarDay[]>();
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (const e of days) {
    const problems = validateCalendarDay(e as unknown as Record<string, unknown>);
    if (problems.length > 0) return err('INVALID_CALENDAR_DAY', `${String(e.date)}: ${problems.join('; ')}`, { day: e });
    if (!statuses.has(e.status)) continue;
    if (e.unitId !== undefined && e.unitId !== null && e.unitId !== unitId) continue;
    const dn = toDayNumber(e.date);
    minDay = Math.min(minDay, dn);
    maxDay = Math.max(maxDay, dn);
    const list = byDay.get(dn);
    if (list === undefined) byDay.set(dn, [e]);
    else list.push(e);
  }
  return ok({ byDay, minDay, maxDay });
}

/** Compiles the office hours and the seasonal periods (sorted by start) into a timeline. */
function compileHoursTimeline(input: CalendarInput): Result<HoursTimeline, 'INVALID_OFFICE_HOURS'> {
  const base = compileOfficeHours(input.officeHours ?? DEFAULT_OFFICE_HOURS);
  if (!base.ok) return base;
  const periods: { from: number; hours: CompiledOfficeHours }[] = [];
  for (const p of [...(input.officeHoursPeriods ?? [])].sort((a, b) => (a.from < b.from ? -1 : 1))) {
    if (!isLocalDate(p.from)) return err('INVALID_OFFICE_HOURS', `Bad period start ${String(p.from)}`);
    const c = compileOfficeHours(p.hours);
    if (!c.ok) return c;
    periods.push({ from: toDayNumber(p.from), hours: c.value });
  }
  return ok({ base: base.value, periods });
}

/** The indexed days: the requested range (default 2000–2099) widened to whole years around every entry, at most 200 years. */
function indexedSpan(
  range: CalendarInput['range'],
  entries: CollectedEntries,
): Result<{ firstDay: number; lastDay: number }, 'INVALID_RANGE'> {
  const rFrom = range?.from ?? ('2000-01-01' as LocalDate);
  const rTo = range?.to ?? ('2099-12-31' as LocalDate);
  if (!isLocalDate(rFrom) || !isLocalDate(rTo) || rFrom > rTo) return err('INVALID_RANGE', 'range must be two dates, from <= to');
  const { minDay, maxDay } = entries;
  const firstDay = Math.min(
    toDayNumber(rFrom),
    minDay === Infinity ? Infinity : toDayNumber(`${dateParts(fromDayNumber(minDay)).year}-01-01` as LocalDate),
  );
  const lastDay = Math.max(
    toDayNumber(rTo),
    maxDay === -Infinity ? -Infinity : toDayNumber(`${dateParts(fromDayNumber(maxDay)).year}-12-31` as LocalDate),
  );
  if (lastDay - firstDay + 1 > 200 * 366) return err('INVALID_RANGE', 'range is limited to 200 years');
  return ok({ firstDay, lastDay });
}

/** Builds a working calendar (precomputed index) from calendar entries and office hours; invalid input gives a typed error. */
export function buildCalendar(input: CalendarInput): Result<WorkingCalendar, CalendarBuildError> {
  const unitId = input.unitId ?? null;
  const entries = collectEntries(input.days, new Set<CalendarDayStatus>(input.statuses ?? ['confirmed', 'proposed']), unitId);
  if (!entries.ok) return entries;
  const timeline = compileHoursTimeline(input);
  if (!timeline.ok) return timeline;
  const span = indexedSpan(input.range, entries.value);
  if (!span.ok) return span;
  const { firstDay, lastDay } = span.value;
  const index = buildDayIndex(firstDay, lastDay - firstDay + 1, timeline.value, entries.value.byDay);
  return ok(calendarOver(index, entries.value.byDay, timeline.value.base, unitId));
}

/** Refuses a negative or non-finite amount (a programming error). */
function checkAmount(amount: number): void {
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`Amount must be a finite number >= 0, got ${amount}`);
}

/** The instant itself if the office is open then, otherwise the next opening. */
function nextOpening(index: DayIndex, t: Instant): Instant {
  return momentWhenBegins(index, workingMsAt(index, t));
}

// Rules (docs/DOMAIN.md §3.1), each period counted from the next opening (a receipt outside office hours counts from it):
// - working_hour: the moment the amount of office time has elapsed (DVCQG exchanges hours);
// - working_day: same clock time on the N-th following working day; non-integer amounts are converted at 8 h per day;
// - calendar_day: first day not counted (Civil Code 2015 Art. 147(2)); ends at the close of the last day
//   (Art. 148(1)), or at the close of the next working day when the last day is a weekend or holiday (Art. 148(5)).
/** Due moment of a period of `amount` units counted from `from`. */
function addWorkingTime(index: DayIndex, from: Instant, amount: number, unit: CountedUnit): Instant {
  checkAmount(amount);
  if (amount === 0) return nextOpening(index, from);
  if (unit === 'working_hour' || (unit === 'working_day' && !Number.isInteger(amount))) {
    const ms = Math.round(amount * (unit === 'working_hour' ? WORKING_UNIT_MS.working_hour : WORKING_UNIT_MS.working_day));
    return momentWhenElapsed(index, workingMsAt(index, from) + ms);
  }
  if (!Number.isInteger(amount)) throw new RangeError('calendar_day amounts must be whole days');
  const start = nextOpening(index, from);
  const i = dayOfInstant(index, start);
  if (unit === 'working_day') {
    const target = index.workingDays[(index.workingDaysBefore[i] ?? 0) + amount];
    if (target === undefined) throw new RangeError('Result falls outside the calendar range');
    return clampIntoDay(index, target, start - dayStartOf(index, i));
  }
  // calendar_day: Civil Code 2015 Art. 147(2), 148(1), 148(5)
  const last = i + amount;
  const target = last < index.days ? index.workingDays[index.workingDaysBefore[last] ?? 0] : undefined;
  if (target === undefined) throw new RangeError('Result falls outside the calendar range');
  return closeOfIndexedDay(index, target);
}

/** End of the last session of day i. */
function closeOfIndexedDay(index: DayIndex, i: number): Instant {
  const p = patternAt(index, i);
  return dayStartOf(index, i) + (p.ends[p.ends.length - 1] ?? 0);
}

/** The n-th working day after a date (n = 0: the date itself if working, else the next working day). */
function addWorkingDaysTo(index: DayIndex, date: LocalDate, count: number): LocalDate {
  checkAmount(count);
  const i = dayOfDate(index, date);
  if (i === null) throw new RangeError(`Date ${date} is outside the calendar range`);
  // From a closed date, the first working day after it is number 1 (and also number 0).
  const skip = index.patternOf[i] === 0 && count > 0 ? 1 : 0;
  const target = index.workingDays[(index.workingDaysBefore[i] ?? 0) + count - skip];
  if (target === undefined) throw new RangeError('Result falls outside the calendar range');
  return fromDayNumber(index.firstDay + target);
}

/** The WorkingCalendar methods over a day index; dates outside the index fall back to the base weekly hours. */
function calendarOver(
  index: DayIndex,
  entriesByDay: ReadonlyMap<number, readonly CalendarDay[]>,
  defaultHours: CompiledOfficeHours,
  unitId: string | null,
): WorkingCalendar {
  const { firstDay, days } = index;
  const weeklySessions = (date: LocalDate) => defaultHours.weekly[weekdayOfDayNumber(toDayNumber(date))] ?? [];
  return {
    range: { from: fromDayNumber(firstDay), to: fromDayNumber(firstDay + days - 1) },
    unitId,
    covers: (t) =>
      Number.isFinite(t) &&
      Math.floor((t + VN_OFFSET_MS) / MS_PER_DAY) - firstDay >= 0 &&
      Math.floor((t + VN_OFFSET_MS) / MS_PER_DAY) - firstDay < days,
    isWorkingDay: (date) => {
      const i = dayOfDate(index, date);
      return i !== null ? index.patternOf[i] !== 0 : weeklySessions(date).length > 0;
    },
    isWorkingMoment: (t) => workingMsAt(index, t + 1) > workingMsAt(index, t),
    dayInfo: (date) => {
      const i = dayOfDate(index, date);
      const entries = entriesByDay.get(toDayNumber(date)) ?? [];
      const sessions = i !== null ? patternAt(index, i).sessions : weeklySessions(date);
      return { date, working: sessions.length > 0, sessions: describeSessions(sessions), entries };
    },
    nextWorkingMoment: (t) => nextOpening(index, t),
    addWorking: (from, amount, unit) => addWorkingTime(index, from, amount, unit),
    shiftWorking: (t, minutes) => {
      checkAmount(minutes);
      if (minutes === 0) return t;
      return momentWhenElapsed(index, workingMsAt(index, t) + Math.round(minutes * MS_PER_MINUTE));
    },
    workingTimeBetween: (a, b, unit = 'working_minute') => (workingMsAt(index, b) - workingMsAt(index, a)) / WORKING_UNIT_MS[unit],
    addWorkingDays: (date, count) => addWorkingDaysTo(index, date, count),
    closeOfDay: (date) => {
      const i = dayOfDate(index, date);
      return i === null || index.patternOf[i] === 0 ? null : closeOfIndexedDay(index, i);
    },
  };
}
