import { proposeHolidays, type CalendarDay, type CalendarDayKind, type ProposeOptions } from './holidays';
import { asLocalDate, type LocalDate } from './local-date';

// Announced civil-servant holiday schedules (docs/DOMAIN.md §2.5). The yearly government notice is authoritative;
// the statutory proposal (holidays.ts) only fills years with no notice yet.

/** A government document announcing (part of) a year's schedule. */
export interface ScheduleNotice {
  readonly ref: string;
  readonly issuedOn?: LocalDate;
  readonly covers: string;
  /** Where the notice was found: a research source tag such as '[S69]' (docs/DOMAIN.md §2.5), or the imported file. */
  readonly source: string;
}

/** A continuous break as announced (weekends included), for display. */
export interface HolidayBreak {
  readonly name: string;
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/** The confirmed schedule of one year. */
export interface AnnouncedSchedule {
  readonly year: number;
  readonly notices: readonly ScheduleNotice[];
  readonly breaks: readonly HolidayBreak[];
  readonly days: readonly CalendarDay[];
}

const d = asLocalDate;

function day(date: string, kind: CalendarDayKind, name: string, nameEn: string, legalRef: string): CalendarDay {
  return { date: d(date), kind, name, nameEn, legalRef, status: 'confirmed', unitId: null };
}

// Legal references as the calendar page shows them (Vietnamese); migration 2026120701 turned the seeded rows into these.
const LC = 'Bộ luật Lao động 2019, Điều';
const TET_2025 = `${LC} 112 khoản 1 điểm b; Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ`;
const TET_2026 = `${LC} 112 khoản 1 điểm b; Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ`;
// The seeded notices' `source` keeps research tags ([S69]…); docs/DOMAIN.md §2.5 says what they mean.
const SWAP_2025 = 'Hoán đổi ngày làm việc dịp 30/4 – 1/5/2025 của cán bộ, công chức, viên chức đã được Thủ tướng Chính phủ đồng ý';
const SWAP_2026 = 'Hoán đổi ngày làm việc dịp Quốc khánh 2026 của cán bộ, công chức, viên chức đã được Thủ tướng Chính phủ đồng ý';

/** 2025: Tết Sat 25/1 – Sun 2/2; Hùng Vương Mon 7/4; 30/4–4/5 with make-up Saturday 26/4; National Day 30/8–2/9 (docs/DOMAIN.md §2.5). */
export const SCHEDULE_2025: AnnouncedSchedule = {
  year: 2025,
  notices: [
    {
      ref: 'Công văn 8726/VPCP-KGVX',
      issuedOn: d('2024-11-26'),
      covers: 'Lịch nghỉ Tết Ất Tỵ 2025 của cán bộ, công chức, viên chức',
      source: '[S69]',
    },
    { ref: 'Hoán đổi ngày làm việc 02/5 ↔ 26/4/2025', covers: 'Nghỉ 30/4 – 4/5/2025, làm bù thứ Bảy 26/4/2025', source: '[S70]' },
  ],
  breaks: [
    { name: 'Tết Dương lịch', from: d('2025-01-01'), to: d('2025-01-01') },
    { name: 'Tết Nguyên đán Ất Tỵ', from: d('2025-01-25'), to: d('2025-02-02') },
    { name: 'Giỗ Tổ Hùng Vương', from: d('2025-04-05'), to: d('2025-04-07') },
    { name: 'Ngày Chiến thắng và Quốc tế Lao động', from: d('2025-04-30'), to: d('2025-05-04') },
    { name: 'Quốc khánh', from: d('2025-08-30'), to: d('2025-09-02') },
  ],
  days: [
    day('2025-01-01', 'holiday', 'Tết Dương lịch', "New Year's Day", `${LC} 112 khoản 1 điểm a`),
    day('2025-01-27', 'tet', 'Tết Nguyên đán Ất Tỵ (28 tháng Chạp)', 'Lunar New Year (Tết)', TET_2025),
    day('2025-01-28', 'tet', 'Tết Nguyên đán Ất Tỵ (29 tháng Chạp, giao thừa)', 'Lunar New Year (Tết)', TET_2025),
    day('2025-01-29', 'tet', 'Tết Nguyên đán Ất Tỵ (mùng 1 tháng Giêng)', 'Lunar New Year (Tết)', TET_2025),
    day('2025-01-30', 'tet', 'Tết Nguyên đán Ất Tỵ (mùng 2 tháng Giêng)', 'Lunar New Year (Tết)', TET_2025),
    day('2025-01-31', 'tet', 'Tết Nguyên đán Ất Tỵ (mùng 3 tháng Giêng)', 'Lunar New Year (Tết)', TET_2025),
    day('2025-04-07', 'holiday', 'Giỗ Tổ Hùng Vương (10 tháng Ba năm Ất Tỵ)', "Hùng Kings' Commemoration Day", `${LC} 112 khoản 1 điểm e`),
    day('2025-04-26', 'makeup_workday', 'Làm bù cho ngày nghỉ thứ Sáu 02/5/2025', 'Make-up working day for Friday 2 May', SWAP_2025),
    day('2025-04-30', 'holiday', 'Ngày Chiến thắng', 'Reunification Day', `${LC} 112 khoản 1 điểm c`),
    day('2025-05-01', 'holiday', 'Ngày Quốc tế Lao động', 'International Labour Day', `${LC} 112 khoản 1 điểm d`),
    day('2025-05-02', 'swap_off', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', 'Swapped day off (worked on Saturday 26 April)', SWAP_2025),
    day('2025-09-01', 'holiday', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)', `${LC} 112 khoản 1 điểm đ`),
    day('2025-09-02', 'holiday', 'Quốc khánh', 'National Day', `${LC} 112 khoản 1 điểm đ`),
  ],
};

/** 2026: Tết Sat 14/2 – Sun 22/2; Hùng Vương Sun 26/4 → compensatory Mon 27/4; 30/4–3/5; National Day 29/8–2/9 with Mon 31/8 off made up on Sat 22/8 (docs/DOMAIN.md §2.5). */
export const SCHEDULE_2026: AnnouncedSchedule = {
  year: 2026,
  notices: [
    {
      ref: 'Thông báo của Văn phòng Chính phủ ngày 13/10/2025',
      issuedOn: d('2025-10-13'),
      covers: 'Thủ tướng Chính phủ đồng ý lịch nghỉ Tết Bính Ngọ và Quốc khánh năm 2026',
      source: '[S72]',
    },
    {
      ref: 'Thông báo 9441/TB-BNV',
      issuedOn: d('2025-10-16'),
      covers: 'Lịch nghỉ Tết Bính Ngọ và các ngày lễ năm 2026 của cán bộ, công chức, viên chức',
      source: '[S71]',
    },
  ],
  breaks: [
    { name: 'Tết Dương lịch', from: d('2026-01-01'), to: d('2026-01-01') },
    { name: 'Tết Nguyên đán Bính Ngọ', from: d('2026-02-14'), to: d('2026-02-22') },
    { name: 'Giỗ Tổ Hùng Vương (nghỉ bù)', from: d('2026-04-25'), to: d('2026-04-27') },
    { name: 'Ngày Chiến thắng và Quốc tế Lao động', from: d('2026-04-30'), to: d('2026-05-03') },
    { name: 'Quốc khánh', from: d('2026-08-29'), to: d('2026-09-02') },
  ],
  days: [
    day('2026-01-01', 'holiday', 'Tết Dương lịch', "New Year's Day", `${LC} 112 khoản 1 điểm a`),
    day('2026-02-16', 'tet', 'Tết Nguyên đán Bính Ngọ (29 tháng Chạp Ất Tỵ, giao thừa)', 'Lunar New Year (Tết)', TET_2026),
    day('2026-02-17', 'tet', 'Tết Nguyên đán Bính Ngọ (mùng 1 tháng Giêng)', 'Lunar New Year (Tết)', TET_2026),
    day('2026-02-18', 'tet', 'Tết Nguyên đán Bính Ngọ (mùng 2 tháng Giêng)', 'Lunar New Year (Tết)', TET_2026),
    day('2026-02-19', 'tet', 'Tết Nguyên đán Bính Ngọ (mùng 3 tháng Giêng)', 'Lunar New Year (Tết)', TET_2026),
    day('2026-02-20', 'tet', 'Tết Nguyên đán Bính Ngọ (mùng 4 tháng Giêng)', 'Lunar New Year (Tết)', TET_2026),
    day(
      '2026-04-26',
      'holiday',
      'Giỗ Tổ Hùng Vương (10 tháng Ba năm Bính Ngọ)',
      "Hùng Kings' Commemoration Day",
      `${LC} 112 khoản 1 điểm e`,
    ),
    day(
      '2026-04-27',
      'compensatory',
      'Nghỉ bù Giỗ Tổ Hùng Vương',
      "Compensatory day off (Hùng Kings' Commemoration Day on Sunday)",
      `${LC} 111 khoản 3`,
    ),
    day('2026-04-30', 'holiday', 'Ngày Chiến thắng', 'Reunification Day', `${LC} 112 khoản 1 điểm c`),
    day('2026-05-01', 'holiday', 'Ngày Quốc tế Lao động', 'International Labour Day', `${LC} 112 khoản 1 điểm d`),
    day('2026-08-22', 'makeup_workday', 'Làm bù cho ngày nghỉ thứ Hai 31/8/2026', 'Make-up working day for Monday 31 August', SWAP_2026),
    day('2026-08-31', 'swap_off', 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8/2026)', 'Swapped day off (worked on Saturday 22 August)', SWAP_2026),
    day('2026-09-01', 'holiday', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)', `${LC} 112 khoản 1 điểm đ`),
    day('2026-09-02', 'holiday', 'Quốc khánh', 'National Day', `${LC} 112 khoản 1 điểm đ`),
  ],
};

/** All announced schedules held as seed data, by year. */
export const ANNOUNCED_SCHEDULES: readonly AnnouncedSchedule[] = [SCHEDULE_2025, SCHEDULE_2026];

/** The announced schedule of a year, if one is held. */
export function announcedSchedule(
  year: number,
  schedules: readonly AnnouncedSchedule[] = ANNOUNCED_SCHEDULES,
): AnnouncedSchedule | undefined {
  return schedules.find((s) => s.year === year);
}

/** Calendar entries for a span of years: the confirmed schedule where announced, otherwise the statutory proposal. */
export function calendarDaysForYears(
  fromYear: number,
  toYear: number,
  schedules: readonly AnnouncedSchedule[] = ANNOUNCED_SCHEDULES,
  options: ProposeOptions = {},
): CalendarDay[] {
  const out: CalendarDay[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    const s = announcedSchedule(y, schedules);
    out.push(...(s === undefined ? proposeHolidays(y, options) : s.days));
  }
  return out;
}
