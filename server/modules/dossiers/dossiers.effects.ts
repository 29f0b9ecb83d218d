import {
  applyClockEvent,
  classifyTimeliness,
  formatMoment,
  vietnamToday,
  type ClockErrorCode,
  type ClockEvent,
  type LegalClock,
  type WorkingCalendar,
} from '@core/calendar';
import {
  CLOCK_ERROR_TO_DOSSIER,
  checkApology,
  checkSupplement,
  isCommuneKind,
  previousStep,
  ruleSetOfDossier,
  stepState,
  withNoteLine,
  type OneStopRuleSet,
  type DossierAction,
  type DossierClockErrorCode,
} from '@core/dossier';
import { shortMoment } from '@core/dossier-forms';
import type { ActionRequest } from '@contracts/dossiers';
import type { Executor } from '../../infra/database';
import { AppError, type Actor, type Deps } from '../../http';
import { requestCompletion, requireNotPending } from './dossiers.completion';
import { readIntakeContext } from './dossiers.context';
import { checkFile, fileValues } from './dossiers.files';
import { loadUnitChain } from './dossiers.intake.repo';
import { needsNamedCommune, openingOf, requireInEffect, routeOf, stepValues, type NamedCommune } from './dossiers.plan';
import { requireHandler } from './dossiers.policy';
import { paymentPausesClock, stepsOf, supplementUnits, type DossierRow, type StepRow } from './dossiers.repo';
import { insertFile, insertSteps, updateStep, type DossierPatch } from './dossiers.write.repo';

// What each action changes besides the status (core/dossier TRANSITIONS): planned before the transaction, so that
// everything that may fail fails before anything is written; the writes run later inside the action's transaction.

/** What an action changes besides the status: the row patch, the event data and the other rows to write. */
export type Effect = { patch: DossierPatch; data: Record<string, unknown>; write?: (trx: Executor) => Promise<void> };

/** What an effect is planned from. */
export type EffectInput = {
  deps: Deps;
  actor: Actor;
  row: DossierRow;
  body: ActionRequest;
  calendar: WorkingCalendar;
  now: Date;
};

type Planning = EffectInput & {
  clock: LegalClock | null;
  steps: StepRow[];
  open: StepRow | null;
  next: StepRow | null;
  /** The one-stop rules of the dossier's reception date (docs/DOMAIN.md §10.1). */
  rules: OneStopRuleSet;
};

const CLOCK_TEXTS: Partial<Record<DossierClockErrorCode, string>> = {
  DOSSIER_NOT_PAUSED: 'Hồ sơ không ở trạng thái tạm dừng tính thời hạn / the clock is not paused',
  DOSSIER_EXTENSION_TOO_LATE:
    'Phải gửi phiếu xin lỗi và hẹn lại chậm nhất 01 ngày làm việc trước hạn / the apology must come at least 1 working day before the due date',
  DOSSIER_EXTENSION_ALREADY_GRANTED: 'Chỉ được hẹn lại ngày trả kết quả một lần / a new return date may be set only once',
  DOSSIER_EXTENSION_NOT_LATER: 'Ngày hẹn mới phải sau ngày hẹn hiện tại / the new date must be later than the current one',
  DOSSIER_EXTENSION_DUE_NOT_WORKING_DAY: 'Ngày hẹn mới phải là ngày làm việc / the new date must be a working day',
};

function clockError(code: ClockErrorCode | DossierClockErrorCode, message?: string): AppError {
  const mapped: DossierClockErrorCode = code.startsWith('DOSSIER_')
    ? (code as DossierClockErrorCode)
    : CLOCK_ERROR_TO_DOSSIER[code as ClockErrorCode];
  return new AppError(
    mapped,
    CLOCK_TEXTS[mapped] ?? `Không áp dụng được vào thời hạn giải quyết / refused by the legal clock: ${message ?? code}`,
    [{ path: 'body', message: message ?? code, code: mapped }],
  );
}

function applyClock(calendar: WorkingCalendar, clock: LegalClock | null, event: ClockEvent): LegalClock {
  if (!clock)
    throw new AppError('DOSSIER_CLOCK_MISSING', 'Hồ sơ chưa được tiếp nhận nên chưa có thời hạn / the dossier has no legal clock yet');
  const r = applyClockEvent(calendar, clock, event);
  if (!r.ok) throw clockError(r.code, r.message);
  return r.value;
}

