import { err, ok, type Result } from '../shared/result';
import { dateOf, formatMoment, toInstant, type Instant, type IsoMoment } from './local-date';
import { parseCutoff, sameDayDue, sameDayRuleOn } from './same-day';
import type { DurationUnit, WorkingCalendar } from './working-calendar';

// The legal clock of one dossier (hồ sơ) as pure functions over its events. Rules of docs/DOMAIN.md §3, after
// Decree 61/2018/NĐ-CP as amended by Decree 107/2021/NĐ-CP; Decree 118/2025/NĐ-CP (from 1/7/2025) keeps the same
// concepts with article numbers not yet read (docs/DOMAIN.md §1.2).

/** Legal processing time of a procedure (docs/DOMAIN.md §3.1: amount + unit; §3.9: a same-day unit has a cutoff). */
export interface ProcessingTime {
  readonly amount: number;
  readonly unit: DurationUnit;
  /** 'same_day' only: 'HH:mm' after which a receipt is due the next working day (default: the rule on the receipt date). */
  readonly cutoff?: string;
}

/** Trước hạn / đúng hạn / quá hạn (docs/DOMAIN.md §3.5). */
export type Timeliness = 'early' | 'on_time' | 'late';

/** An event that moves the legal clock; moments are ISO 8601 (any offset) or epoch-ms instants. */
export type ClockEvent =
  | { readonly type: 'supplement_requested'; readonly at: IsoMoment | Instant }
  | { readonly type: 'resubmitted'; readonly at: IsoMoment | Instant }
  | { readonly type: 'payment_requested'; readonly at: IsoMoment | Instant }
  | { readonly type: 'payment_confirmed'; readonly at: IsoMoment | Instant }
  | { readonly type: 'extension_issued'; readonly at: IsoMoment | Instant; readonly newDueAt: IsoMoment | Instant }
  | { readonly type: 'finished'; readonly at: IsoMoment | Instant };

/** Why an event or a clock was refused. */
export type ClockErrorCode =
  | 'INVALID_MOMENT'
  | 'INVALID_PROCESSING_TIME'
  | 'OUT_OF_CALENDAR_RANGE'
  | 'EVENT_BEFORE_RECEIPT'
  | 'EVENT_OUT_OF_ORDER'
  | 'ALREADY_PAUSED'
  | 'NOT_PAUSED'
  | 'CASE_PAUSED'
  | 'CASE_FINISHED'
  | 'EXTENSION_TOO_LATE'
  | 'EXTENSION_ALREADY_GRANTED'
  | 'EXTENSION_NOT_LATER'
  | 'EXTENSION_DUE_NOT_WORKING_DAY';

/** One pause: from the request to the resubmission or payment (to = null while still waiting). */
export interface PauseRecord {
  readonly from: IsoMoment;
  readonly to: IsoMoment | null;
  readonly workingMinutes: number;
  /** What the clock waits for; absent (clocks stored before payment pauses) = a supplement (docs/DOMAIN.md §10.5). */
  readonly kind?: 'supplement' | 'payment';
}

/** The single permitted extension (form 04: apology with a new date). */
export interface ExtensionRecord {
  readonly issuedAt: IsoMoment;
  readonly previousDueAt: IsoMoment;
  readonly newDueAt: IsoMoment;
  /** Issued later than the rules ask (less than the required working days before the due, or after it); the dossier is late. */
  readonly late?: boolean;
}

/** The apology rules of the dossier's rule set (core/dossier rule-sets): how early, and whether a late one is recorded. */
export interface ApologyRules {
  readonly minWorkingDaysBefore: number;
  readonly late: 'record' | 'refuse';
}

/** The stricter default, for callers that pass no rule set: 1 working day before, a late apology refused. */
export const DEFAULT_APOLOGY_RULES: ApologyRules = { minWorkingDaysBefore: 1, late: 'refuse' };

/** State of a dossier's legal clock; every moment is ISO 8601 at +07:00. Serialisable as JSON. */
export interface LegalClock {
  readonly receivedAt: IsoMoment;
  /** Next opening at or after the receipt: when counting starts. */
  readonly countingFrom: IsoMoment;
  readonly processingTime: ProcessingTime;
  /** Receipt + processing time, before any pause. */
  readonly statutoryDueAt: IsoMoment;
  /** Statutory due moved by every closed pause: the date statistics judge against (docs/DOMAIN.md §3.5). */
  readonly originalDueAt: IsoMoment;
  /** Current appointment: the extension's date (moved by later pauses) if one was issued, else originalDueAt. */
  readonly dueAt: IsoMoment;
  readonly status: 'running' | 'paused' | 'finished';
  readonly pauses: readonly PauseRecord[];
  readonly pausedWorkingMinutes: number;
  readonly supplementCount: number;
  readonly extension: ExtensionRecord | null;
  readonly finishedAt: IsoMoment | null;
  readonly lastEventAt: IsoMoment;
  /** Against originalDueAt; null until finished. */
  readonly timeliness: Timeliness | null;
  /** Against the extended appointment; null until finished or when there is no extension. */
  readonly timelinessWithExtension: Timeliness | null;
}

