import {
  applyClockEvent,
  classifyTimeliness,
  dateOf,
  startLegalClock,
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

/** A procedure as the generator needs it, with its route (units already resolved for this dossier). */
export type PlanProcedure = {
  amount: number;
  unit: 'working_day' | 'working_hour' | 'calendar_day';
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

/** Plans one dossier up to `ref` (events after it have not happened yet). */
export function planDossier(cal: WorkingCalendar, p: PlanInput, ref: Instant, r: () => number): Plan {
  const submittedAt = p.channel === 'online' ? p.receivedAt - Math.floor(30 + r() * 900) * MIN : p.receivedAt;
  const events: PlanEvent[] = [];
  const clerk = p.handlerAt(p.receivingUnitId);
  const push = (
    type: string,
    from: string | null,
    to: string,
    at: Instant,
    unitId: string,
    actorId: string | null,
    data: unknown = null,
  ) => {
    if (at <= ref) events.push({ type, from, to, at, unitId, actorId, data });
    return at <= ref;
  };
  const base = {
    submittedAt,
    receivedAt: null,
    clock: null,
    finishedAt: null,
    returnedAt: null,
    currentUnitId: p.receivingUnitId,
    currentHandlerId: null,
    steps: [],
  };
  if (p.channel === 'online') push('submit', null, 'submitted', submittedAt, p.receivingUnitId, null);
  if (p.fate === 'refused') {
    const refused = push('refuse', p.channel === 'online' ? 'submitted' : null, 'not_received', p.receivedAt, p.receivingUnitId, clerk, {
      reason: 'Không thuộc thẩm quyền giải quyết',
    });
    return { ...base, status: refused ? 'not_received' : 'submitted', events };
  }
  if (p.receivedAt > ref) return { ...base, status: 'submitted', events };
  push(
    p.channel === 'online' ? 'accept' : 'receive',
    p.channel === 'online' ? 'submitted' : null,
    'received',
    p.receivedAt,
    p.receivingUnitId,
    clerk,
  );

  const started = startLegalClock(cal, p.receivedAt, { amount: p.procedure.amount, unit: p.procedure.unit });
  if (!started.ok) throw new Error(`demo: legal clock refused ${started.code}`);
  let clock = started.value;
  const from = Date.parse(clock.countingFrom);
  const legalMin = Math.max(0, cal.workingTimeBetween(from, Date.parse(clock.statutoryDueAt)));
  const apply = (e: Parameters<typeof applyClockEvent>[2]) => {
    const next = applyClockEvent(cal, clock, e);
    if (next.ok) clock = next.value;
    return next.ok;
  };
  const forwardAt = p.receivedAt + MIN;
  const firstUnit = p.procedure.steps[0]?.unitId ?? p.handlingUnitId;
  push('start', 'received', 'processing', forwardAt, firstUnit, clerk);
  let status = forwardAt <= ref ? 'processing' : 'received';

  if (p.fate === 'withdrawn') {
    const at = cal.shiftWorking(from, Math.max(1, legalMin * 0.3));
    if (push('withdraw', 'processing', 'withdrawn', at, p.receivingUnitId, clerk, { reason: 'Người nộp rút hồ sơ' })) status = 'withdrawn';
    return {
      ...base,
      receivedAt: p.receivedAt,
      clock,
      status,
      events,
      currentUnitId: status === 'withdrawn' ? p.receivingUnitId : firstUnit,
    };
  }

  let pausedMin = 0;
  let pauseOpenAt: Instant | null = null;
  // One written request per agency (docs/DOMAIN.md §3.3); a second one carries its reason and is flagged, as the dossiers
  // action records it (data.repeated).
  let lastBackAt = from;
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
    apply({ type: 'supplement_requested', at: reqAt });
    // The request is the handling agency's (the one-stop unit only forwards it): the flag is on that agency.
    if (push('request_supplement', 'processing', 'supplement_requested', reqAt, p.handlingUnitId, p.handlerAt(p.handlingUnitId), data))
      status = 'supplement_requested';
    if (backAt <= ref) {
      apply({ type: 'resubmitted', at: backAt });
      push('resubmit', 'supplement_requested', 'processing', backAt, p.receivingUnitId, clerk);
      status = 'processing';
      pausedMin += cal.workingTimeBetween(reqAt, backAt);
      lastBackAt = backAt;
    } else pauseOpenAt = reqAt;
  }
  const due = Date.parse(clock.originalDueAt);
  const totalMin = legalMin + pausedMin;

  // When it finishes: within the time (pace), on the due day, or 1–5 working days late.
  let finishAt: Instant;
  if (legalMin === 0) finishAt = due;
  else if (p.fate === 'late') finishAt = cal.shiftWorking(due, DAY_MIN * (1 + Math.floor(r() * 5)) - Math.floor(r() * 120));
  else if (p.pace > 0.8) {
    // Up to 90 working minutes before the due moment, on the due day; counted in working time so it stays in office hours.
    const near = cal.shiftWorking(from, Math.max(1, totalMin - Math.floor(r() * 90)));
    finishAt = dateOf(near) === dateOf(due) ? Math.min(near, due) : due;
  } else finishAt = cal.shiftWorking(from, Math.max(1, totalMin * p.pace));
  // Never before the last event (a resubmission after a supplement).
  finishAt = Math.max(finishAt, legalMin === 0 ? Date.parse(clock.lastEventAt) : cal.shiftWorking(Date.parse(clock.lastEventAt), 30));
  if (pauseOpenAt !== null) finishAt = Infinity;

  // The apology letter: at least 1 working day before the due (NĐ 61/2018 + NĐ 107/2021), once.
  if (p.fate === 'late' && p.apology && pauseOpenAt === null && legalMin >= 2 * DAY_MIN) {
    const at = cal.shiftWorking(from, Math.max(pausedMin + 1, totalMin - 1.5 * DAY_MIN));
    const newDue = cal.shiftWorking(finishAt, DAY_MIN);
    const previousDueAt = clock.dueAt;
    if (at > Date.parse(clock.lastEventAt) && at <= ref && apply({ type: 'extension_issued', at, newDueAt: newDue })) {
      push('issue_apology', 'processing', 'processing', at, p.handlingUnitId, p.handlerAt(p.handlingUnitId), {
        previousDueAt,
        newDueAt: clock.dueAt,
        reason: 'Hồ sơ cần xác minh thêm',
      });
    }
  }

  // Control-slip rows: dues by time share; a late dossier loses its time at one step (the culprit).
  const steps: PlanStep[] = [];
  const n = p.procedure.steps.length;
  const culprit = Math.floor(r() * n);
  const actualMin = Number.isFinite(finishAt) ? Math.max(0, cal.workingTimeBetween(from, finishAt)) : Infinity;
  let cum = 0;
  let prevEnd: Instant = forwardAt;
  let current: PlanStep | null = null;
  p.procedure.steps.forEach((s, i) => {
    cum += s.share;
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
    const step: PlanStep = {
      position: i + 1,
      unitId: s.unitId,
      name: s.name,
      handlerId: p.handlerAt(s.unitId),
      startedAt,
      dueAt,
      finishedAt: done ? endAt : null,
      timeliness: done ? classifyTimeliness(endAt, dueAt) : null,
    };
    if (startedAt !== null && !done && current === null) current = step;
    steps.push(step);
    prevEnd = endAt;
  });

  let finishedAt: Instant | null = null;
  let returnedAt: Instant | null = null;
  if (Number.isFinite(finishAt) && finishAt <= ref && apply({ type: 'finished', at: finishAt })) {
    finishedAt = finishAt;
    push('finish', 'processing', 'done', finishAt, p.handlingUnitId, p.handlerAt(p.handlingUnitId));
    status = 'done';
    const back = cal.shiftWorking(finishAt, Math.floor(r() * 3 * DAY_MIN));
    if (push('return_result', 'done', 'returned', back, p.receivingUnitId, clerk)) {
      returnedAt = back;
      status = 'returned';
    }
  }
  const cur = current as PlanStep | null;
  const atDesk = status === 'done' || status === 'returned' || status === 'supplement_requested';
  return {
    status,
    submittedAt,
    receivedAt: p.receivedAt,
    clock,
    finishedAt,
    returnedAt,
    currentUnitId: atDesk || !cur ? p.receivingUnitId : cur.unitId,
    currentHandlerId: atDesk || !cur ? null : cur.handlerId,
    events,
    steps,
  };
}
