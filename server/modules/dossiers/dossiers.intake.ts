import { DEFAULT_DOSSIER_CODE_FORMAT, formatDossierCode, missingDocuments, unknownDocuments, validateCodeFormat } from '@core/dossier';
import type { CreateDossierRequest, DossierDetail, PublicSubmitRequest, PublicSubmitResponse } from '@contracts/dossiers';
import { CreateDossierRequestSchema, PublicSubmitRequestSchema } from '@contracts/dossiers';
import type { Executor } from '../../infra/database';
import { AppError, notFound } from '../../plugins/app-error';
import type { Actor, Deps } from '../../plugins/context';
import { recordAudit } from '../audit/audit.service';
import { calendarFor } from '../calendar/calendar.engine';
import { abilitiesOnUnit } from '../units/units.scope';
import { checkFile, type CheckedFile } from './dossiers.files';
import { loadProcedure, nextSequence, type LoadedProcedure } from './dossiers.repo';
import { openClock, resolveRoute, vietnamDay, type Opening } from './dossiers.route-plan';
import { getDossier } from './dossiers.service';

/** The dossier code format: DOSSIER_CODE_FORMAT (validated at boot by server/config.ts), else {unit}-{yyMMdd}-{seq4}. */
export function dossierCodeFormat(): string {
  const f = process.env.DOSSIER_CODE_FORMAT;
  return f && validateCodeFormat(f).ok ? f : DEFAULT_DOSSIER_CODE_FORMAT;
}

const procedureNotFound = () => new AppError('PROCEDURE_NOT_FOUND', 'Thủ tục hành chính không tồn tại / procedure not found', [{ path: 'body.procedureId', message: 'not found', code: 'PROCEDURE_NOT_FOUND' }]);

/** Loads a procedure in effect today (404 unknown, 400 not in effect). */
export async function procedureInEffect(db: Executor, id: string, today: string): Promise<LoadedProcedure> {
  const loaded = await loadProcedure(db, id);
  if (!loaded) throw procedureNotFound();
  const p = loaded.procedure;
  if (p.validFrom > today || (p.validTo !== null && p.validTo < today)) {
    throw new AppError('PROCEDURE_NOT_IN_EFFECT', 'Thủ tục không còn hoặc chưa có hiệu lực / procedure not in effect', [{ path: 'body.procedureId', message: 'not in effect', code: 'PROCEDURE_NOT_IN_EFFECT' }]);
  }
  return loaded;
}

/** Refuses an incomplete dossier, listing each missing document (reference.md §4.3). */
function requireComplete(loaded: LoadedProcedure, receivedIds: string[], path: string): void {
  const unknown = unknownDocuments(loaded.documents, receivedIds);
  if (unknown.length) {
    throw new AppError('DOSSIER_DOCUMENT_UNKNOWN', 'Có giấy tờ không thuộc thành phần hồ sơ của thủ tục / a document is not in the procedure list', unknown.map((id) => ({ path, message: id, code: 'DOSSIER_DOCUMENT_UNKNOWN' })));
  }
  const missing = missingDocuments(loaded.documents, receivedIds);
  if (missing.length) {
    throw new AppError(
      'DOSSIER_DOCUMENTS_MISSING',
      `Hồ sơ chưa đầy đủ, còn thiếu ${missing.length} giấy tờ: ${missing.map((d) => d.name).join('; ')} / the dossier is incomplete`,
      missing.map((d) => ({ path, message: d.name, code: d.id })),
    );
  }
}

const documentsOf = (loaded: LoadedProcedure, ids: readonly string[]) =>
  loaded.documents.filter((d) => ids.includes(d.id)).map((d) => ({ procedureDocumentId: d.id, name: d.name, form: d.form, quantity: d.quantity }));

const unitCodeOf = (code: string) => code.replace(/[^A-Za-z0-9.]/g, '') || 'HS';

