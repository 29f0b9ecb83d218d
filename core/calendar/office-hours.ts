import { err, ok, type Result } from '../shared/result';
import { formatClock, parseClock, type Weekday } from './local-date';

/** One opening session of the office, as 'HH:mm' local (UTC+7) times, start inclusive, end exclusive. */
export interface OfficeSession {
  readonly start: string;
  readonly end: string;
}

/** Office hours for each ISO weekday (1 = Monday … 7 = Sunday) plus the hours kept on a make-up Saturday. */
export interface OfficeHours {
  readonly weekly: Readonly<Record<Weekday, readonly OfficeSession[]>>;
  /** Sessions worked on a make-up working day (làm bù); defaults to Monday's sessions. */
  readonly makeupDay?: readonly OfficeSession[];
}

/** A session in minutes after local midnight. */
export interface CompiledSession {
  readonly start: number;
  readonly end: number;
}

/** Office hours validated and converted to minutes. */
export interface CompiledOfficeHours {
  /** Index 1–7 by ISO weekday; index 0 is unused and empty. */
  readonly weekly: readonly (readonly CompiledSession[])[];
  readonly makeupDay: readonly CompiledSession[];
}

/** Standard working day length used to convert working days to hours: 1 working day = 8 h (DVCQG exchange rule, docs/DOMAIN.md §3.1). */
export const WORKING_DAY_HOURS = 8;

/** Morning session 07:30–11:30 and afternoon session 13:30–17:30 (common provincial practice; configure per province). */
export const DEFAULT_SESSIONS: readonly OfficeSession[] = [
  { start: '07:30', end: '11:30' },
  { start: '13:30', end: '17:30' },
];

// State offices work Monday–Friday, 40 h a week (QĐ 188/1999/QĐ-TTg, number UNVERIFIED; docs/DOMAIN.md §2.1).
/** Default office hours: Monday–Friday 07:30–11:30 and 13:30–17:30, closed on Saturday and Sunday. */
export const DEFAULT_OFFICE_HOURS: OfficeHours = officeHoursFor([1, 2, 3, 4, 5], DEFAULT_SESSIONS);

/** Builds office hours with the same sessions on the listed weekdays and closed on the others. */
export function officeHoursFor(weekdays: readonly Weekday[], sessions: readonly OfficeSession[]): OfficeHours {
  const pick = (d: Weekday): readonly OfficeSession[] => (weekdays.includes(d) ? sessions : []);
  return { weekly: { 1: pick(1), 2: pick(2), 3: pick(3), 4: pick(4), 5: pick(5), 6: pick(6), 7: pick(7) }, makeupDay: sessions };
}

function compileSessions(sessions: readonly OfficeSession[], label: string): Result<CompiledSession[], 'INVALID_OFFICE_HOURS'> {
  const out: CompiledSession[] = [];
  let previousEnd = -1;
  for (const s of sessions) {
    const start = parseClock(s.start);
    const end = parseClock(s.end);
    if (!start.ok || !end.ok || start.value >= end.value || start.value < previousEnd) {
      return err('INVALID_OFFICE_HOURS', `${label}: sessions must be HH:mm, start < end, ordered and not overlapping`);
    }
    out.push({ start: start.value, end: end.value });
    previousEnd = end.value;
  }
  return ok(out);
}

/** Validates office hours and converts them to minutes. */
export function compileOfficeHours(hours: OfficeHours): Result<CompiledOfficeHours, 'INVALID_OFFICE_HOURS'> {
  const weekly: CompiledSession[][] = [[]];
  for (const d of [1, 2, 3, 4, 5, 6, 7] as const) {
    const sessions = hours.weekly[d] as readonly OfficeSession[] | undefined;
    if (sessions === undefined) return err('INVALID_OFFICE_HOURS', `Missing weekday ${d}`);
    const c = compileSessions(sessions, `weekday ${d}`);
    if (!c.ok) return c;
    weekly.push(c.value);
  }
  const fallback = weekly.slice(1).find((s) => s.length > 0) ?? [];
  let makeupDay: CompiledSession[] = weekly[1]?.length ? weekly[1] : fallback;
  if (hours.makeupDay !== undefined) {
    const c = compileSessions(hours.makeupDay, 'makeupDay');
    if (!c.ok) return c;
    makeupDay = c.value;
  }
  if (makeupDay.length === 0) return err('INVALID_OFFICE_HOURS', 'Make-up working days need at least one session');
  return ok({ weekly, makeupDay });
}

/** Total minutes of a list of sessions. */
export function sessionMinutes(sessions: readonly CompiledSession[]): number {
  let total = 0;
  for (const s of sessions) total += s.end - s.start;
  return total;
}

/** Renders compiled sessions back to 'HH:mm' form. */
export function describeSessions(sessions: readonly CompiledSession[]): OfficeSession[] {
  return sessions.map((s) => ({ start: formatClock(s.start), end: formatClock(s.end) }));
}
