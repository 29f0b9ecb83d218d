import { describe, expect, it } from 'vitest';
import {
  buildDayIndex,
  clampIntoDay,
  dayOfDate,
  dayOfInstant,
  dayStartOf,
  momentWhenBegins,
  momentWhenElapsed,
  sessionsOfDay,
  workingMsAt,
  type DayIndex,
  type HoursTimeline,
} from './day-index';
import type { CalendarDay, CalendarDayKind } from './holidays';
import { MS_PER_MINUTE, asLocalDate, formatMoment, momentAt, toDayNumber, type Weekday } from './local-date';
import { DEFAULT_OFFICE_HOURS, compileOfficeHours, officeHoursFor, type CompiledOfficeHours } from './office-hours';

const d = asLocalDate;
const at = (date: string, clock: string) => momentAt(d(date), clock);
const clock = (t: number) => formatMoment(t).slice(0, 16); // 'YYYY-MM-DDTHH:mm'
const HOUR = 60 * MS_PER_MINUTE;

function compiled(hours = DEFAULT_OFFICE_HOURS): CompiledOfficeHours {
  const c = compileOfficeHours(hours);
  if (!c.ok) throw new Error(c.code);
  return c.value;
}
const hours = compiled();
const entry = (date: string, kind: CalendarDayKind): CalendarDay => ({
  date: d(date),
  kind,
  name: kind,
  legalRef: 'test',
  status: 'confirmed',
});

// One week, Monday 3 to Sunday 9 March 2025, with Wednesday closed and Saturday made up: 5 working days of 8 h.
const MONDAY = toDayNumber(d('2025-03-03'));
const WEEK_ENTRIES = new Map([
  [MONDAY + 2, [entry('2025-03-05', 'holiday')]],
  [MONDAY + 5, [entry('2025-03-08', 'makeup_workday')]],
]);
const week: DayIndex = buildDayIndex(MONDAY, 7, { base: hours, periods: [] }, WEEK_ENTRIES);

describe('sessionsOfDay', () => {
  it.each<[string, Weekday, CalendarDayKind[], 'weekday' | 'closed' | 'makeup']>([
    ['an ordinary Monday', 1, [], 'weekday'],
    ['an ordinary Saturday', 6, [], 'closed'],
    ['a holiday on a Monday', 1, ['holiday'], 'closed'],
    ['each closing kind', 2, ['tet', 'compensatory', 'swap_off', 'local_closure'], 'closed'],
    ['a make-up Saturday', 6, ['makeup_workday'], 'makeup'],
    ['a make-up entry on an open Monday keeps its hours', 1, ['makeup_workday'], 'weekday'],
    ['a closure wins over a make-up day', 6, ['makeup_workday', 'local_closure'], 'closed'],
  ])('%s', (_, weekday, kinds, expected) => {
    const entries = kinds.length === 0 ? undefined : kinds.map((k) => entry('2025-03-03', k));
    const sessions = sessionsOfDay(hours, weekday, entries);
    if (expected === 'closed') expect(sessions).toEqual([]);
    else expect(sessions).toBe(expected === 'weekday' ? hours.weekly[weekday] : hours.makeupDay);
  });
});

describe('buildDayIndex', () => {
  it.each([
    // day, working hours before it, working days before it, open
    [0, 0, 0, true],
    [1, 8, 1, true],
    [2, 16, 2, false],
    [3, 16, 2, true],
    [5, 32, 4, true],
    [6, 40, 5, false],
    [7, 40, 5, null],
  ])('day %i: %i working hours and %i working days before it', (i, hoursBefore, daysBefore, open) => {
    expect(week.workingMsBefore[i]).toBe(hoursBefore * HOUR);
    expect(week.workingDaysBefore[i]).toBe(daysBefore);
    if (open !== null) expect(week.patternOf[i] !== 0).toBe(open);
  });

  it('lists the working days and totals the week', () => {
    expect([...week.workingDays]).toEqual([0, 1, 3, 4, 5]);
    expect(week.totalMs).toBe(40 * HOUR);
  });

  it('switches to a seasonal period from its first day, make-up days included', () => {
    const mornings = compiled(officeHoursFor([1, 2, 3, 4, 5], [{ start: '07:00', end: '11:00' }]));
    const timeline: HoursTimeline = { base: hours, periods: [{ from: MONDAY + 3, hours: mornings }] };
    const index = buildDayIndex(MONDAY, 7, timeline, WEEK_ENTRIES);
    expect([...index.workingMsBefore].map((ms) => ms / HOUR)).toEqual([0, 8, 16, 16, 20, 24, 28, 28]);
  });
});