async function receivingUnit(db: Executor, id: string) {
  const u = await db.selectFrom('units').select(['id', 'code', 'name', 'validTo']).where('id', '=', id).executeTakeFirst();
  return u;
}

type NewDossier = {
  loaded: LoadedProcedure;
  unit: { id: string; code: string };
  handlingUnitId: string;
  channel: 'in_person' | 'online' | 'postal';
  applicant: ReturnType<typeof CreateDossierRequestSchema.parse>['applicant'];
  subject: string | null;
  nationalCode: string | null;
  returnPlace: string | null;
  note: string | null;
  documents: ReturnType<typeof documentsOf>;
  opening: Opening | null;
  files: CheckedFile[];
};

/** Writes a new dossier, its first event, steps and files, with a code unique under concurrency. */
async function insertDossier(trx: Executor, actor: Actor | null, now: Date, n: NewDossier, requestId: string): Promise<{ id: string; code: string }> {
  const day = vietnamDay(now);
  const seq = await nextSequence(trx, n.unit.id, day);
  const code = formatDossierCode(dossierCodeFormat(), { unitCode: unitCodeOf(n.unit.code), date: day, seq });
  const first = n.opening?.steps[0];
  const status = n.opening ? 'received' : 'submitted';
  const currentUnitId = first?.unitId ?? n.unit.id;
  const handler = actor && currentUnitId === n.unit.id ? actor.userId : null;
  const d = await trx
    .insertInto('dossiers')
    .values({
      code,
      nationalCode: n.nationalCode,
      procedureId: n.loaded.procedure.id,
      receivingUnitId: n.unit.id,
      handlingUnitId: n.handlingUnitId,
      currentUnitId,
      currentHandlerId: handler,
      channel: n.channel,
      status,
      applicantType: n.applicant.type,
      applicantName: n.applicant.name,
      applicantIdNumber: n.applicant.idNumber ?? null,
      applicantPhone: n.applicant.phone ?? null,
      applicantEmail: n.applicant.email ?? null,
      applicantAddress: n.applicant.address ?? null,
      subject: n.subject,
      submittedAt: now,
      receivedAt: n.opening ? now : null,
      dueAt: n.opening ? n.opening.clock.dueAt : null,
      originalDueAt: n.opening ? n.opening.clock.originalDueAt : null,
      clock: n.opening ? JSON.stringify(n.opening.clock) : null,
      returnPlace: n.returnPlace,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('dossierEvents')
    .values({
      dossierId: d.id,
      type: n.opening ? 'receive' : 'submit',
      fromStatus: null,
      toStatus: status,
      at: now,
      actorId: actor?.userId ?? null,
      unitId: n.unit.id,
      note: n.note,
      data: JSON.stringify({ channel: n.channel, documents: n.documents, ...(n.opening ? { dueAt: n.opening.clock.dueAt } : {}) }),
    })
    .execute();
  if (n.opening) await insertSteps(trx, d.id, n.opening, now, handler);
  for (const f of n.files) {
    await trx
      .insertInto('dossierFiles')
      .values({ dossierId: d.id, kind: 'submitted', procedureDocumentId: f.procedureDocumentId, fileName: f.fileName, mimeType: f.mimeType, sizeBytes: f.content.length, content: f.content, uploadedBy: actor?.userId ?? null })
      .execute();
  }
  await recordAudit(trx, actor, { action: n.opening ? 'dossier.receive' : 'dossier.submit', entityType: 'dossier', entityId: d.id, unitId: n.unit.id, after: { code, status, procedureId: n.loaded.procedure.id, channel: n.channel } }, requestId);
  return { id: d.id, code };
}

/** Creates the control-slip rows at receipt; the first one starts now. */
export async function insertSteps(trx: Executor, dossierId: string, opening: Opening, now: Date, handlerId: string | null): Promise<void> {
  await trx
    .insertInto('dossierSteps')
    .values(
      opening.steps.map((s, i) => ({
        dossierId,
        position: s.position,
        unitId: s.unitId,
        name: s.name,
        dueAt: s.dueAt,
        startedAt: i === 0 ? now : null,
        handlerId: i === 0 ? handlerId : null,
      })),
    )
    .execute();
}

/** Intake at the counter (in person or postal): complete → received with a code, clock, route; incomplete → 400 listing what is missing. */
export async function receiveDossier(deps: Deps, actor: Actor, input: CreateDossierRequest, requestId: string): Promise<DossierDetail> {
  const body = CreateDossierRequestSchema.parse(input);
  const { db } = deps;
  const now = deps.now();
  const unitId = body.receivingUnitId ?? actor.unitId;
  const unit = await receivingUnit(db, unitId);
  if (!unit || !(await abilitiesOnUnit(db, actor, unitId)).includes('dossier.create')) throw notFound('Đơn vị tiếp nhận');
  const loaded = await procedureInEffect(db, body.procedureId, vietnamDay(now));
  requireComplete(loaded, body.documentIds, 'body.documentIds');
  const route = await resolveRoute(db, loaded, unit.id);
  const opening = openClock(await calendarFor(db, unit.id), now, loaded, route);
  const created = await db.transaction().execute((trx) =>
    insertDossier(
      trx,
      actor,
      now,
      {
        loaded,
        unit,
        handlingUnitId: route.handlingUnitId,
        channel: body.channel,
        applicant: body.applicant,
        subject: body.subject ?? null,
        nationalCode: body.nationalCode ?? null,
        returnPlace: body.returnPlace ?? null,
        note: body.note ?? null,
        documents: documentsOf(loaded, body.documentIds),
        opening,
        files: [],
      },
      requestId,
    ),
  );
  return getDossier(deps, actor, created.id);
}

/** Online submission from the public page: files checked, required documents covered, status 'submitted'. */
export async function submitOnline(deps: Deps, input: PublicSubmitRequest, requestId: string): Promise<PublicSubmitResponse> {
  const body = PublicSubmitRequestSchema.parse(input);
  const { db } = deps;
  const now = deps.now();
  const files = body.files.map((f, i) => checkFile(f, `body.files.${i}`));
  const unit = await receivingUnit(db, body.receivingUnitId);
  if (!unit || (unit.validTo !== null && unit.validTo < vietnamDay(now))) {
    throw new AppError('UNIT_NOT_FOUND', 'Nơi tiếp nhận không tồn tại / receiving unit not found', [{ path: 'body.receivingUnitId', message: 'not found', code: 'UNIT_NOT_FOUND' }]);
  }
  const loaded = await procedureInEffect(db, body.procedureId, vietnamDay(now));
  if (loaded.procedure.onlineLevel === 'none') {
    throw new AppError('PROCEDURE_NOT_ONLINE', 'Thủ tục này không tiếp nhận trực tuyến / this procedure is not offered online', [{ path: 'body.procedureId', message: 'not online' }]);
  }
  const covered = [...new Set(files.flatMap((f) => (f.procedureDocumentId ? [f.procedureDocumentId] : [])))];
  requireComplete(loaded, covered, 'body.files');
  const route = await resolveRoute(db, loaded, unit.id);
  const created = await db.transaction().execute((trx) =>
    insertDossier(
      trx,
      null,
      now,
      {
        loaded,
        unit,
        handlingUnitId: route.handlingUnitId,
        channel: 'online',
        applicant: body.applicant,
        subject: body.subject ?? null,
        nationalCode: null,
        returnPlace: null,
        note: null,
        documents: documentsOf(loaded, covered),
        opening: null,
        files,
      },
      requestId,
    ),
  );
  return { code: created.code, status: 'submitted', submittedAt: now.toISOString(), lookupPath: `/tra-cuu/${encodeURIComponent(created.code)}` };
}