type ClockResult = Result<LegalClock, ClockErrorCode>;

const UNITS: readonly DurationUnit[] = ['working_day', 'working_hour', 'calendar_day', 'same_day'];

/** Runs calendar arithmetic, turning the calendar's RangeError (moment outside its range) into a typed error. */
function guard<T>(f: () => T): Result<T, 'OUT_OF_CALENDAR_RANGE'> {
  try {
    return ok(f());
  } catch (e) {
    if (e instanceof RangeError) return err('OUT_OF_CALENDAR_RANGE', e.message);
    throw e;
  }
}

function instant(v: IsoMoment | Instant): Instant | null {
  const r = toInstant(v);
  return r.ok ? r.value : null;
}

// docs/DOMAIN.md §3.5: trước hạn = finished before the due date; đúng hạn = on the due date; quá hạn = after it.
/** Classifies a finish against a due moment: 'early' on an earlier day, 'on_time' on the due day by the due moment, else 'late'. */
export function classifyTimeliness(finishedAt: Instant, dueAt: Instant): Timeliness {
  if (dateOf(finishedAt) < dateOf(dueAt)) return 'early';
  return finishedAt <= dueAt ? 'on_time' : 'late';
}

/** Starts the clock at receipt: due = receipt + processing time on the working calendar (docs/DOMAIN.md §3.1). */
export function startLegalClock(calendar: WorkingCalendar, receivedAt: IsoMoment | Instant, processingTime: ProcessingTime): ClockResult {
  const t = instant(receivedAt);
  if (t === null) return err('INVALID_MOMENT', `Invalid receipt moment ${String(receivedAt)}`);
  const { amount, unit } = processingTime;
  if (!UNITS.includes(unit) || !Number.isFinite(amount) || amount < 0 || (unit === 'calendar_day' && !Number.isInteger(amount))) {
    return err('INVALID_PROCESSING_TIME', `Invalid processing time ${amount} ${unit}`);
  }
  // Same-day procedures: the procedure's cutoff, else the rule's default on the receipt date (docs/DOMAIN.md §3.9).
  const cutoff = unit === 'same_day' ? (processingTime.cutoff ?? sameDayRuleOn(dateOf(t)).defaultCutoff) : null;
  const cutoffMinutes = cutoff === null ? null : parseCutoff(cutoff);
  if (cutoffMinutes !== null && !cutoffMinutes.ok) return err('INVALID_PROCESSING_TIME', cutoffMinutes.message ?? 'Invalid cutoff');
  const computed = guard(() => ({
    from: calendar.nextWorkingMoment(t),
    due:
      unit === 'same_day'
        ? sameDayDue(calendar, t, cutoffMinutes?.ok ? cutoffMinutes.value : 0).dueAt
        : calendar.addWorking(t, amount, unit),
  }));
  if (!computed.ok) return computed;
  const due = formatMoment(computed.value.due);
  return ok({
    receivedAt: formatMoment(t),
    countingFrom: formatMoment(computed.value.from),
    processingTime: cutoff === null ? { amount, unit } : { amount, unit, cutoff },
    statutoryDueAt: due,
    originalDueAt: due,
    dueAt: due,
    status: 'running',
    pauses: [],
    pausedWorkingMinutes: 0,
    supplementCount: 0,
    extension: null,
    finishedAt: null,
    lastEventAt: formatMoment(t),
    timeliness: null,
    timelinessWithExtension: null,
  });
}