describe('positions in the index', () => {
  it.each([
    ['2025-03-03', '00:00', 0],
    ['2025-03-03', '23:59', 0],
    ['2025-03-09', '12:00', 6],
  ])('%s %s is day %i', (date, time, i) => {
    expect(dayOfInstant(week, at(date, time))).toBe(i);
    expect(dayOfDate(week, d(date))).toBe(i);
    expect(dayStartOf(week, i)).toBe(at(date, '00:00'));
  });

  it.each([
    ['2025-03-02', '23:59'],
    ['2025-03-10', '00:00'],
  ])('%s %s is outside the index', (date, time) => {
    expect(() => dayOfInstant(week, at(date, time))).toThrow(RangeError);
    expect(dayOfDate(week, d(date))).toBeNull();
  });

  it('refuses a non-finite instant', () => {
    expect(() => dayOfInstant(week, NaN)).toThrow(RangeError);
  });
});

describe('working time', () => {
  it.each([
    ['2025-03-03', '06:00', 0],
    ['2025-03-03', '07:30', 0],
    ['2025-03-03', '09:00', 90],
    ['2025-03-03', '12:00', 240],
    ['2025-03-03', '14:00', 270],
    ['2025-03-03', '17:30', 480],
    ['2025-03-04', '07:00', 480],
    ['2025-03-05', '10:00', 960],
    ['2025-03-08', '08:30', 1980],
    ['2025-03-09', '10:00', 2400],
  ])('workingMsAt(%s %s) = %i working minutes', (date, time, minutes) => {
    expect(workingMsAt(week, at(date, time))).toBe(minutes * MS_PER_MINUTE);
  });

  it.each([
    // working minutes, the moment they have elapsed (a due moment), the moment the next one begins
    [1, '2025-03-03T07:31', '2025-03-03T07:31'],
    [240, '2025-03-03T11:30', '2025-03-03T13:30'],
    [480, '2025-03-03T17:30', '2025-03-04T07:30'],
    [960, '2025-03-04T17:30', '2025-03-06T07:30'],
    [2399, '2025-03-08T17:29', '2025-03-08T17:29'],
  ])('%i working minutes: elapsed at %s, next begins at %s', (minutes, elapsed, begins) => {
    expect(clock(momentWhenElapsed(week, minutes * MS_PER_MINUTE))).toBe(elapsed);
    expect(clock(momentWhenBegins(week, minutes * MS_PER_MINUTE))).toBe(begins);
  });

  it('has no due moment at zero and no beginning at the very end', () => {
    expect(clock(momentWhenBegins(week, 0))).toBe('2025-03-03T07:30');
    expect(() => momentWhenElapsed(week, 0)).toThrow(RangeError);
    expect(clock(momentWhenElapsed(week, week.totalMs))).toBe('2025-03-08T17:30');
    expect(() => momentWhenBegins(week, week.totalMs)).toThrow(RangeError);
    expect(() => momentWhenElapsed(week, week.totalMs + 1)).toThrow(RangeError);
  });
});

describe('clampIntoDay', () => {
  it.each([
    ['06:00', '07:30', 'before opening: the opening'],
    ['07:30', '07:30', 'at opening'],
    ['09:15', '09:15', 'inside the morning'],
    ['12:00', '11:30', 'at lunch: the close of the morning'],
    ['17:30', '17:30', 'at closing'],
    ['20:00', '17:30', 'after closing: the close'],
  ])('%s → %s (%s)', (time, expected) => {
    const x = at('2025-03-04', time) - dayStartOf(week, 1);
    expect(clock(clampIntoDay(week, 1, x))).toBe(`2025-03-04T${expected}`);
  });
});
