import { DOSSIER_ACTION_LABELS, NOTE_REQUIRED, TERMINAL_STATUSES, nextStatus, type DossierAction, type DossierStatus } from '@core/dossier';
import type { ActionRequest, DossierDetail, UploadDossierFileRequest } from '@contracts/dossiers';
import type { Executor } from '../../infra/database';
import { AppError, validationError, type Actor, type Deps } from '../../http';
import { recordAudit } from '../audit/audit.service';
import { calendarFor } from '../calendar/calendar.service';
import { dossierDetail } from './dossiers.detail';
import { effectOf, type Effect } from './dossiers.effects';
import { checkFile, fileValues } from './dossiers.files';
import { mayAct, requireMayAct, visibleDossier, type DossierAccess } from './dossiers.policy';
import { hasSameScan, isDocumentOf, type DossierRow } from './dossiers.repo';
import { insertEvent, insertFile, updateDossierAt } from './dossiers.write.repo';

// The actions on a dossier (docs/DOMAIN.md §4.2) and the upload of a file: guards first, then one transaction with the
// dossier row (only at the version the caller read), its event, its other rows and its audit entry.

/** The 409 when someone else changed the dossier since the caller read it. */
const versionConflict = (current: number) =>
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

/** The status an action leads to (core/dossier TRANSITIONS), refusing one the status does not allow and a missing note. */
function requireTransition(row: DossierRow, action: DossierAction, body: ActionRequest): DossierStatus {
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
  return to.value;
}

type ActionWrite = { actor: Actor; row: DossierRow; action: DossierAction; note: string | null; status: DossierStatus; now: Date };

/** Writes one action inside its transaction: the row at the expected version, the event, the effect's rows, the audit entry. */
async function writeAction(trx: Executor, w: ActionWrite, effect: Effect, requestId: string): Promise<void> {
  const { actor, row, action, status, now } = w;
  if (!(await updateDossierAt(trx, row.id, row.version, { ...effect.patch, status, updatedAt: now })))
    throw versionConflict(row.version + 1);
  await insertEvent(trx, {
    dossierId: row.id,
    type: action,
    fromStatus: row.status,
    toStatus: status,
    at: now,
    actorId: actor.userId,
    unitId: row.currentUnitId,
    note: w.note,
    data: JSON.stringify(effect.data),
  });
  if (effect.write) await effect.write(trx);
  await recordAudit(
    trx,
    actor,
    {
      action: `dossier.${action}`,
      entityType: 'dossier',
      entityId: row.id,
      unitId: row.currentUnitId,
      before: { status: row.status, version: row.version, currentUnitId: row.currentUnitId, dueAt: row.dueAt },
      after: { status, version: row.version + 1, ...effect.patch, clock: undefined },
    },
    requestId,
  );
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
  const status = requireTransition(row, action, body);
  const calendar = await calendarFor(db, row.receivingUnitId);
  const effect = await effectOf({ deps, actor, row, body, calendar, now }, action);
  const note = body.note?.trim() || null;
  await db.transaction().execute((trx) => writeAction(trx, { actor, row, action, note, status, now }, effect, requestId));
  return dossierDetail(deps, actor, id);
}

/** Refuses an upload the actor may not make: a scan is made at the counter (dossier.create at the receiving unit) for a
 * document of the checklist; another file by the handlers at the current unit or the clerks at the receiving unit. */
async function requireMayUpload(db: Executor, row: DossierRow, access: DossierAccess, body: UploadDossierFileRequest): Promise<void> {
  const may = body.kind === 'scan' ? access.receiving.has('dossier.create') : mayAct(access, 'forward') || mayAct(access, 'return_result');
  if (!may) throw new AppError('FORBIDDEN', 'Bạn không có quyền thêm tệp vào hồ sơ này / you may not add files to this dossier');
  if (TERMINAL_STATUSES.includes(row.status)) {
    throw new AppError('DOSSIER_CLOSED', 'Hồ sơ đã kết thúc, không thể thêm tệp / the dossier is closed');
  }
  const path = 'body.procedureDocumentId';
  if (!body.procedureDocumentId) {
    if (body.kind === 'scan')
      throw validationError([{ path, message: 'Bản quét phải gắn với một giấy tờ của hồ sơ / a scan names its document' }]);
    return;
  }
  if (!(await isDocumentOf(db, row.procedureId, body.procedureDocumentId))) {
    throw new AppError('DOSSIER_DOCUMENT_UNKNOWN', 'Giấy tờ không thuộc thành phần hồ sơ của thủ tục / not a document of the procedure', [
      { path, message: 'Không thuộc thành phần hồ sơ / not in the checklist', code: 'DOSSIER_DOCUMENT_UNKNOWN' },
    ]);
  }
}

/** Adds a file to a dossier: submitted or result (handlers at the current unit, clerks at the receiving unit), or a
 * scan of a checklist document made at the counter (clerks at the receiving unit). */
export async function uploadFile(
  deps: Deps,
  actor: Actor,
  id: string,
  body: UploadDossierFileRequest,
  requestId: string,
): Promise<DossierDetail> {
  const { db } = deps;
  const { row, access } = await visibleDossier(db, actor, id);
  await requireMayUpload(db, row, access, body);
  const file = checkFile(body, 'body');
  // A scan sent again after its answer was lost (the counter retries failed uploads) is stored once.
  if (body.kind === 'scan' && file.procedureDocumentId && (await hasSameScan(db, id, file.procedureDocumentId, file.content))) {
    return dossierDetail(deps, actor, id);
  }
  await db.transaction().execute(async (trx) => {
    const fileId = await insertFile(trx, fileValues(id, body.kind, file, actor.userId));
    const after = {
      fileId,
      kind: body.kind,
      procedureDocumentId: file.procedureDocumentId,
      fileName: file.fileName,
      sizeBytes: file.content.length,
    };
    await recordAudit(
      trx,
      actor,
      // A scan is the receiving unit's work; other files belong to the unit holding the dossier.
      {
        action: 'dossier.file.upload',
        entityType: 'dossier',
        entityId: id,
        unitId: body.kind === 'scan' ? row.receivingUnitId : row.currentUnitId,
        after,
      },
      requestId,
    );
  });
  return dossierDetail(deps, actor, id);
}
