import { NON_WORKING_KINDS, type CalendarDay } from './holidays';
import {
  MS_PER_DAY,
  MS_PER_MINUTE,
  VN_OFFSET_MS,
  fromDayNumber,
  toDayNumber,
  weekdayOfDayNumber,
  type Instant,
  type LocalDate,
  type Weekday,
} from './local-date';
import type { CompiledOfficeHours, CompiledSession } from './office-hours';

// The day index behind a working calendar: per day of the range, a session pattern, the working ms before the day and
// the working days before it, so working-hour arithmetic is a binary search over the cumulative ms (O(log n)) and
// working- and calendar-day arithmetic a lookup (O(1)). Index i is day number `firstDay + i`.

/** The sessions of a day as ms after local midnight, with their total working ms. */
export interface SessionPattern {
  readonly sessions: readonly CompiledSession[];
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly total: number;
}

/** Office hours over time: `base` applies before the first period, each period from its first day (a day number). */
export interface HoursTimeline {
  readonly base: CompiledOfficeHours;
  /** Sorted by `from`. */
  readonly periods: readonly { readonly from: number; readonly hours: CompiledOfficeHours }[];
}

/** The precomputed days of a working calendar. */
export interface DayIndex {
  /** Day number of index 0. */
  readonly firstDay: number;
  /** Number of indexed days. */
  readonly days: number;
  /** Distinct session patterns; pattern 0 is the closed day. */
  readonly patterns: readonly SessionPattern[];
  /** Pattern of each day. */
  readonly patternOf: Uint16Array;
  /** Working ms before day i (length days + 1). */
  readonly workingMsBefore: Float64Array;
  /** Working days before day i (length days + 1). */
  readonly workingDaysBefore: Int32Array;
  /** Indexes of the working days, in order. */
  readonly workingDays: Int32Array;
  /** Working ms of the whole range. */
  readonly totalMs: number;
}

const NON_WORKING = new Set<string>(NON_WORKING_KINDS);
const CLOSED: readonly CompiledSession[] = [];

function sessionPattern(sessions: readonly CompiledSession[]): SessionPattern {
  const starts = new Float64Array(sessions.map((s) => s.start * MS_PER_MINUTE));
  const ends = new Float64Array(sessions.map((s) => s.end * MS_PER_MINUTE));
  let total = 0;
  for (let j = 0; j < starts.length; j++) total += (ends[j] ?? 0) - (starts[j] ?? 0);
  return { sessions, starts, ends, total };
}

// Rules (docs/DOMAIN.md §2.2): weekdays follow the office hours; a makeup_workday opens the office with make-up hours;
// holiday, tet, compensatory, swap_off and local_closure close it (a closure wins over a make-up day).
/** The sessions the office keeps on a day, from the weekday's hours and the calendar entries of that day. */
export function sessionsOfDay(
  hours: CompiledOfficeHours,
  weekday: Weekday,
  entries: readonly CalendarDay[] | undefined,
): readonly CompiledSession[] {
  const sessions = hours.weekly[weekday] ?? CLOSED;
  if (entries === undefined) return sessions;
  if (entries.some((e) => NON_WORKING.has(e.kind))) return CLOSED;
  if (entries.some((e) => e.kind === 'makeup_workday') && sessions.length === 0) return hours.makeupDay;
  return sessions;
}

/** Indexes `days` days from day number `firstDay`: each day's sessions, and the working ms and days before it. */
export function buildDayIndex(
  firstDay: number,
  days: number,
  timeline: HoursTimeline,
  entriesByDay: ReadonlyMap<number, readonly CalendarDay[]>,
): DayIndex {
  // Patterns are interned by the compiled session arrays they come from; 0 = closed.
  const patterns: SessionPattern[] = [sessionPattern(CLOSED)];
  const patternIds = new Map<readonly CompiledSession[], number>();
  const patternId = (s: readonly CompiledSession[]): number => {
    if (s.length === 0) return 0;
    let id = patternIds.get(s);
    if (id === undefined) {
      id = patterns.length;
      patterns.push(sessionPattern(s));
      patternIds.set(s, id);
    }
    return id;
  };
  const patternOf = new Uint16Array(days);
  const workingMsBefore = new Float64Array(days + 1);
  const workingDaysBefore = new Int32Array(days + 1);
  const workingDays: number[] = [];
  let hours = timeline.base;
  let nextPeriod = 0;
  for (let i = 0; i < days; i++) {
    const dn = firstDay + i;
    while (nextPeriod < timeline.periods.length && (timeline.periods[nextPeriod]?.from ?? Infinity) <= dn)
      hours = timeline.periods[nextPeriod++]?.hours ?? hours;
    const p = patternId(sessionsOfDay(hours, weekdayOfDayNumber(dn), entriesByDay.get(dn)));
    patternOf[i] = p;
    const total = patterns[p]?.total ?? 0;
    workingMsBefore[i + 1] = (workingMsBefore[i] ?? 0) + total;
    workingDaysBefore[i + 1] = (workingDaysBefore[i] ?? 0) + (total > 0 ? 1 : 0);
    if (total > 0) workingDays.push(i);
  }
  const totalMs = workingMsBefore[days] ?? 0;
  return { firstDay, days, patterns, patternOf, workingMsBefore, workingDaysBefore, workingDays: Int32Array.from(workingDays), totalMs };
}