const duesOf = (c: LegalClock): DossierPatch => ({
  clock: JSON.stringify(c),
  dueAt: c.dueAt,
  originalDueAt: c.originalDueAt,
  extendedDueAt: c.extension ? c.dueAt : null,
});

// The control slip (form 06) names who handled each step: a step closed without a named handler was handled by
// whoever closed it (e.g. the head who finishes a dossier forwarded to the unit without a handler).
/** Closes the open step now; the acting user becomes its handler when it has none. */
async function closeStep(trx: Executor, step: StepRow | null, now: Date, actorId: string): Promise<void> {
  if (!step) return;
  const timeliness = step.dueAt ? classifyTimeliness(now.getTime(), step.dueAt.getTime()) : null;
  await updateStep(trx, step.id, { finishedAt: now, timeliness, handlerId: step.handlerId ?? actorId });
}

/** The handling commune of an online dossier received outside any commune: its handling unit, when a commune. */
async function handlingCommuneOf(db: Executor, row: DossierRow, day: string): Promise<NamedCommune | undefined> {
  const chain = await loadUnitChain(db, row.handlingUnitId, day);
  return chain[0] && isCommuneKind(chain[0].kind) ? { id: row.handlingUnitId, chain } : undefined;
}

// Accepting an online dossier receives it: the same planner as the counter intake (dossiers.plan.ts) on the same
// intake context, read fresh for the receiving unit and procedure (docs/DOMAIN.md §4.3).
async function accept({ deps, actor, row, calendar, now }: Planning): Promise<Effect> {
  // A submission sent back for completion is accepted once the applicant has completed it (the clock starts here).
  requireNotPending(row);
  const day = vietnamToday(now);
  const { ctx } = await readIntakeContext(deps.db, row.receivingUnitId, row.procedureId, true);
  if (!ctx) throw new Error(`the receiving unit of dossier ${row.id} is missing`);
  const loaded = requireInEffect(ctx.loaded, day);
  const named = needsNamedCommune(ctx, loaded) ? await handlingCommuneOf(deps.db, row, day) : undefined;
  const { route } = routeOf(ctx, loaded, named, 'body');
  const opening = openingOf(calendar, now, loaded, route);
  const first = opening.steps[0];
  const handler = first?.unitId === row.receivingUnitId ? actor.userId : null;
  return {
    patch: {
      ...duesOf(opening.clock),
      receivedAt: now,
      currentUnitId: first?.unitId ?? row.receivingUnitId,
      currentHandlerId: handler,
      handlingUnitId: route.handlingUnitId,
    },
    data: { dueAt: opening.clock.dueAt },
    write: (trx) => insertSteps(trx, stepValues(row.id, opening, now, handler)),
  };
}

const statusOnly = (): Effect => ({ patch: {}, data: {} });

function start({ actor, row, open }: Planning): Effect {
  return {
    patch: { currentHandlerId: row.currentHandlerId ?? actor.userId },
    data: {},
    write: async (trx) => {
      if (open && !open.handlerId) await updateStep(trx, open.id, { handlerId: actor.userId });
    },
  };
}

async function forward({ deps, actor, body, now, open, next, steps }: Planning): Promise<Effect> {
  if (!next) throw new AppError('DOSSIER_NO_NEXT_STEP', 'Hồ sơ đang ở bước cuối của quy trình / the dossier is at the last step');
  const approval = next.position === Math.max(...steps.map((s) => s.position));
  if (body.handlerId) await requireHandler(deps.db, body.handlerId, next.unitId, 'body.handlerId', approval);
  return {
    patch: { currentUnitId: next.unitId, currentHandlerId: body.handlerId ?? null },
    data: { fromStepId: open?.id ?? null, toStepId: next.id, toUnitId: next.unitId, handlerId: body.handlerId ?? null },
    write: async (trx) => {
      await closeStep(trx, open, now, actor.userId);
      await updateStep(trx, next.id, { startedAt: now, handlerId: body.handlerId ?? null });
    },
  };
}

