import {
  applyClockEvent,
  classifyTimeliness,
  dateOf,
  startLegalClock,
  type ClockEvent,
  type Instant,
  type LegalClock,
  type Timeliness,
  type WorkingCalendar,
} from '@core/calendar';

// The life of one demo dossier, planned on the real working calendar with the core legal clock: events per
// transition, control-slip steps with their timeliness, and the row as it stands at the reference moment.

/** A seeded pseudo-random source (mulberry32): the same seed gives the same demo data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** One element of a non-empty list, drawn with `r`. */
export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

/** A procedure as the generator needs it, with its route (units already resolved for this dossier). */
export type PlanProcedure = {
  amount: number;
  unit: 'working_day' | 'working_hour' | 'calendar_day' | 'same_day';
  /** same_day: the cutoff 'HH:MM' (docs/DOMAIN.md §3.9). */
  cutoff?: string | null;
  steps: Array<{ unitId: string; name: string; share: number }>;
};

/** What to make of one dossier (drawn by the caller). */
export type PlanInput = {
  receivedAt: Instant;
  channel: 'online' | 'in_person' | 'postal';
  receivingUnitId: string;
  handlingUnitId: string;
  procedure: PlanProcedure;
  /** 'refused' and 'withdrawn' end early; others follow the legal clock. */
  fate: 'normal' | 'late' | 'refused' | 'withdrawn';
  /** Supplement requests by the handling agency: 0, 1, or 2 (the second one flagged). */
  supplements: number;
  apology: boolean;
  /** 0–1: how much of the legal time a normal dossier uses. */
  pace: number;
  handlerAt: (unitId: string) => string | null;
};

/** One event row (the dossier_events projection source). */
export type PlanEvent = {
  type: string;
  from: string | null;
  to: string;
  at: Instant;
  unitId: string;
  actorId: string | null;
  data: unknown;
};
/** One control-slip row. */
export type PlanStep = {
  position: number;
  unitId: string;
  name: string;
  handlerId: string | null;
  startedAt: Instant | null;
  dueAt: Instant;
  finishedAt: Instant | null;
  timeliness: Timeliness | null;
};

/** The dossier as it stands at the reference moment. */
export type Plan = {
  status: string;
  submittedAt: Instant;
  receivedAt: Instant | null;
  clock: LegalClock | null;
  finishedAt: Instant | null;
  returnedAt: Instant | null;
  currentUnitId: string;
  currentHandlerId: string | null;
  events: PlanEvent[];
  steps: PlanStep[];
};

const MIN = 60_000;
const DAY_MIN = 8 * 60;

/** The events of one dossier that have happened by the reference moment. */
type EventLog = {
  readonly events: PlanEvent[];
  /** Records the event if it has happened by the reference moment; says whether it has. */
  readonly record: (
    type: string,
    from: string | null,
    to: string,
    at: Instant,
    unitId: string,
    actorId: string | null,
    data?: unknown,
  ) => boolean;
};

/** An empty log of the events up to `ref`. */
function eventLog(ref: Instant): EventLog {
  const events: PlanEvent[] = [];
  return {
    events,
    record: (type, from, to, at, unitId, actorId, data = null) => {
      if (at <= ref) events.push({ type, from, to, at, unitId, actorId, data });
      return at <= ref;
    },
  };
}

/** A received dossier being planned: what the steps of its life after receipt share and move (clock, status). */
type Story = {
  readonly cal: WorkingCalendar;
  readonly p: PlanInput;
  readonly ref: Instant;
  readonly log: EventLog;
  readonly clerk: string | null;
  /** Start of counting and the legal time in working minutes. */
  readonly from: Instant;
  readonly legalMin: number;
  /** When the desk forwards the dossier to its first step, at that step's unit. */
  readonly forwardAt: Instant;
  readonly firstUnit: string;
  clock: LegalClock;
  status: string;
};

/** Supplement pauses: working minutes paused so far, and the request still open at the reference moment (null if none). */
type Pauses = { pausedMin: number; pauseOpenAt: Instant | null };

