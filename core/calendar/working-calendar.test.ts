import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CalendarDay } from './holidays';
import { asLocalDate, dateOf, formatMoment, momentAt, parseMoment, type Instant } from './local-date';
import { officeHoursFor } from './office-hours';
import { calendarDaysForYears } from './schedules';
import { buildCalendar, type CalendarInput, type CountedUnit, type WorkingCalendar } from './working-calendar';

const d = asLocalDate;
const at = (date: string, clock: string): Instant => momentAt(d(date), clock);
const iso = (t: Instant): string => formatMoment(t).slice(0, 16); // 'YYYY-MM-DDTHH:mm'

function calendar(input: Partial<CalendarInput> = {}): WorkingCalendar {
  const r = buildCalendar({ days: calendarDaysForYears(2024, 2034), ...input });
  if (!r.ok) throw new Error(r.code);
  return r.value;
}
const cal = calendar();

describe('isWorkingDay with the announced 2025/2026 schedules', () => {
  it.each([
    ['2025-01-24', true, 'Friday before Tết 2025'],
    ...['2025-01-25', '2025-01-26', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02'].map(
      (x) => [x, false, 'Tết 2025 break'] as const,
    ),
    ['2025-02-03', true, 'back after Tết 2025'],
    ['2026-02-13', true, 'Friday before Tết 2026'],
    ...['2026-02-14', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22'].map(
      (x) => [x, false, 'Tết 2026 break'] as const,
    ),
    ['2026-02-23', true, 'back after Tết 2026'],
    ['2025-04-07', false, 'Hùng Vương 2025'],
    ['2025-04-26', true, 'make-up Saturday 2025'],
    ['2025-05-02', false, 'swapped Friday 2025'],
    ['2025-05-03', false, 'ordinary Saturday'],
    ['2026-04-26', false, 'Hùng Vương 2026 (Sunday)'],
    ['2026-04-27', false, 'compensatory Monday 2026'],
    ['2026-04-28', true, 'Tuesday after'],
    ['2026-08-22', true, 'make-up Saturday for National Day 2026'],
    ['2026-08-31', false, 'swapped Monday 31/8/2026'],
    ['2026-09-01', false, 'National Day adjacent day'],
    ['2026-09-02', false, 'National Day'],
    ['2026-09-03', true, 'Thursday after'],
    ['2026-01-01', false, 'New Year 2026'],
    ['2026-01-02', true, 'Friday 2/1/2026'],
    ['2150-01-05', true, 'Monday outside the indexed range'],
  ] as const)('%s working=%s (%s)', (date, expected) => {
    expect(cal.isWorkingDay(d(date))).toBe(expected);
  });
});