// The open step sends the dossier back to the previous one, whose row opens again; both rows keep the reason and the
// moment in their note, which the control slip prints (Circular 03/2025/TT-VPCP form 06, "Ghi chú"). The clock runs on.
function sendBack({ actor, body, now, open, steps }: Planning): Effect {
  const back = previousStep(steps, open);
  if (!open || !back) throw new AppError('DOSSIER_NO_PREVIOUS_STEP');
  const when = shortMoment(now);
  const reason = body.note ?? '';
  return {
    patch: { currentUnitId: back.unitId, currentHandlerId: back.handlerId },
    data: { fromStepId: open.id, toStepId: back.id, toUnitId: back.unitId, reason },
    write: async (trx) => {
      await updateStep(trx, open.id, {
        startedAt: null,
        handlerId: open.handlerId ?? actor.userId,
        note: withNoteLine(open.note, `${when}: trả lại bước trước (${back.name}), lý do: ${reason}`),
      });
      await updateStep(trx, back.id, {
        finishedAt: null,
        timeliness: null,
        note: withNoteLine(back.note, `${when}: nhận lại từ bước sau (${open.name}), lý do: ${reason}`),
      });
    },
  };
}

// One supplement request per agency; a further one needs a reason (docs/DOMAIN.md §3.3). The clock pauses (§3.2).
async function requestSupplement({ deps, row, body, calendar, clock, now }: Planning): Promise<Effect> {
  const check = checkSupplement(await supplementUnits(deps.db, row.id), row.currentUnitId, body.reason);
  if (!check.ok) {
    throw new AppError(
      'DOSSIER_SUPPLEMENT_REASON_REQUIRED',
      'Đơn vị đã yêu cầu bổ sung một lần; lần tiếp theo phải ghi rõ lý do / this agency already requested a supplement once: give a reason',
      [{ path: 'body.reason', message: 'Cần lý do / reason required', code: 'DOSSIER_SUPPLEMENT_REASON_REQUIRED' }],
    );
  }
  const c = applyClock(calendar, clock, { type: 'supplement_requested', at: now.getTime() });
  return {
    patch: { clock: JSON.stringify(c), supplementCount: row.supplementCount + 1 },
    data: { repeated: check.value.repeated, reason: body.reason ?? null, previousAtUnit: check.value.previousAtUnit },
  };
}

// The resubmission resumes the clock; the pause moves every unfinished step's deadline by the same working time
// (docs/DOMAIN.md §3.2).
/** A closed pause moves every unfinished step's deadline by the same working time (docs/DOMAIN.md §3.2, §10.5). */
function resumed({ calendar, steps }: Planning, c: LegalClock, data: Record<string, unknown>): Effect {
  const pause = c.pauses[c.pauses.length - 1]?.workingMinutes ?? 0;
  return {
    patch: duesOf(c),
    data: { ...data, pausedWorkingMinutes: pause, dueAt: c.dueAt },
    write: async (trx) => {
      for (const s of steps) {
        if (s.finishedAt || !s.dueAt || pause <= 0) continue;
        await updateStep(trx, s.id, { dueAt: formatMoment(calendar.shiftWorking(s.dueAt.getTime(), pause)) });
      }
    },
  };
}

// The resubmission resumes the clock (docs/DOMAIN.md §3.2).
function resubmit(p: Planning): Effect {
  return resumed(p, applyClock(p.calendar, p.clock, { type: 'resubmitted', at: p.now.getTime() }), {});
}

// Waiting for the applicant's financial obligations pauses the clock where the procedure's law says so (the catalogue's
// setting) and the rule set lets the procedure decide (docs/DOMAIN.md §10.5); otherwise the clock runs (decision 0003 #2).
async function requestPayment({ deps, row, body, calendar, clock, now, rules }: Planning): Promise<Effect> {
  const data = { amount: body.amount ?? null };
  if (rules.clock.paymentPause !== 'procedure_setting' || !(await paymentPausesClock(deps.db, row.procedureId))) {
    return { patch: {}, data: { ...data, clockPaused: false } };
  }
  const c = applyClock(calendar, clock, { type: 'payment_requested', at: now.getTime() });
  return { patch: { clock: JSON.stringify(c) }, data: { ...data, clockPaused: true } };
}

