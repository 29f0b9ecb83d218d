import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, asLocalDate, fromDayNumber, weekdayOf } from './local-date';
import {
  canChiOfDay,
  canChiOfYear,
  formatLunarDate,
  lastDayOfLunarYear,
  leapMonthOf,
  lunarNewYear,
  lunarToSolar,
  lunarYearMonths,
  solarToLunar,
} from './lunar';

const d = asLocalDate;

// Lunar dates for UTC+7 (Hồ Ngọc Đức algorithm), 2019–2030: docs/DOMAIN.md §2.6.
const TET_TABLE: [number, string, string, number, string, string][] = [
  [2019, '2019-02-05', '2019-02-04', 30, '2019-04-14', 'Kỷ Hợi'],
  [2020, '2020-01-25', '2020-01-24', 30, '2020-04-02', 'Canh Tý'],
  [2021, '2021-02-12', '2021-02-11', 30, '2021-04-21', 'Tân Sửu'],
  [2022, '2022-02-01', '2022-01-31', 29, '2022-04-10', 'Nhâm Dần'],
  [2023, '2023-01-22', '2023-01-21', 30, '2023-04-29', 'Quý Mão'],
  [2024, '2024-02-10', '2024-02-09', 30, '2024-04-18', 'Giáp Thìn'],
  [2025, '2025-01-29', '2025-01-28', 29, '2025-04-07', 'Ất Tỵ'],
  [2026, '2026-02-17', '2026-02-16', 29, '2026-04-26', 'Bính Ngọ'],
  [2027, '2027-02-06', '2027-02-05', 29, '2027-04-16', 'Đinh Mùi'],
  [2028, '2028-01-26', '2028-01-25', 29, '2028-04-04', 'Mậu Thân'],
  [2029, '2029-02-13', '2029-02-12', 29, '2029-04-23', 'Kỷ Dậu'],
  [2030, '2030-02-02', '2030-02-01', 29, '2030-04-12', 'Canh Tuất'],
];

describe('lunar calendar (Vietnam, UTC+7)', () => {
  it.each(TET_TABLE)('%i: Tết %s, eve %s (day %i of Chạp), Hùng Vương %s, year %s', (year, tet, eve, eveDay, hung, canChi) => {
    expect(lunarNewYear(year)).toBe(tet);
    expect(solarToLunar(d(tet))).toEqual({ year, month: 1, day: 1, leap: false });
    expect(lastDayOfLunarYear(year - 1)).toBe(eve);
    expect(solarToLunar(d(eve))).toEqual({ year: year - 1, month: 12, day: eveDay, leap: false });
    expect(lunarToSolar({ year, month: 3, day: 10, leap: false })).toEqual({ ok: true, value: hung });
    expect(canChiOfYear(year)).toBe(canChi);
  });

  it.each([
    ['2026-02-17', 2026, 'Bính Ngọ', 2],
    ['2027-02-06', 2027, 'Đinh Mùi', 6],
    ['2007-02-17', 2007, 'Đinh Hợi', 6], // China: 18/2/2007
    ['1985-01-21', 1985, 'Ất Sửu', 1], // China: 20/2/1985
  ])('%s is mùng 1 Tết %i (%s) in Vietnam', (date, year, canChi, weekday) => {
    expect(solarToLunar(d(date))).toEqual({ year, month: 1, day: 1, leap: false });
    expect(canChiOfYear(year)).toBe(canChi);
    expect(weekdayOf(d(date))).toBe(weekday);
  });

  it('Vietnam differs from China the day after (1985, 2007)', () => {
    expect(solarToLunar(d('2007-02-18'))).toEqual({ year: 2007, month: 1, day: 2, leap: false });
    expect(solarToLunar(d('1985-02-20'))).toEqual({ year: 1985, month: 2, day: 1, leap: false });
  });

  it.each([
    [2020, 4, '2020-05-23'],
    [2023, 2, '2023-03-22'],
    [2025, 6, '2025-07-25'],
    [2028, 5, '2028-06-23'], // derived with the algorithm only (no published calendar compared)
  ])('lunar year %i has leap month %i starting %s', (year, month, start) => {
    expect(leapMonthOf(year)).toBe(month);
    expect(lunarToSolar({ year, month, day: 1, leap: true })).toEqual({ ok: true, value: start });
    expect(lunarYearMonths(year)).toHaveLength(13);
  });

  it.each([2019, 2021, 2022, 2024, 2026, 2027])('lunar year %i has no leap month', (year) => {
    expect(leapMonthOf(year)).toBeNull();
    expect(lunarYearMonths(year)).toHaveLength(12);
  });

  it('refuses lunar dates that do not exist', () => {
    expect(lunarToSolar({ year: 2026, month: 6, day: 1, leap: true })).toMatchObject({ ok: false, code: 'INVALID_LUNAR_DATE' });
    expect(lunarToSolar({ year: 2025, month: 12, day: 30, leap: false })).toMatchObject({ ok: false, code: 'INVALID_LUNAR_DATE' });
    expect(lunarToSolar({ year: 2025, month: 13, day: 1, leap: false }).ok).toBe(false);
  });

  it('spells Can-Chi in Vietnamese', () => {
    expect(canChiOfYear(1984)).toBe('Giáp Tý');
    expect(canChiOfYear(2043)).toBe('Quý Hợi');
    expect(canChiOfYear(2011)).toBe('Tân Mão');
    expect(canChiOfYear(2019)).toBe('Kỷ Hợi');
    expect(canChiOfYear(2026).normalize('NFC')).toBe(canChiOfYear(2026));
    expect(canChiOfDay(d('2000-01-01'))).toBe('Mậu Ngọ');
  });

  it('labels lunar dates', () => {
    expect(formatLunarDate(solarToLunar(d('2026-02-17')))).toBe('mùng 1 tháng Giêng năm Bính Ngọ');
    expect(formatLunarDate(solarToLunar(d('2026-02-16')))).toBe('29 tháng Chạp năm Ất Tỵ');
    expect(formatLunarDate(solarToLunar(d('2025-07-25')))).toBe('mùng 1 tháng Sáu nhuận năm Ất Tỵ');
  });

  it('solar → lunar → solar round-trips, 1900–2100 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 47_482 }), (n) => {
        const date = fromDayNumber(n);
        const l = solarToLunar(date);
        const back = lunarToSolar(l);
        return back.ok && back.value === date && l.day >= 1 && l.day <= 30 && l.month >= 1 && l.month <= 12;
      }),
      { numRuns: 400 },
    );
  });

  it('consecutive days advance the lunar day or start a new month (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 47_000 }), (n) => {
        const a = solarToLunar(fromDayNumber(n));
        const b = solarToLunar(addDays(fromDayNumber(n), 1));
        return (b.day === a.day + 1 && b.month === a.month && b.leap === a.leap) || (b.day === 1 && a.day >= 29);
      }),
      { numRuns: 300 },
    );
  });
});
