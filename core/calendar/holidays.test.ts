import { describe, expect, it } from 'vitest';
import { proposeHolidays, validateCalendarDay, NON_WORKING_KINDS, type CalendarDay } from './holidays';
import { asLocalDate, datesBetween, isWeekend } from './local-date';
import { ANNOUNCED_SCHEDULES, SCHEDULE_2025, SCHEDULE_2026, announcedSchedule, calendarDaysForYears } from './schedules';

const offDates = (days: readonly CalendarDay[]): string[] => days.filter((x) => NON_WORKING_KINDS.includes(x.kind)).map((x) => x.date);
const byKind = (days: readonly CalendarDay[], kind: CalendarDay['kind']): string[] =>
  days.filter((x) => x.kind === kind).map((x) => x.date);

describe('proposeHolidays (Labour Code 2019 Art. 111(3), 112)', () => {
  it('2026: matches the announced non-working days except the National Day swap', () => {
    const p = proposeHolidays(2026);
    expect(p.every((x) => x.status === 'proposed' && x.unitId === null)).toBe(true);
    expect(offDates(p)).toEqual([
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
    expect(byKind(p, 'compensatory')).toEqual(['2026-04-27']);
    expect(p.find((x) => x.date === '2026-04-27')?.legalRef).toBe('Bộ luật Lao động 2019, Điều 111 khoản 3');
    const confirmedOff = offDates(SCHEDULE_2026.days).filter((x) => x !== '2026-08-31');
    expect(offDates(p)).toEqual(confirmedOff);
  });

  it('2025 with two Tết days before mùng 1 reproduces the announced days except the 2/5 swap', () => {
    const p = proposeHolidays(2025, { tetDaysBefore: 2 });
    expect(byKind(p, 'tet')).toEqual(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']);
    expect(offDates(p)).toEqual(offDates(SCHEDULE_2025.days).filter((x) => x !== '2025-05-02'));
  });

  it('2025 default rule (eve + 4 days) ends on Saturday 1/2 and compensates on Monday 3/2', () => {
    const p = proposeHolidays(2025);
    expect(byKind(p, 'tet')).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01']);
    expect(byKind(p, 'compensatory')).toEqual(['2025-02-03']);
  });

  it.each([
    [2022, ['2022-01-03', '2022-05-02', '2022-05-03']], // 1/1 Sat; 30/4 Sat + 1/5 Sun (as announced in 2022)
    [2023, ['2023-01-02', '2023-09-04']], // 1/1 Sun; 2/9 Sat (announced 1–4/9/2023)
    [2027, ['2027-02-10', '2027-02-11', '2027-05-03']], // Tết 5–9/2 includes a weekend; 1/5 Sat
  ])('%i compensatory days (excluding Tết choice where announced differently)', (year, expected) => {
    const comps = byKind(proposeHolidays(year), 'compensatory');
    for (const c of expected) expect(comps).toContain(c);
  });

  it('2023 Tết with two days before reproduces the announced 20/1–26/1 including two compensatory days', () => {
    const p = proposeHolidays(2023, { tetDaysBefore: 2 });
    expect(byKind(p, 'tet')).toEqual(['2023-01-20', '2023-01-21', '2023-01-22', '2023-01-23', '2023-01-24']);
    expect(byKind(p, 'compensatory').filter((x) => x < '2023-02-01')).toEqual(['2023-01-02', '2023-01-25', '2023-01-26']);
  });

  it.each([
    [2021, '2021-09-03'], // Thu → Fri 3/9
    [2022, '2022-09-01'], // Fri → Thu 1/9
    [2023, '2023-09-01'], // Sat → Fri 1/9
    [2024, '2024-09-03'], // Mon → Tue 3/9
    [2025, '2025-09-01'], // Tue → Mon 1/9
    [2026, '2026-09-01'], // Wed → Tue 1/9
  ])('%i National Day adjacent day is %s (announced precedent)', (year, adjacent) => {
    expect(offDates(proposeHolidays(year))).toContain(adjacent);
  });

  it('Hùng Vương follows the lunar calendar (10/3)', () => {
    expect(proposeHolidays(2027).find((x) => x.name.startsWith('Giỗ Tổ'))?.date).toBe('2027-04-16');
    expect(proposeHolidays(2030).find((x) => x.name.startsWith('Giỗ Tổ'))?.date).toBe('2030-04-12');
  });

  it('gives 11 statutory days every year, no duplicate dates', () => {
    for (let y = 2021; y <= 2040; y++) {
      const p = proposeHolidays(y);
      expect(p.filter((x) => x.kind !== 'compensatory')).toHaveLength(11);
      expect(new Set(p.map((x) => x.date)).size).toBe(p.length);
      for (const c of byKind(p, 'compensatory')) expect(isWeekend(asLocalDate(c))).toBe(false);
    }
  });
});

describe('announced schedules (docs/DOMAIN.md §2.5)', () => {
  it.each(ANNOUNCED_SCHEDULES.map((s) => [s.year, s] as const))('%i entries are valid, confirmed, unique and in their year', (year, s) => {
    for (const x of s.days) {
      expect(validateCalendarDay(x as unknown as Record<string, unknown>)).toEqual([]);
      expect(x.status).toBe('confirmed');
      expect(x.date.startsWith(String(year))).toBe(true);
      expect(x.legalRef).not.toBe('');
    }
    expect(new Set(s.days.map((x) => x.date)).size).toBe(s.days.length);
    expect(s.notices.length).toBeGreaterThan(0);
  });

  it.each(ANNOUNCED_SCHEDULES.map((s) => [s.year, s] as const))('%i breaks are exactly weekends plus non-working entries', (_year, s) => {
    const off = new Set(offDates(s.days));
    const makeup = new Set(byKind(s.days, 'makeup_workday'));
    const inBreaks = new Set<string>();
    for (const b of s.breaks) {
      for (const date of datesBetween(b.from, b.to)) {
        inBreaks.add(date);
        expect(off.has(date) || (isWeekend(date) && !makeup.has(date))).toBe(true);
      }
    }
    for (const date of off) expect(inBreaks.has(date)).toBe(true);
  });

  it('2025: Tết break 25/1–2/2, make-up Saturday 26/4 for Friday 2/5, notice 8726/VPCP-KGVX', () => {
    expect(SCHEDULE_2025.breaks.find((b) => b.name.startsWith('Tết Nguyên đán'))).toMatchObject({ from: '2025-01-25', to: '2025-02-02' });
    expect(byKind(SCHEDULE_2025.days, 'makeup_workday')).toEqual(['2025-04-26']);
    expect(byKind(SCHEDULE_2025.days, 'swap_off')).toEqual(['2025-05-02']);
    expect(SCHEDULE_2025.notices.map((n) => n.ref)).toContain('Công văn 8726/VPCP-KGVX');
    // About 22 days off in total, as the 2025 schedule was reported (docs/DOMAIN.md §2.5): sum of the break lengths.
    const total = SCHEDULE_2025.breaks.reduce((s, b) => s + datesBetween(b.from, b.to).length, 0);
    expect(total).toBe(22);
  });

  it('2026: Tết 14/2–22/2, compensatory Monday 27/4, Monday 31/8 off made up Saturday 22/8, TB 9441/TB-BNV', () => {
    expect(SCHEDULE_2026.breaks.find((b) => b.name.startsWith('Tết Nguyên đán'))).toMatchObject({ from: '2026-02-14', to: '2026-02-22' });
    expect(byKind(SCHEDULE_2026.days, 'compensatory')).toEqual(['2026-04-27']);
    expect(byKind(SCHEDULE_2026.days, 'makeup_workday')).toEqual(['2026-08-22']);
    expect(byKind(SCHEDULE_2026.days, 'swap_off')).toEqual(['2026-08-31']);
    expect(SCHEDULE_2026.notices.map((n) => n.ref)).toContain('Thông báo 9441/TB-BNV');
  });

  it('calendarDaysForYears uses the confirmed schedule when announced, otherwise the proposal', () => {
    const days = calendarDaysForYears(2025, 2027);
    expect(days.filter((x) => x.date.startsWith('2025')).every((x) => x.status === 'confirmed')).toBe(true);
    expect(days.filter((x) => x.date.startsWith('2027')).every((x) => x.status === 'proposed')).toBe(true);
    expect(announcedSchedule(2027)).toBeUndefined();
  });

  it('validateCalendarDay reports bad input', () => {
    expect(validateCalendarDay({ date: '2025-02-30', kind: 'party', name: '', legalRef: 'x', status: 'draft', unitId: 3 })).toHaveLength(5);
  });
});
