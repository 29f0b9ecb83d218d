import type { Kysely } from 'kysely';
import {
  DEFAULT_OFFICE_HOURS,
  asLocalDate,
  buildCalendar,
  proposeHolidays,
  type CalendarDay,
  type OfficeHours,
  type OfficeHoursPeriod,
  type OfficeSession,
  type WorkingCalendar,
} from '@core/calendar';
import { CALENDAR_YEAR_MAX, CALENDAR_YEAR_MIN } from '@contracts/calendar';
import type { CalendarDayRow, DB } from '@db/types';
import { ancestryOf } from '../units/units.service';
import { listClosuresOf, listNationalDays, listOfficeHours, readVersion, type OfficeHoursRow } from './calendar.repo';

// The server keeps one precomputed WorkingCalendar per process (and per unit with local closures), tagged with the
// calendar_state version it was built from. Each request reads that version (one single-row query); every write
// bumps it in its own transaction, so a process never answers from data older than the last committed write,
// even with several server instances.
//
// Which entries count: confirmed AND proposed. A proposal is the statutory rule (Labour Code 2019 Art. 112 and
// Art. 111(3)) applied to a year with no announcement yet, which is the best knowledge available; answers that
// rest on proposed days say so (provisionalDays). A year with no stored province-wide entry at all uses the
// statutory proposal computed in memory, so a due date in an unprepared year still skips Tết.

const proposals = new Map<number, CalendarDay[]>();

/** The statutory proposal for a year (pure, so computed once per process). */
export function statutoryProposal(year: number): CalendarDay[] {
  let p = proposals.get(year);
  if (!p) {
    p = proposeHolidays(year);
    proposals.set(year, p);
  }
  return p;
}

/** A stored row as a core calendar entry. */
export function toCalendarDay(
  row: Pick<CalendarDayRow, 'date' | 'kind' | 'name' | 'nameEn' | 'legalRef' | 'status' | 'unitId'>,
): CalendarDay {
  return {
    date: asLocalDate(row.date),
    kind: row.kind,
    name: row.name,
    nameEn: row.nameEn ?? undefined,
    legalRef: row.legalRef,
    status: row.status,
    unitId: row.unitId,
  };
}

function sessionsOf(v: unknown): OfficeSession[] {
  if (!Array.isArray(v)) return [];
  return v.filter(
    (s): s is OfficeSession =>
      typeof s === 'object' && s !== null && typeof (s as OfficeSession).start === 'string' && typeof (s as OfficeSession).end === 'string',
  );
}

/** Stored office hours (seven session lists, Monday first) as core OfficeHours. */
export function toOfficeHours(weekly: unknown, makeupDay: unknown): OfficeHours {
  const w = Array.isArray(weekly) ? weekly : [];
  const day = (i: number) => sessionsOf(w[i]);
  const hours: OfficeHours = { weekly: { 1: day(0), 2: day(1), 3: day(2), 4: day(3), 5: day(4), 6: day(5), 7: day(6) } };
  return Array.isArray(makeupDay) ? { ...hours, makeupDay: sessionsOf(makeupDay) } : hours;
}

/** What one process knows about the calendar at one version. */
export type CalendarSnapshot = {
  version: number;
  /** Province-wide entries: stored rows plus in-memory proposals for years with nothing stored. */
  national: CalendarDay[];
  /** Years that have at least one stored province-wide entry. */
  storedYears: Set<number>;
  officeHours: OfficeHours;
  periods: OfficeHoursPeriod[];
  base: WorkingCalendar;
  byUnit: Map<string, WorkingCalendar>;
};

const RANGE = { from: asLocalDate(`${CALENDAR_YEAR_MIN}-01-01`), to: asLocalDate(`${CALENDAR_YEAR_MAX}-12-31`) };
const MAX_UNIT_CALENDARS = 500;

function build(days: CalendarDay[], snap: Pick<CalendarSnapshot, 'officeHours' | 'periods'>, unitId: string | null): WorkingCalendar {
  const r = buildCalendar({ days, officeHours: snap.officeHours, officeHoursPeriods: snap.periods, unitId, range: RANGE });
  if (!r.ok) throw new Error(`calendar data is invalid: ${r.code} ${r.message ?? ''}`);
  return r.value;
}

function officeHoursOf(rows: OfficeHoursRow[]): { officeHours: OfficeHours; periods: OfficeHoursPeriod[] } {
  const [first, ...rest] = rows;
  if (!first) return { officeHours: DEFAULT_OFFICE_HOURS, periods: [] };
  return {
    officeHours: toOfficeHours(first.weekly, first.makeupDay),
    periods: rest.map((r) => ({ from: asLocalDate(r.validFrom), hours: toOfficeHours(r.weekly, r.makeupDay) })),
  };
}

async function loadSnapshot(db: Kysely<DB>, version: number): Promise<CalendarSnapshot> {
  const [rows, hours] = await Promise.all([listNationalDays(db), listOfficeHours(db)]);
  const national = rows.map(toCalendarDay);
  const storedYears = new Set(rows.map((r) => Number(r.date.slice(0, 4))));
  for (let y = CALENDAR_YEAR_MIN; y <= CALENDAR_YEAR_MAX; y++) if (!storedYears.has(y)) national.push(...statutoryProposal(y));
  const oh = officeHoursOf(hours);
  const base = build(national, oh, null);
  return { version, national, storedYears, ...oh, base, byUnit: new Map() };
}

const snapshots = new WeakMap<object, { version: number; promise: Promise<CalendarSnapshot> }>();

/** The calendar snapshot of the current version (rebuilt when another write has bumped the version); `knownVersion`: read by the caller just now. */
export async function calendarSnapshot(db: Kysely<DB>, knownVersion?: number): Promise<CalendarSnapshot> {
  const version = knownVersion ?? (await readVersion(db));
  const hit = snapshots.get(db);
  // Versions only grow, so a newer snapshot also answers an older known version: one read before another request
  // rebuilt it, or an intake's remembered one, which the versions taken with the dossier number then replace.
  if (hit && hit.version >= version) return hit.promise;
  const promise = loadSnapshot(db, version);
  snapshots.set(db, { version, promise });
  promise.catch(() => {
    if (snapshots.get(db)?.promise === promise) snapshots.delete(db);
  });
  return promise;
}

/** The working calendar of a unit: province-wide entries plus the local closures of the unit and its ancestors. */
export async function calendarFor(db: Kysely<DB>, unitId: string | null, knownVersion?: number): Promise<WorkingCalendar> {
  const snap = await calendarSnapshot(db, knownVersion);
  if (unitId === null) return snap.base;
  const hit = snap.byUnit.get(unitId);
  if (hit) return hit;
  const closures = await listClosuresOf(db, await ancestryOf(db, unitId));
  // A closure of a parent unit (e.g. a commune flooded) also closes the units inside it.
  const calendar = closures.length
    ? build([...snap.national, ...closures.map((r) => ({ ...toCalendarDay(r), unitId }))], snap, unitId)
    : snap.base;
  if (snap.byUnit.size >= MAX_UNIT_CALENDARS) snap.byUnit.clear();
  snap.byUnit.set(unitId, calendar);
  return calendar;
}