describe('addWorking', () => {
  it.each<[string, string, number, CountedUnit, string, string]>([
    ['2025-01-24', '16:59', 1, 'working_day', '2025-02-03T16:59', 'receipt at 16:59 before Tết → same time first day after Tết'],
    ['2025-01-24', '17:31', 1, 'working_day', '2025-02-04T07:30', 'receipt at 17:31 counts from the next opening'],
    ['2025-01-24', '17:31', 8, 'working_hour', '2025-02-03T17:30', '8 working hours from after-hours receipt'],
    ['2025-01-24', '16:59', 8, 'working_hour', '2025-02-03T16:59', '8 h = 1 working day'],
    ['2025-01-25', '09:00', 1, 'working_day', '2025-02-04T07:30', 'receipt on a Saturday inside Tết'],
    ['2025-01-25', '09:00', 0, 'working_day', '2025-02-03T07:30', 'zero = next opening'],
    ['2026-04-30', '09:00', 1, 'working_day', '2026-05-05T07:30', 'receipt on a holiday (30/4/2026)'],
    ['2025-12-31', '16:00', 1, 'working_day', '2026-01-02T16:00', 'across New Year'],
    ['2025-12-31', '16:00', 2, 'working_hour', '2026-01-02T08:00', 'hours across New Year'],
    ['2025-04-25', '10:00', 1, 'working_day', '2025-04-26T10:00', 'make-up Saturday 26/4/2025 counts'],
    ['2025-04-29', '10:00', 1, 'working_day', '2025-05-05T10:00', '30/4–4/5/2025 skipped'],
    ['2026-04-24', '09:00', 1, 'working_day', '2026-04-28T09:00', 'compensatory Monday 27/4/2026 skipped'],
    ['2026-08-21', '10:00', 1, 'working_day', '2026-08-22T10:00', 'make-up Saturday 22/8/2026 counts'],
    ['2026-08-28', '10:00', 1, 'working_day', '2026-09-03T10:00', 'National Day 2026 with Monday 31/8 off'],
    ['2025-08-28', '09:00', 3, 'working_day', '2025-09-04T09:00', 'National Day 2025 (30/8–2/9)'],
    ['2025-01-10', '16:59', 5, 'working_day', '2025-01-17T16:59', 'five ordinary working days'],
    ['2025-03-03', '12:00', 1, 'working_day', '2025-03-04T13:30', 'lunch-break receipt counts from 13:30'],
    ['2025-03-03', '17:30', 1, 'working_day', '2025-03-05T07:30', 'receipt at closing time'],
    ['2025-03-03', '17:30', 1, 'working_hour', '2025-03-04T08:30', 'one hour from closing time'],
    ['2025-03-03', '11:00', 1, 'working_hour', '2025-03-03T14:00', 'hour spanning lunch'],
    ['2025-03-03', '07:30', 4, 'working_hour', '2025-03-03T11:30', 'ends exactly at the end of the morning'],
    ['2025-03-03', '09:00', 3, 'calendar_day', '2025-03-06T17:30', 'calendar days end at the close of the last day'],
    ['2025-03-05', '09:00', 3, 'calendar_day', '2025-03-10T17:30', 'last day Saturday → close of Monday (Civil Code Art. 148(5))'],
    ['2025-01-20', '09:00', 10, 'calendar_day', '2025-02-03T17:30', 'last day inside Tết → close of first working day'],
    ['2025-01-24', '17:45', 1, 'calendar_day', '2025-02-04T17:30', 'after-hours receipt: counting starts on the next working day'],
  ])('%s %s + %d %s → %s (%s)', (date, clock, amount, unit, expected) => {
    expect(iso(cal.addWorking(at(date, clock), amount, unit))).toBe(expected);
  });

  it('throws RangeError outside the indexed range or for a bad amount', () => {
    expect(() => cal.addWorking(at('2150-01-05', '09:00'), 1, 'working_day')).toThrow(RangeError);
    expect(() => cal.addWorking(at('2025-01-06', '09:00'), -1, 'working_day')).toThrow(RangeError);
    expect(() => cal.addWorking(at('2025-01-06', '09:00'), 1.5, 'calendar_day')).toThrow(RangeError);
    expect(cal.covers(at('2150-01-05', '09:00'))).toBe(false);
    expect(cal.covers(at('2030-01-05', '09:00'))).toBe(true);
  });

  it('converts a fractional working day at 8 h per day', () => {
    expect(iso(cal.addWorking(at('2025-03-03', '07:30'), 0.5, 'working_day'))).toBe('2025-03-03T11:30');
  });
});

describe('nextWorkingMoment and workingTimeBetween', () => {
  it.each([
    ['2025-03-03', '09:15', '2025-03-03T09:15'],
    ['2025-03-03', '06:00', '2025-03-03T07:30'],
    ['2025-03-03', '11:30', '2025-03-03T13:30'],
    ['2025-03-07', '17:30', '2025-03-10T07:30'],
    ['2025-04-30', '08:00', '2025-05-05T07:30'],
  ])('%s %s → %s', (date, clock, expected) => {
    expect(iso(cal.nextWorkingMoment(at(date, clock)))).toBe(expected);
  });

  it('counts only office time: a pause spanning Tết 2025 is 2 working days', () => {
    const a = at('2025-01-24', '10:00');
    const b = at('2025-02-04', '10:00');
    expect(cal.workingTimeBetween(a, b)).toBe(960);
    expect(cal.workingTimeBetween(a, b, 'working_hour')).toBe(16);
    expect(cal.workingTimeBetween(a, b, 'working_day')).toBe(2);
    expect(cal.workingTimeBetween(b, a)).toBe(-960);
  });

  it('reports day info and closing time', () => {
    expect(cal.dayInfo(d('2025-04-26'))).toMatchObject({ working: true, entries: [{ kind: 'makeup_workday' }] });
    expect(cal.dayInfo(d('2025-03-03')).sessions).toEqual([
      { start: '07:30', end: '11:30' },
      { start: '13:30', end: '17:30' },
    ]);
    expect(formatMoment(cal.closeOfDay(d('2025-03-03')) ?? 0)).toBe('2025-03-03T17:30:00+07:00');
    expect(cal.closeOfDay(d('2025-03-08'))).toBeNull();
    expect(cal.isWorkingMoment(at('2025-03-03', '11:29'))).toBe(true);
    expect(cal.isWorkingMoment(at('2025-03-03', '11:30'))).toBe(false);
  });

  it.each([
    ['2025-01-24', 1, '2025-02-03'],
    ['2025-01-25', 1, '2025-02-03'],
    ['2025-01-25', 0, '2025-02-03'],
    ['2025-04-25', 1, '2025-04-26'],
    ['2026-08-28', 2, '2026-09-04'],
  ])('addWorkingDays(%s, %i) = %s', (date, n, expected) => {
    expect(cal.addWorkingDays(d(date), n)).toBe(expected);
  });
});