// The payment method is kept on the event for the online-payment figure (docs/ONE-STOP.md, issue #14 point 8).
function confirmPayment(p: Planning): Effect {
  const data = { paymentMethod: p.body.paymentMethod ?? null };
  const open = p.clock?.pauses[p.clock.pauses.length - 1];
  if (p.clock?.status !== 'paused' || open?.kind !== 'payment') return { patch: {}, data };
  return resumed(p, applyClock(p.calendar, p.clock, { type: 'payment_confirmed', at: p.now.getTime() }), data);
}

// One apology with a new date, owed N working days before the due; a late one is recorded as late when the rule set says
// so (docs/DOMAIN.md §10.4); the last step ends at the new date (§3.4).
function issueApology({ body, calendar, clock, steps, now, rules }: Planning): Effect {
  if (!clock) throw new AppError('DOSSIER_CLOCK_MISSING');
  const r = checkApology(calendar, clock, now.getTime(), body.newDueAt ?? '', rules.clock.apology);
  if (!r.ok) throw clockError(r.code, r.message);
  const last = steps[steps.length - 1];
  return {
    patch: duesOf(r.value),
    data: { previousDueAt: clock.dueAt, newDueAt: r.value.dueAt, late: r.value.extension?.late === true },
    write: async (trx) => {
      if (last && !last.finishedAt) await updateStep(trx, last.id, { dueAt: r.value.dueAt });
    },
  };
}

// Finishing stops the clock and classes the dossier early, on time or late (docs/DOMAIN.md §3.5). A refusal after
// review finishes the same way, with the refusal as its result (docs/DOMAIN.md §10.7).
function finishWith(kind: 'granted' | 'refused'): (p: Planning) => Effect {
  return ({ actor, row, body, calendar, clock, open, now }) => {
    const c = applyClock(calendar, clock, { type: 'finished', at: now.getTime() });
    const reason = kind === 'refused' ? (body.note?.trim() ?? null) : undefined;
    return {
      patch: {
        ...duesOf(c),
        finishedAt: now,
        timeliness: c.timeliness,
        resultKind: kind,
        currentUnitId: row.receivingUnitId,
        currentHandlerId: null,
      },
      data: {
        timeliness: c.timeliness,
        timelinessWithExtension: c.timelinessWithExtension,
        resultKind: kind,
        ...(reason ? { reason } : {}),
      },
      write: (trx) => closeStep(trx, open, now, actor.userId),
    };
  };
}

function returnResult({ actor, row, body, now }: Planning): Effect {
  const file = body.resultFile ? checkFile(body.resultFile, 'body.resultFile') : null;
  return {
    patch: { returnedAt: now, ...(body.returnPlace ? { returnPlace: body.returnPlace } : {}) },
    data: { resultFile: file?.fileName ?? null },
    write: async (trx) => {
      if (file) await insertFile(trx, fileValues(row.id, 'result', file, actor.userId));
    },
  };
}

async function reassign({ deps, row, body, open }: Planning): Promise<Effect> {
  const handlerId = body.handlerId ?? '';
  await requireHandler(deps.db, handlerId, row.currentUnitId, 'body.handlerId');
  return {
    patch: { currentHandlerId: handlerId },
    data: { fromHandlerId: row.currentHandlerId, toHandlerId: handlerId },
    write: async (trx) => {
      if (open) await updateStep(trx, open.id, { handlerId });
    },
  };
}

const EFFECTS: Record<DossierAction, (p: Planning) => Effect | Promise<Effect>> = {
  accept,
  refuse: statusOnly,
  request_completion: requestCompletion,
  start,
  forward,
  request_supplement: requestSupplement,
  resubmit,
  request_payment: requestPayment,
  confirm_payment: confirmPayment,
  withdraw: statusOnly,
  stop: statusOnly,
  issue_apology: issueApology,
  finish: finishWith('granted'),
  refuse_after_review: finishWith('refused'),
  return_result: returnResult,
  reassign,
  send_back: sendBack,
};

/** Plans what an action changes (everything that may fail runs here, before the transaction). */
export async function effectOf(input: EffectInput, action: DossierAction): Promise<Effect> {
  const steps = await stepsOf(input.deps.db, input.row.id);
  const { open, next } = stepState(steps);
  const clock = (input.row.clock as LegalClock | null) ?? null;
  const rules = ruleSetOfDossier(input.row.receivedAt?.getTime() ?? null, input.row.submittedAt.getTime());
  return EFFECTS[action]({ ...input, clock, steps, open, next, rules });
}