/** Moves the story's legal clock by one event; false when the clock refuses it. */
function applyToClock(s: Story, e: ClockEvent): boolean {
  const next = applyClockEvent(s.cal, s.clock, e);
  if (next.ok) s.clock = next.value;
  return next.ok;
}

/** Plans one dossier up to `ref` (events after it have not happened yet). */
export function planDossier(cal: WorkingCalendar, p: PlanInput, ref: Instant, r: () => number): Plan {
  const submittedAt = p.channel === 'online' ? p.receivedAt - Math.floor(30 + r() * 900) * MIN : p.receivedAt;
  const log = eventLog(ref);
  const clerk = p.handlerAt(p.receivingUnitId);
  const base: Omit<Plan, 'status' | 'events'> = {
    submittedAt,
    receivedAt: null,
    clock: null,
    finishedAt: null,
    returnedAt: null,
    currentUnitId: p.receivingUnitId,
    currentHandlerId: null,
    steps: [],
  };
  const stoppedAs = planReceipt(p, ref, log, submittedAt, clerk);
  if (stoppedAs !== null) return { ...base, status: stoppedAs, events: log.events };
  const s = startStory(cal, p, ref, log, clerk);
  if (p.fate === 'withdrawn') return planWithdrawal(s, base);

  const pauses = planSupplements(s, r);
  const due = Date.parse(s.clock.originalDueAt);
  const totalMin = s.legalMin + pauses.pausedMin;
  const finishAt = plannedFinish(s, due, totalMin, pauses.pauseOpenAt, r);
  planApology(s, pauses, totalMin, finishAt);
  const { steps, current } = planSteps(s, due, totalMin, finishAt, r);
  const { finishedAt, returnedAt } = planEnd(s, finishAt, r);
  const atDesk = s.status === 'done' || s.status === 'returned' || s.status === 'supplement_requested';
  return {
    status: s.status,
    submittedAt,
    receivedAt: p.receivedAt,
    clock: s.clock,
    finishedAt,
    returnedAt,
    currentUnitId: atDesk || !current ? p.receivingUnitId : current.unitId,
    currentHandlerId: atDesk || !current ? null : current.handlerId,
    events: log.events,
    steps,
  };
}

/** Submission and refusal or receipt at the desk; the status when the dossier goes no further by `ref`, else null. */
function planReceipt(p: PlanInput, ref: Instant, log: EventLog, submittedAt: Instant, clerk: string | null): string | null {
  if (p.channel === 'online') log.record('submit', null, 'submitted', submittedAt, p.receivingUnitId, null);
  if (p.fate === 'refused') {
    const refused = log.record(
      'refuse',
      p.channel === 'online' ? 'submitted' : null,
      'not_received',
      p.receivedAt,
      p.receivingUnitId,
      clerk,
      {
        reason: 'Không thuộc thẩm quyền giải quyết',
      },
    );
    return refused ? 'not_received' : 'submitted';
  }
  if (p.receivedAt > ref) return 'submitted';
  log.record(
    p.channel === 'online' ? 'accept' : 'receive',
    p.channel === 'online' ? 'submitted' : null,
    'received',
    p.receivedAt,
    p.receivingUnitId,
    clerk,
  );
  return null;
}

/** Starts the legal clock at receipt and forwards the dossier to its first step. */
function startStory(cal: WorkingCalendar, p: PlanInput, ref: Instant, log: EventLog, clerk: string | null): Story {
  const { amount, unit, cutoff } = p.procedure;
  const started = startLegalClock(cal, p.receivedAt, { amount, unit, ...(cutoff ? { cutoff } : {}) });
  if (!started.ok) throw new Error(`demo: legal clock refused ${started.code}`);
  const clock = started.value;
  const from = Date.parse(clock.countingFrom);
  const legalMin = Math.max(0, cal.workingTimeBetween(from, Date.parse(clock.statutoryDueAt)));
  const forwardAt = p.receivedAt + MIN;
  const firstUnit = p.procedure.steps[0]?.unitId ?? p.handlingUnitId;
  log.record('start', 'received', 'processing', forwardAt, firstUnit, clerk);
  return { cal, p, ref, log, clerk, from, legalMin, forwardAt, firstUnit, clock, status: forwardAt <= ref ? 'processing' : 'received' };
}

