import type { Kysely } from 'kysely';
import {
  addDays,
  asLocalDate,
  dateOf,
  datesBetween,
  formatMoment,
  parseCutoff,
  parseMoment,
  sameDayDue,
  sameDayRuleOn,
  weekdayOf,
  type CountedUnit,
  type Instant,
  type LocalDate,
  type WorkingCalendar,
} from '@core/calendar';
import type { Permission } from '@core/access/permissions';
import type {
  CalendarDaysQuery,
  CalendarDayView,
  CalendarYearResponse,
  DueDateQuery,
  DueDateResponse,
  OfficeHoursResponse,
  WorkingTimeQuery,
  WorkingTimeResponse,
} from '@contracts/calendar';
import type { DB } from '@db/types';
import { type Actor, AppError, validationError } from '../../http';
import { abilitiesOnUnit, ancestryOf } from '../units/units.service';
import { calendarFor, statutoryProposal } from './calendar.engine';

// Other modules compute due dates on a unit's working calendar through this file (the module's service).
export { calendarFor };
import { abilitiesOnDay, calendarUnitNotFound, loadCalendarScope, requireReadOn } from './calendar.policy';
import { dayView, officeHoursView, virtualDayView } from './calendar.present';
import { listNotices, listOfficeHours, listYear } from './calendar.repo';

const outOfRange = () =>
  new AppError(
    'CALENDAR_OUT_OF_RANGE',
    'Kết quả vượt ngoài phạm vi lịch làm việc (2000–2099) / the result falls outside the working calendar (2000–2099)',
    [{ path: 'amount', message: 'Thời hạn quá dài so với phạm vi lịch / amount too large for the calendar range' }],
  );

function instant(value: string, path: string): Instant {
  const r = parseMoment(value);
  if (!r.ok) throw validationError([{ path, message: `Không phải thời điểm ISO 8601 / not an ISO 8601 moment (${r.message ?? r.code})` }]);
  return r.value;
}

// Core methods throw RangeError only for moments outside the indexed years; the API turns that into a 400.
function inRange<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) throw outOfRange();
    throw e;
  }
}

/** The calendar of a unit the actor may read (calendar.read on it), or the province-wide one. */
async function readableCalendar(db: Kysely<DB>, actor: Actor, unitId: string | undefined): Promise<WorkingCalendar> {
  if (unitId === undefined) return calendarFor(db, null);
  const perms = await abilitiesOnUnit(db, actor, unitId);
  if (!perms.includes('calendar.read')) throw calendarUnitNotFound('unitId');
  return calendarFor(db, unitId);
}

/** Proposed (unconfirmed) entries on the dates from a to b: an answer resting on them may still change. */
function provisionalDays(cal: WorkingCalendar, a: LocalDate, b: LocalDate): Array<{ date: string; name: string }> {
  const out: Array<{ date: string; name: string }> = [];
  for (const date of datesBetween(a, b)) {
    for (const e of cal.dayInfo(date).entries) if (e.status === 'proposed') out.push({ date, name: e.name });
  }
  return out;
}

/** The due moment of a same-day procedure: by the asked cutoff, else the rule's default on the receipt date (§3.9). */
function sameDayAnswer(cal: WorkingCalendar, received: Instant, asked: string | undefined) {
  const cutoff = asked ?? sameDayRuleOn(dateOf(received)).defaultCutoff;
  const minutes = parseCutoff(cutoff);
  if (!minutes.ok) throw validationError([{ path: 'querystring.cutoff', message: 'Giờ chốt phải dạng HH:MM / cutoff must be HH:MM' }]);
  const r = inRange(() => sameDayDue(cal, received, minutes.value));
  return { due: r.dueAt, cutoff, resolvedOn: r.resolvedOn };
}