/** Recomputes the due moments from the statutory due, the closed pauses and the extension. */
function withDues(
  calendar: WorkingCalendar,
  clock: LegalClock,
  pauses: readonly PauseRecord[],
): Result<LegalClock, 'OUT_OF_CALENDAR_RANGE'> {
  const closed = pauses.filter((p) => p.to !== null);
  const total = closed.reduce((s, p) => s + p.workingMinutes, 0);
  const ext = clock.extension;
  const extStart = ext === null ? null : (instant(ext.issuedAt) ?? 0);
  const afterExt =
    extStart === null ? 0 : closed.filter((p) => (instant(p.from) ?? 0) >= extStart).reduce((s, p) => s + p.workingMinutes, 0);
  return guard(() => {
    // A supplement request pauses the clock; time already spent still counts (NĐ 61/2018 + NĐ 107/2021, QĐ 766 2.1; docs/DOMAIN.md §3.2).
    const original = calendar.shiftWorking(instant(clock.statutoryDueAt) ?? 0, total);
    const current = ext === null ? original : calendar.shiftWorking(instant(ext.newDueAt) ?? 0, afterExt);
    return { ...clock, pauses, pausedWorkingMinutes: total, originalDueAt: formatMoment(original), dueAt: formatMoment(current) };
  });
}

/** Applies one event to a clock, or explains why the event is refused (the clock itself is never changed). */
export function applyClockEvent(
  calendar: WorkingCalendar,
  clock: LegalClock,
  event: ClockEvent,
  apology: ApologyRules = DEFAULT_APOLOGY_RULES,
): ClockResult {
  const at = instant(event.at);
  if (at === null) return err('INVALID_MOMENT', `Invalid event moment ${String(event.at)}`);
  if (at < (instant(clock.receivedAt) ?? 0)) return err('EVENT_BEFORE_RECEIPT', 'Event precedes the receipt');
  if (at < (instant(clock.lastEventAt) ?? 0)) return err('EVENT_OUT_OF_ORDER', 'Events must be applied in time order');
  if (clock.status === 'finished') return err('CASE_FINISHED', 'The dossier is already finished');
  if (!calendar.covers(at)) return err('OUT_OF_CALENDAR_RANGE', 'Event outside the calendar range');
  const iso = formatMoment(at);
  const next = { ...clock, lastEventAt: iso };
  const open = clock.pauses[clock.pauses.length - 1];

  switch (event.type) {
    case 'supplement_requested': {
      if (clock.status === 'paused') return err('ALREADY_PAUSED', 'A supplement request is already pending');
      return ok({
        ...next,
        status: 'paused',
        supplementCount: clock.supplementCount + 1,
        pauses: [...clock.pauses, { from: iso, to: null, workingMinutes: 0, kind: 'supplement' }],
      });
    }
    case 'resubmitted': {
      if (clock.status !== 'paused' || open === undefined || (open.kind ?? 'supplement') !== 'supplement')
        return err('NOT_PAUSED', 'No supplement request is pending');
      return closePause(calendar, { ...next, status: 'running' }, open, at);
    }
    case 'payment_requested': {
      // Waiting for the applicant's financial obligations is not counted where the procedure's law says so (docs/DOMAIN.md §10.5).
      if (clock.status === 'paused') return err('ALREADY_PAUSED', 'The clock is already paused');
      return ok({ ...next, status: 'paused', pauses: [...clock.pauses, { from: iso, to: null, workingMinutes: 0, kind: 'payment' }] });
    }
    case 'payment_confirmed': {
      if (clock.status !== 'paused' || open === undefined || open.kind !== 'payment') return err('NOT_PAUSED', 'No payment is awaited');
      return closePause(calendar, { ...next, status: 'running' }, open, at);
    }
    case 'extension_issued':
      return extend(calendar, clock, next, at, event.newDueAt, apology);
    case 'finished': {
      let base: LegalClock = next;
      if (clock.status === 'paused' && open !== undefined) {
        // Finished while waiting for a supplement: the wait ends at the finish (as in QĐ 766 2.1; docs/DOMAIN.md §3.8).
        const closed = closePause(calendar, next, open, at);
        if (!closed.ok) return closed;
        base = closed.value;
      }
      const original = instant(base.originalDueAt) ?? 0;
      return ok({
        ...base,
        status: 'finished',
        finishedAt: iso,
        timeliness: classifyTimeliness(at, original),
        timelinessWithExtension: base.extension === null ? null : classifyTimeliness(at, instant(base.dueAt) ?? 0),
      });
    }
  }
}

function closePause(calendar: WorkingCalendar, clock: LegalClock, open: PauseRecord, at: Instant): ClockResult {
  const minutes = calendar.workingTimeBetween(instant(open.from) ?? 0, at);
  const pauses = [...clock.pauses.slice(0, -1), { ...open, to: formatMoment(at), workingMinutes: minutes }];
  return withDues(calendar, clock, pauses);
}

