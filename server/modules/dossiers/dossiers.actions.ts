import {
  applyClockEvent,
  classifyTimeliness,
  formatMoment,
  type ClockErrorCode,
  type ClockEvent,
  type LegalClock,
  type WorkingCalendar,
} from '@core/calendar';
import {
  CLOCK_ERROR_TO_DOSSIER,
  DOSSIER_ACTION_LABELS,
  NOTE_REQUIRED,
  checkApology,
  checkSupplement,
  nextStatus,
  type DossierAction,
  type DossierClockErrorCode,
} from '@core/dossier';
import type { ActionRequest, DossierDetail, UploadDossierFileRequest } from '@contracts/dossiers';
import type { DossierStatusValue } from '@db/types-one-stop';
import type { Executor } from '../../infra/database';
import { AppError, type Actor, type Deps } from '../../http';
import { recordAudit } from '../audit/audit.service';
import { calendarFor } from '../calendar/calendar.service';
import { checkFile, type CheckedFile } from './dossiers.files';
import { insertSteps, procedureInEffect } from './dossiers.intake';
import { mayAct, requireHandler, requireMayAct } from './dossiers.policy';
import * as repo from './dossiers.repo';
import { openClock, resolveRoute, vietnamDay } from './dossiers.route-plan';
import { getDossier, stepState, visibleDossier } from './dossiers.service';

/** The 409 when someone else changed the dossier since the caller read it. */
export const versionConflict = (current: number) =>
  new AppError(
    'DOSSIER_VERSION_CONFLICT',
    'Hồ sơ vừa được người khác cập nhật, hãy tải lại / the dossier was changed by someone else, reload it',
    [
      {
        path: 'body.expectedVersion',
        message: `Phiên bản hiện tại: ${current} / current version: ${current}`,
        code: 'DOSSIER_VERSION_CONFLICT',
      },
    ],
  );

type Patch = {
  clock?: string;
  dueAt?: string | Date | null;
  originalDueAt?: string | Date | null;
  extendedDueAt?: string | Date | null;
  receivedAt?: Date;
  finishedAt?: Date;
  returnedAt?: Date;
  timeliness?: 'early' | 'on_time' | 'late' | null;
  currentUnitId?: string;
  handlingUnitId?: string;
  currentHandlerId?: string | null;
  supplementCount?: number;
  returnPlace?: string | null;
};

/** What an action changes besides the status: the row patch, the event data and the other rows to write. */
type Plan = { patch: Patch; data: Record<string, unknown>; write?: (trx: Executor) => Promise<void> };

