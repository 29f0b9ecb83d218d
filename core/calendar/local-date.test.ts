import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  asLocalDate,
  compareDates,
  dateOf,
  diffDays,
  formatMoment,
  fromDayNumber,
  isLocalDate,
  momentAt,
  parseClock,
  parseLocalDate,
  parseMoment,
  toDayNumber,
  toLocalDateTime,
  weekdayOf,
} from './local-date';

const d = asLocalDate;

describe('LocalDate', () => {
  it.each([
    ['2025-01-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['2025-04-31', false],
    ['', false],
  ])('isLocalDate(%s) = %s', (s, expected) => {
    expect(isLocalDate(s)).toBe(expected);
    expect(parseLocalDate(s).ok).toBe(expected);
  });

  it('rejects a non-string', () => {
    expect(isLocalDate(20250101)).toBe(false);
    expect(() => asLocalDate('2025-02-30')).toThrow(RangeError);
  });

  it.each([
    ['2025-01-31', 1, '2025-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2000-02-28', 366, '2001-02-28'],
  ])('addDays(%s, %i) = %s', (from, n, expected) => {
    expect(addDays(d(from), n)).toBe(expected);
  });

  it.each([
    ['1970-01-01', 4],
    ['2025-01-25', 6],
    ['2026-02-17', 2],
    ['2026-04-26', 7],
    ['2026-04-27', 1],
  ])('weekdayOf(%s) = %i (ISO)', (date, wd) => {
    expect(weekdayOf(d(date))).toBe(wd);
  });

  it('compares and diffs', () => {
    expect(compareDates(d('2025-01-01'), d('2025-01-02'))).toBe(-1);
    expect(compareDates(d('2025-01-02'), d('2025-01-02'))).toBe(0);
    expect(diffDays(d('2025-01-25'), d('2025-02-02'))).toBe(8);
  });

  it('day numbers round-trip (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (n) => {
        const date = fromDayNumber(n);
        return isLocalDate(date) && toDayNumber(date) === n;
      }),
    );
  });
});

describe('moments at UTC+7', () => {
  it.each([
    ['2026-02-17T07:30:00+07:00', '2026-02-17T07:30:00+07:00'],
    ['2026-02-17T00:30:00Z', '2026-02-17T07:30:00+07:00'],
    ['2026-02-16T17:00:00-07:00', '2026-02-17T07:00:00+07:00'],
    ['2026-02-17T07:30', '2026-02-17T07:30:00+07:00'],
    ['2026-02-17 07:30:15.250+0700', '2026-02-17T07:30:15.250+07:00'],
    ['2025-12-31T17:00:00Z', '2026-01-01T00:00:00+07:00'],
  ])('parse %s → %s', (input, expected) => {
    const r = parseMoment(input);
    expect(r.ok && formatMoment(r.value)).toBe(expected);
  });

  it.each(['2026-02-30T07:30:00+07:00', '2026-02-17T24:00', 'yesterday', '2026-02-17T07:30:00+15:00'])('rejects %s', (input) => {
    expect(parseMoment(input)).toMatchObject({ ok: false, code: 'INVALID_MOMENT' });
  });

  it('has no DST: every day is 24 h and the date flips at 00:00 +07:00', () => {
    const t = momentAt(d('2025-06-30'), '23:59');
    expect(dateOf(t)).toBe('2025-06-30');
    expect(dateOf(t + 60_000)).toBe('2025-07-01');
    expect(toLocalDateTime(t)).toMatchObject({ hour: 23, minute: 59 });
  });

  it('parses clocks', () => {
    expect(parseClock('07:30')).toEqual({ ok: true, value: 450 });
    expect(parseClock('24:00')).toEqual({ ok: true, value: 1440 });
    expect(parseClock('7:30').ok).toBe(false);
    expect(parseClock('12:60').ok).toBe(false);
  });

  it('format/parse round-trip (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (t) => {
        const r = parseMoment(formatMoment(t));
        return r.ok && r.value === t;
      }),
    );
  });
});
