import {
  addDays,
  fromDayNumber,
  isLocalDate,
  localDateFromParts,
  toDayNumber,
  weekdayOf,
  weekdayOfDayNumber,
  type LocalDate,
  type Weekday,
} from './local-date';
import { canChiOfYear, formatLunarDate, lastDayOfLunarYear, lunarToSolar, solarToLunar } from './lunar';

/** What a calendar entry does to the working calendar. */
export type CalendarDayKind = 'holiday' | 'tet' | 'compensatory' | 'swap_off' | 'makeup_workday' | 'local_closure';

/** 'proposed' = computed from the statutory rule; 'confirmed' = announced by the Government / MOHA. */
export type CalendarDayStatus = 'proposed' | 'confirmed';

/** One dated entry of the working calendar; unitId null/absent = applies province-wide (or nationally). */
export interface CalendarDay {
  readonly date: LocalDate;
  readonly kind: CalendarDayKind;
  readonly name: string;
  readonly nameEn?: string;
  readonly legalRef: string;
  readonly status: CalendarDayStatus;
  readonly unitId?: string | null;
}

/** Every kind, in a stable order. */
export const CALENDAR_DAY_KINDS: readonly CalendarDayKind[] = [
  'holiday',
  'tet',
  'compensatory',
  'swap_off',
  'makeup_workday',
  'local_closure',
];

/** Kinds that close the office for the day. */
export const NON_WORKING_KINDS: readonly CalendarDayKind[] = ['holiday', 'tet', 'compensatory', 'swap_off', 'local_closure'];

/** Which adjacent day joins 2/9 (before = 1/9, after = 3/9), keyed by the ISO weekday of 2/9. */
export type NationalDayAdjacency = Readonly<Record<Weekday, 'before' | 'after'>>;

/** A statutory public holiday, stated as data so a change in the law is a data change. */
export type HolidayRule =
  | {
      readonly id: string;
      readonly type: 'solar';
      readonly month: number;
      readonly day: number;
      readonly name: string;
      readonly nameEn: string;
      readonly legalRef: string;
    }
  | {
      readonly id: string;
      readonly type: 'lunar';
      readonly month: number;
      readonly day: number;
      readonly name: string;
      readonly nameEn: string;
      readonly legalRef: string;
    }
  | {
      readonly id: string;
      readonly type: 'lunar_new_year';
      readonly totalDays: number;
      /** How many of the days fall before mùng 1 (1 = only the last day of the old year). */
      readonly daysBefore: number;
      readonly name: string;
      readonly nameEn: string;
      readonly legalRef: string;
    }
  | {
      readonly id: string;
      readonly type: 'solar_with_adjacent';
      readonly month: number;
      readonly day: number;
      readonly adjacency: NationalDayAdjacency;
      readonly name: string;
      readonly nameEn: string;
      readonly legalRef: string;
    };

// Labour Code 45/2019/QH14 Art. 112(1): 11 paid public holidays (in force 1/1/2021); docs/DOMAIN.md §2.3.
/** The statutory holiday rules of Labour Code 2019 Art. 112(1). */
export const LABOUR_CODE_2019_HOLIDAYS: readonly HolidayRule[] = [
  // Labour Code 2019 Art. 112(1)(a): Tết Dương lịch, 1 day, 1 January
  {
    id: 'new_year',
    type: 'solar',
    month: 1,
    day: 1,
    name: 'Tết Dương lịch',
    nameEn: "New Year's Day",
    legalRef: 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a',
  },
  // Labour Code 2019 Art. 112(1)(b) + 112(3): Tết Âm lịch, 5 days; the Prime Minister fixes the dates each year.
  // Default proposal: the last day of the old lunar year + 4 days (e.g. 2026: 16/2–20/2, docs/DOMAIN.md §2.4).
  {
    id: 'tet',
    type: 'lunar_new_year',
    totalDays: 5,
    daysBefore: 1,
    name: 'Tết Nguyên đán',
    nameEn: 'Lunar New Year (Tết)',
    legalRef: 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b và khoản 3',
  },
  // Labour Code 2019 Art. 112(1)(e): Giỗ Tổ Hùng Vương, 1 day, 10/3 lunar
  {
    id: 'hung_kings',
    type: 'lunar',
    month: 3,
    day: 10,
    name: 'Giỗ Tổ Hùng Vương',
    nameEn: "Hùng Kings' Commemoration Day",
    legalRef: 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm e',
  },
  // Labour Code 2019 Art. 112(1)(c): Ngày Chiến thắng, 1 day, 30 April
  {
    id: 'victory_day',
    type: 'solar',
    month: 4,
    day: 30,
    name: 'Ngày Chiến thắng',
    nameEn: 'Reunification Day',
    legalRef: 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm c',
  },
  // Labour Code 2019 Art. 112(1)(d): Ngày Quốc tế lao động, 1 day, 1 May
  {
    id: 'labour_day',
    type: 'solar',
    month: 5,
    day: 1,
    name: 'Ngày Quốc tế Lao động',
    nameEn: 'International Labour Day',
    legalRef: 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm d',
  },
  // Labour Code 2019 Art. 112(1)(đ) + 112(3): Quốc khánh, 2/9 plus one adjacent day chosen by the Prime Minister.
  // Default choice bridges to a weekend, following announced precedents (docs/DOMAIN.md §2.4): 2021 Thu→3/9,
  // 2022 Fri→1/9, 2023 Sat→1/9, 2024 Mon→3/9, 2025 Tue→1/9, 2026 Wed→1/9 (Sunday: 3/9 by analogy with Monday).
  {
    id: 'national_day',
    type: 'solar_with_adjacent',
    month: 9,
    day: 2,
    adjacency: { 1: 'after', 2: 'before', 3: 'before', 4: 'after', 5: 'before', 6: 'before', 7: 'after' },
    name: 'Quốc khánh',
    nameEn: 'National Day',
    legalRef: 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ và khoản 3',
  },
];