/** A dossier the applicant withdraws after 30 % of its legal time; until then it is at its first step. */
function planWithdrawal(s: Story, base: Omit<Plan, 'status' | 'events'>): Plan {
  const { p } = s;
  const at = s.cal.shiftWorking(s.from, Math.max(1, s.legalMin * 0.3));
  if (s.log.record('withdraw', 'processing', 'withdrawn', at, p.receivingUnitId, s.clerk, { reason: 'Người nộp rút hồ sơ' }))
    s.status = 'withdrawn';
  return {
    ...base,
    receivedAt: p.receivedAt,
    clock: s.clock,
    status: s.status,
    events: s.log.events,
    currentUnitId: s.status === 'withdrawn' ? p.receivingUnitId : s.firstUnit,
  };
}

// One written request per agency (docs/DOMAIN.md §3.3); a second one carries its reason and is flagged, as the dossiers
// action records it (data.repeated).
/** Up to `p.supplements` supplement requests, each pausing the clock until the applicant resubmits. */
function planSupplements(s: Story, r: () => number): Pauses {
  const { cal, p, legalMin } = s;
  let pausedMin = 0;
  let pauseOpenAt: Instant | null = null;
  let lastBackAt = s.from;
  for (let round = 0; round < p.supplements && pauseOpenAt === null && legalMin >= DAY_MIN; round++) {
    const reqAt = cal.shiftWorking(lastBackAt, legalMin * (round === 0 ? 0.2 + r() * 0.3 : 0.05 + r() * 0.1));
    const backAt = cal.shiftWorking(reqAt, DAY_MIN * (1 + Math.floor(r() * 5)));
    const repeated = round > 0;
    const data = {
      items: ['Bản sao giấy tờ tùy thân'],
      repeated,
      reason: repeated ? 'Bản sao nộp bổ sung chưa được chứng thực' : null,
      previousAtUnit: round,
    };
    applyToClock(s, { type: 'supplement_requested', at: reqAt });
    // The request is the handling agency's (the one-stop unit only forwards it): the flag is on that agency.
    if (
      s.log.record('request_supplement', 'processing', 'supplement_requested', reqAt, p.handlingUnitId, p.handlerAt(p.handlingUnitId), data)
    )
      s.status = 'supplement_requested';
    if (backAt <= s.ref) {
      applyToClock(s, { type: 'resubmitted', at: backAt });
      s.log.record('resubmit', 'supplement_requested', 'processing', backAt, p.receivingUnitId, s.clerk);
      s.status = 'processing';
      pausedMin += cal.workingTimeBetween(reqAt, backAt);
      lastBackAt = backAt;
    } else pauseOpenAt = reqAt;
  }
  return { pausedMin, pauseOpenAt };
}

/** When it finishes: within the time (pace), on the due day, or 1–5 working days late; never while a request is open. */
function plannedFinish(s: Story, due: Instant, totalMin: number, pauseOpenAt: Instant | null, r: () => number): Instant {
  const { cal, p, legalMin, from } = s;
  let finishAt: Instant;
  if (legalMin === 0) finishAt = due;
  else if (p.fate === 'late') finishAt = cal.shiftWorking(due, DAY_MIN * (1 + Math.floor(r() * 5)) - Math.floor(r() * 120));
  else if (p.pace > 0.8) {
    // Up to 90 working minutes before the due moment, on the due day; counted in working time so it stays in office hours.
    const near = cal.shiftWorking(from, Math.max(1, totalMin - Math.floor(r() * 90)));
    finishAt = dateOf(near) === dateOf(due) ? Math.min(near, due) : due;
  } else finishAt = cal.shiftWorking(from, Math.max(1, totalMin * p.pace));
  // Never before the last event (a resubmission after a supplement).
  const lastEventAt = Date.parse(s.clock.lastEventAt);
  finishAt = Math.max(finishAt, legalMin === 0 ? lastEventAt : cal.shiftWorking(lastEventAt, 30));
  return pauseOpenAt !== null ? Infinity : finishAt;
}