/** Due moment of a processing time counted from a receipt (rules in core/calendar/working-calendar.ts and same-day.ts). */
export async function dueDate(db: Kysely<DB>, actor: Actor, q: DueDateQuery): Promise<DueDateResponse> {
  const received = instant(q.receivedAt, 'receivedAt');
  const cal = await readableCalendar(db, actor, q.unitId);
  const amount = q.unit === 'same_day' ? 0 : (q.amount ?? 0);
  const { due, cutoff, resolvedOn } =
    q.unit === 'same_day'
      ? sameDayAnswer(cal, received, q.cutoff)
      : { due: inRange(() => cal.addWorking(received, amount, q.unit as CountedUnit)), cutoff: null, resolvedOn: null };
  const countFrom = inRange(() => cal.nextWorkingMoment(received));
  return {
    receivedAt: formatMoment(received),
    countFrom: formatMoment(countFrom),
    dueAt: formatMoment(due),
    amount,
    unit: q.unit,
    cutoff,
    resolvedOn,
    unitId: q.unitId ?? null,
    provisionalDays: provisionalDays(cal, dateOf(received), dateOf(due)),
  };
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** Office time between two moments (1 working day = 8 working hours). */
export async function workingTime(db: Kysely<DB>, actor: Actor, q: WorkingTimeQuery): Promise<WorkingTimeResponse> {
  const from = instant(q.from, 'from');
  const to = instant(q.to, 'to');
  const cal = await readableCalendar(db, actor, q.unitId);
  const minutes = inRange(() => cal.workingTimeBetween(from, to));
  return {
    from: formatMoment(from),
    to: formatMoment(to),
    workingMinutes: round(minutes),
    workingHours: round(minutes / 60),
    workingDays: round(minutes / 480),
    unitId: q.unitId ?? null,
  };
}

function summaryOf(cal: WorkingCalendar, year: number, days: CalendarDayView[]): CalendarYearResponse['summary'] {
  let workingDays = 0;
  let closedWeekdays = 0;
  let makeupDays = 0;
  const first = asLocalDate(`${year}-01-01`);
  for (const date of datesBetween(first, addDays(asLocalDate(`${year + 1}-01-01`), -1))) {
    const working = cal.isWorkingDay(date);
    const weekday = weekdayOf(date) <= 5;
    if (working) workingDays++;
    if (!working && weekday) closedWeekdays++;
    if (working && !weekday) makeupDays++;
  }
  return { workingDays, closedWeekdays, makeupDays, proposed: days.filter((d) => d.status === 'proposed').length };
}

/** A year's entries (province-wide, plus the local closures the caller may read), its notices and a summary. */
export async function yearView(db: Kysely<DB>, actor: Actor, q: CalendarDaysQuery): Promise<CalendarYearResponse> {
  const scope = await loadCalendarScope(db, actor);
  if (q.unitId) requireReadOn(scope, q.unitId, 'unitId');
  const closureUnits = q.unitId ? await ancestryOf(db, q.unitId) : scope.readableUnits;
  const [rows, notices, cal] = await Promise.all([
    listYear(db, q.year, closureUnits),
    listNotices(db, q.year),
    calendarFor(db, q.unitId ?? null),
  ]);
  const stored = rows.some((r) => r.unitId === null);
  const views = rows.map((r) => dayView(r, abilitiesOnDay(scope, r.unitId)));
  const days = stored
    ? views
    : [...statutoryProposal(q.year).map(virtualDayView), ...views].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const abilities: Permission[] = scope.manageNational ? ['calendar.read', 'calendar.manage'] : ['calendar.read'];
  return { year: q.year, stored, days, notices, summary: summaryOf(cal, q.year, days), abilities };
}

/** Office-hours periods and the one in effect on `today`. */
export async function officeHoursState(db: Kysely<DB>, actor: Actor, today: string): Promise<OfficeHoursResponse> {
  const [rows, scope] = await Promise.all([listOfficeHours(db), loadCalendarScope(db, actor)]);
  const periods = rows.map(officeHoursView);
  const current = [...periods].reverse().find((p) => p.validFrom <= today) ?? null;
  return { current, periods, abilities: scope.manageNational ? ['calendar.read', 'calendar.manage'] : ['calendar.read'] };
}