/** Legal basis of a compensatory day off when a holiday falls on a weekly rest day. */
export const COMPENSATORY_LEGAL_REF = 'Bộ luật Lao động 2019, Điều 111 khoản 3';

/** Options for proposeHolidays. */
export interface ProposeOptions {
  readonly rules?: readonly HolidayRule[];
  /** Weekly rest days of the civil service (default Saturday and Sunday). */
  readonly weeklyRestDays?: readonly Weekday[];
  /** Overrides the Tết rule's number of days before mùng 1 (e.g. 2 as in 2023 and 2025). */
  readonly tetDaysBefore?: number;
}

interface Draft {
  readonly date: LocalDate;
  readonly kind: 'holiday' | 'tet';
  readonly name: string;
  readonly nameEn: string;
  readonly legalRef: string;
}

function solarDate(year: number, month: number, day: number): LocalDate | null {
  const r = localDateFromParts(year, month, day);
  return r.ok ? r.value : null;
}

function expandRule(rule: HolidayRule, year: number, tetDaysBefore: number | undefined): Draft[] {
  const base = { name: rule.name, nameEn: rule.nameEn, legalRef: rule.legalRef };
  switch (rule.type) {
    case 'solar': {
      const d = solarDate(year, rule.month, rule.day);
      return d === null ? [] : [{ ...base, date: d, kind: 'holiday' }];
    }
    case 'lunar': {
      const r = lunarToSolar({ year, month: rule.month, day: rule.day, leap: false });
      if (!r.ok) return [];
      const label = formatLunarDate(solarToLunar(r.value));
      return [{ ...base, date: r.value, kind: 'holiday', name: `${rule.name} (${label})` }];
    }
    case 'lunar_new_year': {
      const before = tetDaysBefore ?? rule.daysBefore;
      const eve = lastDayOfLunarYear(year - 1);
      const out: Draft[] = [];
      for (let i = 0; i < rule.totalDays; i++) {
        const date = addDays(eve, i - before + 1);
        const label = formatLunarDate(solarToLunar(date));
        out.push({ ...base, date, kind: 'tet', name: `${rule.name} ${canChiOfYear(year)} (${label})` });
      }
      return out;
    }
    case 'solar_with_adjacent': {
      const main = solarDate(year, rule.month, rule.day);
      if (main === null) return [];
      const side = rule.adjacency[weekdayOf(main)] === 'before' ? addDays(main, -1) : addDays(main, 1);
      return [main, side].map((date) => ({ ...base, date, kind: 'holiday' as const }));
    }
  }
}

/** Proposed non-working days of a year (Labour Code 2019 Art. 112 + compensatory days, Art. 111(3)), each with status 'proposed'. */
export function proposeHolidays(year: number, options: ProposeOptions = {}): CalendarDay[] {
  const rules = options.rules ?? LABOUR_CODE_2019_HOLIDAYS;
  const rest = new Set<number>(options.weeklyRestDays ?? [6, 7]);
  const drafts = rules.flatMap((r) => expandRule(r, year, options.tetDaysBefore));
  drafts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const taken = new Set<number>(drafts.map((d) => toDayNumber(d.date)));
  const out: CalendarDay[] = drafts.map((d) => ({ ...d, status: 'proposed', unitId: null }));
  for (const d of drafts) {
    if (!rest.has(weekdayOf(d.date))) continue;
    // Labour Code 2019 Art. 111(3): a holiday on a weekly rest day is compensated on the next working day.
    let n = toDayNumber(d.date) + 1;
    while (taken.has(n) || rest.has(weekdayOfDayNumber(n))) n++;
    taken.add(n);
    out.push({
      date: fromDayNumber(n),
      kind: 'compensatory',
      name: `Nghỉ bù ${d.name}`,
      nameEn: `Compensatory day off (${d.nameEn})`,
      legalRef: COMPENSATORY_LEGAL_REF,
      status: 'proposed',
      unitId: null,
    });
  }
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return out;
}

/** Checks a calendar entry coming from outside (database, admin form); returns a list of problems, empty when valid. */
export function validateCalendarDay(day: { readonly [k: string]: unknown }): string[] {
  const problems: string[] = [];
  if (!isLocalDate(day.date)) problems.push('date must be a real calendar date written YYYY-MM-DD');
  if (!CALENDAR_DAY_KINDS.includes(day.kind as CalendarDayKind)) problems.push(`kind must be one of ${CALENDAR_DAY_KINDS.join(', ')}`);
  if (day.status !== 'proposed' && day.status !== 'confirmed') problems.push("status must be 'proposed' or 'confirmed'");
  if (typeof day.name !== 'string' || day.name.trim() === '') problems.push('name is required');
  if (typeof day.legalRef !== 'string' || day.legalRef.trim() === '') problems.push('legalRef is required');
  if (day.unitId !== undefined && day.unitId !== null && typeof day.unitId !== 'string') problems.push('unitId must be a string or null');
  return problems;
}