function clockError(code: ClockErrorCode | DossierClockErrorCode, message?: string): AppError {
  const mapped: DossierClockErrorCode = code.startsWith('DOSSIER_')
    ? (code as DossierClockErrorCode)
    : CLOCK_ERROR_TO_DOSSIER[code as ClockErrorCode];
  const texts: Record<string, string> = {
    DOSSIER_EXTENSION_TOO_LATE:
      'Phải gửi phiếu xin lỗi và hẹn lại chậm nhất 01 ngày làm việc trước hạn / the apology must come at least 1 working day before the due date',
    DOSSIER_EXTENSION_ALREADY_GRANTED: 'Chỉ được hẹn lại ngày trả kết quả một lần / a new return date may be set only once',
    DOSSIER_EXTENSION_NOT_LATER: 'Ngày hẹn mới phải sau ngày hẹn hiện tại / the new date must be later than the current one',
    DOSSIER_EXTENSION_DUE_NOT_WORKING_DAY: 'Ngày hẹn mới phải là ngày làm việc / the new date must be a working day',
  };
  return new AppError(
    mapped,
    texts[mapped] ?? `Không áp dụng được vào thời hạn giải quyết / refused by the legal clock: ${message ?? code}`,
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

const duesOf = (c: LegalClock): Patch => ({
  clock: JSON.stringify(c),
  dueAt: c.dueAt,
  originalDueAt: c.originalDueAt,
  extendedDueAt: c.extension ? c.dueAt : null,
});

// The control slip (form 06) names who handled each step: a step closed without a named handler was handled by
// whoever closed it (e.g. the head who finishes a dossier forwarded to the unit without a handler).
/** Closes the open step now; the acting user becomes its handler when it has none. */
async function closeStep(trx: Executor, step: repo.StepRow | null, now: Date, actorId: string): Promise<void> {
  if (!step) return;
  const timeliness = step.dueAt ? classifyTimeliness(now.getTime(), step.dueAt.getTime()) : null;
  await trx
    .updateTable('dossierSteps')
    .set({ finishedAt: now, timeliness, handlerId: step.handlerId ?? actorId })
    .where('id', '=', step.id)
    .execute();
}

/** Computes what an action does (everything that may fail runs here, before the transaction). */
async function plan(
  deps: Deps,
  actor: Actor,
  row: repo.DossierRow,
  action: DossierAction,
  body: ActionRequest,
  calendar: WorkingCalendar,
): Promise<Plan> {
  const { db } = deps;
  const now = deps.now();
  const t = now.getTime();
  const clock = (row.clock as LegalClock | null) ?? null;
  const steps = await repo.stepsOf(db, row.id);
  const { open, next } = stepState(steps);
  switch (action) {
    case 'accept': {
      const loaded = await procedureInEffect(db, row.procedureId, vietnamDay(now));
      const route = await resolveRoute(db, loaded, row.receivingUnitId, row.handlingUnitId);
      const opening = openClock(calendar, now, loaded, route);
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
        write: (trx) => insertSteps(trx, row.id, opening, now, handler),
      };
    }
    case 'refuse':
    case 'confirm_payment':
    case 'withdraw':
    case 'stop':
      return { patch: {}, data: {} };
    case 'start':
      return {
        patch: { currentHandlerId: row.currentHandlerId ?? actor.userId },
        data: {},
        write: async (trx) => {
          if (open && !open.handlerId)
            await trx.updateTable('dossierSteps').set({ handlerId: actor.userId }).where('id', '=', open.id).execute();
        },
      };
    case 'forward': {
      if (!next) throw new AppError('DOSSIER_NO_NEXT_STEP', 'Hồ sơ đang ở bước cuối của quy trình / the dossier is at the last step');
      if (body.handlerId) await requireHandler(db, body.handlerId, next.unitId, 'body.handlerId');
      return {
        patch: { currentUnitId: next.unitId, currentHandlerId: body.handlerId ?? null },
        data: { fromStepId: open?.id ?? null, toStepId: next.id, toUnitId: next.unitId, handlerId: body.handlerId ?? null },
        write: async (trx) => {
          await closeStep(trx, open, now, actor.userId);
          await trx
            .updateTable('dossierSteps')
            .set({ startedAt: now, handlerId: body.handlerId ?? null })
            .where('id', '=', next.id)
            .execute();
        },
      };
    }
    case 'request_supplement': {
      const check = checkSupplement(await repo.supplementUnits(db, row.id), row.currentUnitId, body.reason);
      if (!check.ok) {
        throw new AppError(
          'DOSSIER_SUPPLEMENT_REASON_REQUIRED',
          'Đơn vị đã yêu cầu bổ sung một lần; lần tiếp theo phải ghi rõ lý do / this agency already requested a supplement once: give a reason',
          [{ path: 'body.reason', message: 'Cần lý do / reason required', code: 'DOSSIER_SUPPLEMENT_REASON_REQUIRED' }],
        );
      }
      const c = applyClock(calendar, clock, { type: 'supplement_requested', at: t });
      return {
        patch: { clock: JSON.stringify(c), supplementCount: row.supplementCount + 1 },
        data: { repeated: check.value.repeated, reason: body.reason ?? null, previousAtUnit: check.value.previousAtUnit },
      };
    }
    case 'resubmit': {
      const c = applyClock(calendar, clock, { type: 'resubmitted', at: t });
      const pause = c.pauses[c.pauses.length - 1]?.workingMinutes ?? 0;
      return {
        patch: duesOf(c),
        data: { pausedWorkingMinutes: pause, dueAt: c.dueAt },
        // The pause moves every unfinished step's deadline by the same working time.
        write: async (trx) => {
          for (const s of steps) {
            if (s.finishedAt || !s.dueAt || pause <= 0) continue;
            await trx
              .updateTable('dossierSteps')
              .set({ dueAt: formatMoment(calendar.shiftWorking(s.dueAt.getTime(), pause)) })
              .where('id', '=', s.id)
              .execute();
          }
        },
      };
    }
    case 'request_payment':
      return { patch: {}, data: { amount: body.amount ?? null } };
    case 'issue_apology': {
      if (!clock) throw new AppError('DOSSIER_CLOCK_MISSING');
      const r = checkApology(calendar, clock, t, body.newDueAt ?? '');
      if (!r.ok) throw clockError(r.code, r.message);
      const last = steps[steps.length - 1];
      return {
        patch: duesOf(r.value),
        data: { previousDueAt: clock.dueAt, newDueAt: r.value.dueAt },
        write: async (trx) => {
          if (last && !last.finishedAt)
            await trx.updateTable('dossierSteps').set({ dueAt: r.value.dueAt }).where('id', '=', last.id).execute();
        },
      };
    }
    case 'finish': {
      const c = applyClock(calendar, clock, { type: 'finished', at: t });
      return {
        patch: { ...duesOf(c), finishedAt: now, timeliness: c.timeliness, currentUnitId: row.receivingUnitId, currentHandlerId: null },
        data: { timeliness: c.timeliness, timelinessWithExtension: c.timelinessWithExtension },
        write: (trx) => closeStep(trx, open, now, actor.userId),
      };
    }
    case 'return_result': {
      const file: CheckedFile | null = body.resultFile ? checkFile(body.resultFile, 'body.resultFile') : null;
      return {
        patch: { returnedAt: now, ...(body.returnPlace ? { returnPlace: body.returnPlace } : {}) },
        data: { resultFile: file?.fileName ?? null },
        write: async (trx) => {
          if (file) await insertFile(trx, row.id, 'result', file, actor.userId);
        },
      };
    }
    case 'reassign': {
      const handlerId = body.handlerId ?? '';
      await requireHandler(db, handlerId, row.currentUnitId, 'body.handlerId');
      return {
        patch: { currentHandlerId: handlerId },
        data: { fromHandlerId: row.currentHandlerId, toHandlerId: handlerId },
        write: async (trx) => {
          if (open) await trx.updateTable('dossierSteps').set({ handlerId }).where('id', '=', open.id).execute();
        },
      };
    }
  }
}

async function insertFile(
  trx: Executor,
  dossierId: string,
  kind: 'submitted' | 'result',
  f: CheckedFile,
  userId: string | null,
): Promise<string> {
  const r = await trx
    .insertInto('dossierFiles')
    .values({
      dossierId,
      kind,
      procedureDocumentId: f.procedureDocumentId,
      fileName: f.fileName,
      mimeType: f.mimeType,
      sizeBytes: f.content.length,
      content: f.content,
      uploadedBy: userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** Applies one action: guards, then the row (only at the expected version), its event, steps, files and audit in one transaction. */
export async function actOnDossier(
  deps: Deps,
  actor: Actor,
  id: string,
  action: DossierAction,
  body: ActionRequest,
  requestId: string,
): Promise<DossierDetail> {
  const { db } = deps;
  const now = deps.now();
  const { row, access } = await visibleDossier(db, actor, id);
  requireMayAct(access, action);
  if (body.expectedVersion !== row.version) throw versionConflict(row.version);
  const to = nextStatus(row.status, action);
  if (!to.ok) {
    throw new AppError(
      'DOSSIER_INVALID_TRANSITION',
      `Không thể "${DOSSIER_ACTION_LABELS[action].vi}" hồ sơ ở trạng thái hiện tại / "${DOSSIER_ACTION_LABELS[action].en}" is not allowed in status ${row.status}`,
      [{ path: 'action', message: `${row.status} → ${action}`, code: 'DOSSIER_INVALID_TRANSITION' }],
    );
  }
  if (NOTE_REQUIRED.includes(action) && !body.note?.trim()) {
    throw new AppError('DOSSIER_NOTE_REQUIRED', 'Cần ghi lý do hoặc nội dung / a note (reason) is required', [
      { path: 'body.note', message: 'Bắt buộc / required', code: 'DOSSIER_NOTE_REQUIRED' },
    ]);
  }
  const calendar = await calendarFor(db, row.receivingUnitId);
  const p = await plan(deps, actor, row, action, body, calendar);
  const status: DossierStatusValue = to.value;
  await db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('dossiers')
      .set({ ...p.patch, status, version: row.version + 1, updatedAt: now })
      .where('id', '=', id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) throw versionConflict(row.version + 1);
    await trx
      .insertInto('dossierEvents')
      .values({
        dossierId: id,
        type: action,
        fromStatus: row.status,
        toStatus: status,
        at: now,
        actorId: actor.userId,
        unitId: row.currentUnitId,
        note: body.note?.trim() || null,
        data: JSON.stringify(p.data),
      })
      .execute();
    if (p.write) await p.write(trx);
    await recordAudit(
      trx,
      actor,
      {
        action: `dossier.${action}`,
        entityType: 'dossier',
        entityId: id,
        unitId: row.currentUnitId,
        before: { status: row.status, version: row.version, currentUnitId: row.currentUnitId, dueAt: row.dueAt },
        after: { status, version: row.version + 1, ...p.patch, clock: undefined },
      },
      requestId,
    );
  });
  return getDossier(deps, actor, id);
}

/** Adds a submitted or result file to a dossier (handlers at the current unit, clerks at the receiving unit). */
export async function uploadFile(
  deps: Deps,
  actor: Actor,
  id: string,
  body: UploadDossierFileRequest,
  requestId: string,
): Promise<DossierDetail> {
  const { db } = deps;
  const { row, access } = await visibleDossier(db, actor, id);
  if (!mayAct(access, 'forward') && !mayAct(access, 'return_result'))
    throw new AppError('FORBIDDEN', 'Bạn không có quyền thêm tệp vào hồ sơ này / you may not add files to this dossier');
  if (['not_received', 'withdrawn', 'stopped', 'returned'].includes(row.status)) {
    throw new AppError('DOSSIER_CLOSED', 'Hồ sơ đã kết thúc, không thể thêm tệp / the dossier is closed');
  }
  const file = checkFile(body, 'body');
  await db.transaction().execute(async (trx) => {
    const fileId = await insertFile(trx, id, body.kind, file, actor.userId);
    await recordAudit(
      trx,
      actor,
      {
        action: 'dossier.file.upload',
        entityType: 'dossier',
        entityId: id,
        unitId: row.currentUnitId,
        after: { fileId, kind: body.kind, fileName: file.fileName, sizeBytes: file.content.length },
      },
      requestId,
    );
  });
  return getDossier(deps, actor, id);
}
