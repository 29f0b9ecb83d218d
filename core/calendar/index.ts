// Public API of the working-calendar core: dates at UTC+7, Vietnamese lunar calendar, holidays, office hours,
// working-time arithmetic and the legal clock of a dossier.
export {
  MS_PER_DAY,
  MS_PER_MINUTE,
  VN_OFFSET,
  VN_OFFSET_MS,
  addDays,
  asLocalDate,
  compareDates,
  dateOf,
  vietnamToday,
  dateParts,
  datesBetween,
  dayNumberFromParts,
  dayNumberOfInstant,
  daysInMonth,
  diffDays,
  formatClock,
  formatMoment,
  fromDayNumber,
  fromLocalDateTime,
  isLeapYear,
  isLocalDate,
  isWeekend,
  localDateFromParts,
  momentAt,
  parseClock,
  parseLocalDate,
  parseMoment,
  partsFromDayNumber,
  startOfDay,
  toDayNumber,
  toInstant,
  toLocalDateTime,
  weekdayOf,
  weekdayOfDayNumber,
} from './local-date';
export type { Instant, IsoMoment, LocalDate, LocalDateTime, Weekday } from './local-date';
export {
  EARTHLY_BRANCHES,
  HEAVENLY_STEMS,
  LUNAR_MONTH_NAMES,
  VIETNAM_TIME_ZONE_HOURS,
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
export type { LunarDate, LunarMonthInfo } from './lunar';
export {
  CALENDAR_DAY_KINDS,
  COMPENSATORY_LEGAL_REF,
  LABOUR_CODE_2019_HOLIDAYS,
  NON_WORKING_KINDS,
  proposeHolidays,
  validateCalendarDay,
} from './holidays';
export type { CalendarDay, CalendarDayKind, CalendarDayStatus, HolidayRule, NationalDayAdjacency, ProposeOptions } from './holidays';
export { ANNOUNCED_SCHEDULES, SCHEDULE_2025, SCHEDULE_2026, announcedSchedule, calendarDaysForYears } from './schedules';
export type { AnnouncedSchedule, HolidayBreak, ScheduleNotice } from './schedules';
export {
  DEFAULT_OFFICE_HOURS,
  DEFAULT_SESSIONS,
  WORKING_DAY_HOURS,
  compileOfficeHours,
  describeSessions,
  officeHoursFor,
  sessionMinutes,
} from './office-hours';
export type { CompiledOfficeHours, CompiledSession, OfficeHours, OfficeSession } from './office-hours';
export { WORKING_UNIT_MS, buildCalendar } from './working-calendar';
export type {
  CalendarBuildError,
  CalendarInput,
  CountedUnit,
  DayInfo,
  DurationUnit,
  OfficeHoursPeriod,
  WorkingCalendar,
  WorkingTimeUnit,
} from './working-calendar';
export { SAME_DAY_RULES, isCutoff, parseCutoff, sameDayDue, sameDayRuleOn } from './same-day';
export type { SameDayDue, SameDayRule } from './same-day';
export {
  DEFAULT_APOLOGY_RULES,
  applyClockEvent,
  canExtend,
  classifyTimeliness,
  isOverdue,
  replayLegalClock,
  startLegalClock,
  timeliness766,
} from './legal-clock';
export type {
  ApologyRules,
  ClockErrorCode,
  ClockEvent,
  ExtensionRecord,
  LegalClock,
  PauseRecord,
  ProcessingTime,
  Timeliness,
} from './legal-clock';