/** The apology with a new return date (form 04) applied to a running clock. */
function extend(
  calendar: WorkingCalendar,
  clock: LegalClock,
  next: LegalClock,
  at: Instant,
  newDueAt: IsoMoment | Instant,
  rules: ApologyRules,
): ClockResult {
  if (clock.status === 'paused') return err('CASE_PAUSED', 'Resume the dossier before issuing an extension');
  // A new return date may be set only once (NĐ 61/2018 as amended by NĐ 107/2021, article unverified; docs/DOMAIN.md §3.4).
  if (clock.extension !== null) return err('EXTENSION_ALREADY_GRANTED', 'A new return date may be set only once');
  const due = instant(clock.dueAt) ?? 0;
  // The apology is owed at least N working days before the due moment (docs/DOMAIN.md §3.4); a later one is recorded
  // as late when the rule set says so: the dossier is late, the citizen still gets the letter and the date (§10.4).
  const late = calendar.workingTimeBetween(at, due, 'working_day') < rules.minWorkingDaysBefore;
  if (late && rules.late === 'refuse') {
    return err('EXTENSION_TOO_LATE', 'The apology letter must be issued at least 1 working day before the due moment', {
      dueAt: clock.dueAt,
    });
  }
  const newDue = instant(newDueAt);
  if (newDue === null) return err('INVALID_MOMENT', `Invalid new due moment ${String(newDueAt)}`);
  if (newDue <= due || newDue <= at) return err('EXTENSION_NOT_LATER', 'The new return date must be later than the current one');
  if (!calendar.covers(newDue)) return err('OUT_OF_CALENDAR_RANGE', 'New due moment outside the calendar range');
  if (!calendar.isWorkingDay(dateOf(newDue))) return err('EXTENSION_DUE_NOT_WORKING_DAY', 'The new return date must be a working day');
  const newIso = formatMoment(newDue);
  const extension: ExtensionRecord = {
    issuedAt: formatMoment(at),
    previousDueAt: clock.dueAt,
    newDueAt: newIso,
    ...(late ? { late } : {}),
  };
  return ok({ ...next, extension, dueAt: newIso });
}

/** Starts a clock and applies events in order; the first refused event stops the replay with its index in details. */
export function replayLegalClock(
  calendar: WorkingCalendar,
  receivedAt: IsoMoment | Instant,
  processingTime: ProcessingTime,
  events: readonly ClockEvent[],
): ClockResult {
  let clock = startLegalClock(calendar, receivedAt, processingTime);
  for (let i = 0; i < events.length && clock.ok; i++) {
    const event = events[i];
    if (event === undefined) continue;
    const next = applyClockEvent(calendar, clock.value, event);
    if (!next.ok) return { ...next, details: { ...(next.details ?? {}), eventIndex: i, event } };
    clock = next;
  }
  return clock;
}

/** Checks, without applying it, whether an extension issued at `at` would be accepted. */
export function canExtend(
  calendar: WorkingCalendar,
  clock: LegalClock,
  at: IsoMoment | Instant,
  newDueAt: IsoMoment | Instant,
  rules: ApologyRules = DEFAULT_APOLOGY_RULES,
): Result<true, ClockErrorCode> {
  const r = applyClockEvent(calendar, clock, { type: 'extension_issued', at, newDueAt }, rules);
  return r.ok ? ok(true) : r;
}

/** True when an unfinished dossier is past its due moment at `asOf` ('original' for statistics, 'current' for the appointment). */
export function isOverdue(clock: LegalClock, asOf: IsoMoment | Instant, against: 'original' | 'current' = 'original'): boolean {
  const asOfT = instant(asOf);
  if (asOfT === null || clock.status === 'finished') return false;
  // While waiting for a supplement the clock is stopped at the request moment.
  const pausedSince = clock.status === 'paused' ? instant(clock.pauses[clock.pauses.length - 1]?.from ?? '') : null;
  const t = pausedSince === null ? asOfT : Math.min(asOfT, pausedSince);
  return t > (instant(against === 'original' ? clock.originalDueAt : clock.dueAt) ?? 0);
}

// Decision 766/QĐ-TTg indicator 2.1: more than one supplement request makes the dossier late (docs/DOMAIN.md §3.8).
/** Timeliness as Decision 766 counts it: 'late' when more than one supplement was requested, else the clock's timeliness. */
export function timeliness766(clock: LegalClock): Timeliness | null {
  if (clock.timeliness === null) return null;
  return clock.supplementCount > 1 ? 'late' : clock.timeliness;
}