describe('units, statuses and office hours', () => {
  const closure: CalendarDay = {
    date: d('2025-03-04'),
    kind: 'local_closure',
    name: 'Bầu cử',
    legalRef: 'QĐ test',
    status: 'confirmed',
    unitId: 'xa-1',
  };

  it('applies a local closure only to its unit', () => {
    const days = [...calendarDaysForYears(2025, 2025), closure];
    const forUnit = calendar({ days, unitId: 'xa-1' });
    const other = calendar({ days, unitId: 'xa-2' });
    expect(forUnit.isWorkingDay(d('2025-03-04'))).toBe(false);
    expect(other.isWorkingDay(d('2025-03-04'))).toBe(true);
    expect(iso(forUnit.addWorking(at('2025-03-03', '09:00'), 1, 'working_day'))).toBe('2025-03-05T09:00');
  });

  it('can ignore proposed entries', () => {
    const c = calendar({ days: calendarDaysForYears(2026, 2027), statuses: ['confirmed'] });
    expect(c.isWorkingDay(d('2027-02-08'))).toBe(true);
    expect(cal.isWorkingDay(d('2027-02-08'))).toBe(false);
  });

  it('supports other office hours and seasonal periods', () => {
    const summer = officeHoursFor(
      [1, 2, 3, 4, 5],
      [
        { start: '07:00', end: '11:30' },
        { start: '13:30', end: '17:00' },
      ],
    );
    const c = calendar({ officeHoursPeriods: [{ from: d('2025-04-01'), hours: summer }] });
    expect(iso(c.nextWorkingMoment(at('2025-03-03', '07:10')))).toBe('2025-03-03T07:30');
    expect(iso(c.nextWorkingMoment(at('2025-04-01', '07:10')))).toBe('2025-04-01T07:10');
    expect(c.workingTimeBetween(at('2025-04-01', '00:00'), at('2025-04-02', '00:00'))).toBe(480);
  });

  it('refuses invalid input with typed errors', () => {
    expect(buildCalendar({ days: [{ ...closure, date: '2025-02-30' as never }] })).toMatchObject({
      ok: false,
      code: 'INVALID_CALENDAR_DAY',
    });
    expect(buildCalendar({ days: [], officeHours: officeHoursFor([1], [{ start: '12:00', end: '08:00' }]) })).toMatchObject({
      ok: false,
      code: 'INVALID_OFFICE_HOURS',
    });
    expect(buildCalendar({ days: [], range: { from: d('2030-01-01'), to: d('2020-01-01') } })).toMatchObject({
      ok: false,
      code: 'INVALID_RANGE',
    });
  });
});

describe('properties over 2025–2033', () => {
  const FROM = parseMoment('2025-01-01T00:00:00+07:00');
  const TO = parseMoment('2033-12-31T23:59:00+07:00');
  const moment = fc.integer({ min: FROM.ok ? FROM.value : 0, max: TO.ok ? TO.value : 0 }).map((t) => t - (t % 60_000));
  const unit = fc.constantFrom<CountedUnit>('working_day', 'working_hour', 'calendar_day');

  it('addWorking(working_hour) then workingTimeBetween returns the amount', () => {
    fc.assert(
      fc.property(moment, fc.integer({ min: 1, max: 2_000 }), (t, quarterHours) => {
        const hours = quarterHours / 4;
        return cal.workingTimeBetween(t, cal.addWorking(t, hours, 'working_hour'), 'working_hour') === hours;
      }),
      { numRuns: 2_000 },
    );
  });

  it('addWorking(working_day) then workingTimeBetween returns the amount (uniform 8 h days)', () => {
    fc.assert(
      fc.property(
        moment,
        fc.integer({ min: 1, max: 120 }),
        (t, days) => cal.workingTimeBetween(t, cal.addWorking(t, days, 'working_day'), 'working_day') === days,
      ),
      { numRuns: 2_000 },
    );
  });

  it('due moments never fall on a non-working day nor outside office hours (boundaries included), and never precede the receipt', () => {
    fc.assert(
      fc.property(moment, fc.integer({ min: 1, max: 60 }), unit, (t, amount, u) => {
        const due = cal.addWorking(t, amount, u);
        return due > t && cal.isWorkingDay(dateOf(due)) && (cal.isWorkingMoment(due) || cal.isWorkingMoment(due - 1));
      }),
      { numRuns: 3_000 },
    );
  });

  it('more time never gives an earlier due moment', () => {
    fc.assert(
      fc.property(moment, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), unit, (t, a, b, u) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return cal.addWorking(t, lo, u) <= cal.addWorking(t, hi, u);
      }),
      { numRuns: 2_000 },
    );
  });

  it('nextWorkingMoment is at or after t, inside office hours, with no working time skipped', () => {
    fc.assert(
      fc.property(moment, (t) => {
        const n = cal.nextWorkingMoment(t);
        return n >= t && cal.isWorkingMoment(n) && cal.workingTimeBetween(t, n) === 0;
      }),
      { numRuns: 2_000 },
    );
  });
});