/** The instant of local midnight starting day i. */
export function dayStartOf(index: DayIndex, i: number): Instant {
  return (index.firstDay + i) * MS_PER_DAY - VN_OFFSET_MS;
}

/** The session pattern of day i. */
export function patternAt(index: DayIndex, i: number): SessionPattern {
  return index.patterns[index.patternOf[i] ?? 0] ?? (index.patterns[0] as SessionPattern);
}

/** The day holding an instant; RangeError for a non-finite instant or one outside the index. */
export function dayOfInstant(index: DayIndex, t: Instant): number {
  if (!Number.isFinite(t)) throw new RangeError('Instant is not finite');
  const i = Math.floor((t + VN_OFFSET_MS) / MS_PER_DAY) - index.firstDay;
  if (i < 0 || i >= index.days)
    throw new RangeError(
      `Instant ${t} is outside the calendar range ${fromDayNumber(index.firstDay)}..${fromDayNumber(index.firstDay + index.days - 1)}`,
    );
  return i;
}

/** The day of a date, or null when the date lies outside the index. */
export function dayOfDate(index: DayIndex, date: LocalDate): number | null {
  const i = toDayNumber(date) - index.firstDay;
  return i >= 0 && i < index.days ? i : null;
}

/** Working ms elapsed from the start of the index up to t. */
export function workingMsAt(index: DayIndex, t: Instant): number {
  const i = dayOfInstant(index, t);
  const p = patternAt(index, i);
  const x = t - dayStartOf(index, i);
  let e = 0;
  for (let j = 0; j < p.starts.length; j++) {
    const s = p.starts[j] ?? 0;
    if (x <= s) break;
    e += Math.min(x, p.ends[j] ?? 0) - s;
  }
  return (index.workingMsBefore[i] ?? 0) + e;
}

/** Smallest day i whose end has more than (strict) or at least w working ms before it. */
function dayForWorkingMs(index: DayIndex, w: number, strict: boolean): number {
  let lo = 0;
  let hi = index.days - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = index.workingMsBefore[mid + 1] ?? 0;
    if (strict ? c > w : c >= w) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first instant at which w working ms have elapsed (a due moment); RangeError outside the index. */
export function momentWhenElapsed(index: DayIndex, w: number): Instant {
  if (w <= 0 || w > index.totalMs) throw new RangeError('Result falls outside the calendar range');
  const i = dayForWorkingMs(index, w, false);
  const p = patternAt(index, i);
  let r = w - (index.workingMsBefore[i] ?? 0);
  for (let j = 0; j < p.starts.length; j++) {
    const len = (p.ends[j] ?? 0) - (p.starts[j] ?? 0);
    if (r <= len) return dayStartOf(index, i) + (p.starts[j] ?? 0) + r;
    r -= len;
  }
  throw new RangeError('unreachable: working ms not located');
}

/** The instant at which working ms number w begins (an opening or a moment inside a session); RangeError past the end. */
export function momentWhenBegins(index: DayIndex, w: number): Instant {
  if (w < 0 || w >= index.totalMs) throw new RangeError('No working time left in the calendar range');
  const i = dayForWorkingMs(index, w, true);
  const p = patternAt(index, i);
  let r = w - (index.workingMsBefore[i] ?? 0);
  for (let j = 0; j < p.starts.length; j++) {
    const len = (p.ends[j] ?? 0) - (p.starts[j] ?? 0);
    if (r < len) return dayStartOf(index, i) + (p.starts[j] ?? 0) + r;
    r -= len;
  }
  throw new RangeError('unreachable: working ms not located');
}

/** Clock time x (ms after midnight) on day i pulled into office hours: before opening → the opening, in a gap → the close before. */
export function clampIntoDay(index: DayIndex, i: number, x: number): Instant {
  const p = patternAt(index, i);
  const base = dayStartOf(index, i);
  let prevEnd = -1;
  for (let j = 0; j < p.starts.length; j++) {
    const s = p.starts[j] ?? 0;
    if (x < s) return base + (prevEnd >= 0 ? prevEnd : s);
    const e = p.ends[j] ?? 0;
    if (x <= e) return base + x;
    prevEnd = e;
  }
  return base + prevEnd;
}