// The apology letter: at least 1 working day before the due (NĐ 61/2018 + NĐ 107/2021), once.
/** A late dossier's apology with a new due moment, when its author chose one and it is issued by the reference moment. */
function planApology(s: Story, pauses: Pauses, totalMin: number, finishAt: Instant): void {
  const { cal, p } = s;
  if (p.fate !== 'late' || !p.apology || pauses.pauseOpenAt !== null || s.legalMin < 2 * DAY_MIN) return;
  const at = cal.shiftWorking(s.from, Math.max(pauses.pausedMin + 1, totalMin - 1.5 * DAY_MIN));
  const newDue = cal.shiftWorking(finishAt, DAY_MIN);
  const previousDueAt = s.clock.dueAt;
  if (at > Date.parse(s.clock.lastEventAt) && at <= s.ref && applyToClock(s, { type: 'extension_issued', at, newDueAt: newDue })) {
    s.log.record('issue_apology', 'processing', 'processing', at, p.handlingUnitId, p.handlerAt(p.handlingUnitId), {
      previousDueAt,
      newDueAt: s.clock.dueAt,
      reason: 'Hồ sơ cần xác minh thêm',
    });
  }
}

// Control-slip rows: dues by time share; a late dossier loses its time at one step (the culprit).
/** The control-slip rows as they stand at the reference moment, and the step in progress (null if none). */
function planSteps(
  s: Story,
  due: Instant,
  totalMin: number,
  finishAt: Instant,
  r: () => number,
): { steps: PlanStep[]; current: PlanStep | null } {
  const { cal, p, from, ref } = s;
  const steps: PlanStep[] = [];
  const n = p.procedure.steps.length;
  const culprit = Math.floor(r() * n);
  const actualMin = Number.isFinite(finishAt) ? Math.max(0, cal.workingTimeBetween(from, finishAt)) : Infinity;
  let cum = 0;
  let prevEnd: Instant = s.forwardAt;
  let current: PlanStep | null = null;
  p.procedure.steps.forEach((step, i) => {
    cum += step.share;
    const last = i === n - 1;
    const dueAt = last ? due : cal.shiftWorking(from, Math.max(0, totalMin * Math.min(1, cum)));
    let endMin: number;
    if (!Number.isFinite(actualMin)) endMin = Infinity;
    else if (p.fate === 'late') endMin = i < culprit ? totalMin * cum * 0.7 : actualMin - 30 * (n - 1 - i);
    else endMin = actualMin * Math.min(1, cum);
    const endAt =
      last && Number.isFinite(finishAt)
        ? finishAt
        : Number.isFinite(endMin)
          ? Math.max(prevEnd, cal.shiftWorking(from, Math.max(0, endMin)))
          : Infinity;
    const startedAt = prevEnd <= ref && current === null ? prevEnd : null;
    const done = endAt <= ref && startedAt !== null;
    const row: PlanStep = {
      position: i + 1,
      unitId: step.unitId,
      name: step.name,
      handlerId: p.handlerAt(step.unitId),
      startedAt,
      dueAt,
      finishedAt: done ? endAt : null,
      timeliness: done ? classifyTimeliness(endAt, dueAt) : null,
    };
    if (startedAt !== null && !done && current === null) current = row;
    steps.push(row);
    prevEnd = endAt;
  });
  return { steps, current: current as PlanStep | null };
}

/** Finishing and returning the result, when they have happened by the reference moment. */
function planEnd(s: Story, finishAt: Instant, r: () => number): { finishedAt: Instant | null; returnedAt: Instant | null } {
  const { cal, p } = s;
  if (!Number.isFinite(finishAt) || finishAt > s.ref || !applyToClock(s, { type: 'finished', at: finishAt }))
    return { finishedAt: null, returnedAt: null };
  s.log.record('finish', 'processing', 'done', finishAt, p.handlingUnitId, p.handlerAt(p.handlingUnitId));
  s.status = 'done';
  const back = cal.shiftWorking(finishAt, Math.floor(r() * 3 * DAY_MIN));
  if (!s.log.record('return_result', 'done', 'returned', back, p.receivingUnitId, s.clerk))
    return { finishedAt: finishAt, returnedAt: null };
  s.status = 'returned';
  return { finishedAt: finishAt, returnedAt: back };
}
