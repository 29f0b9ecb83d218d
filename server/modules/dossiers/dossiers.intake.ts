import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { permissionsOn } from '@core/access/scope';
import {
  DEFAULT_DOSSIER_CODE_FORMAT,
  formatDossierCode,
  handlingCommune,
  missingDocuments,
  needsHandlingCommune,
  unknownDocuments,
  validateCodeFormat,
} from '@core/dossier';
import type { DossierDetail, PublicSubmitRequest, PublicSubmitResponse } from '@contracts/dossiers';
import { CreateDossierRequestSchema, PublicSubmitRequestSchema } from '@contracts/dossiers';
import type { DB } from '@db/types';
import type { Executor } from '../../infra/database';
import { AppError, notFound, type Actor, type Deps } from '../../http';
import { auditValues } from '../audit/audit.service';
import { calendarFor } from '../calendar/calendar.service';
import { checkFile } from './dossiers.files';
import { newDossierDetail, type NewDossier } from './dossiers.intake-present';
import { isCurrent, readIntakeContext } from './dossiers.intake-cache';
import {
  ancestryIn,
  loadUnitChain,
  writeNewDossier,
  type IntakeContext,
  type NamedUnitChain,
  type StepValues,
  type WrittenDossier,
} from './dossiers.intake-repo';
import { loadProcedure, nextSequence, type LoadedProcedure } from './dossiers.repo';
import {
  handlingCommuneRequired,
  isCommuneKind,
  openClock,
  planRoute,
  vietnamDay,
  type Opening,
  type ResolvedRoute,
} from './dossiers.route-plan';

/** The dossier code format: DOSSIER_CODE_FORMAT (validated at boot by server/config.ts), else {unit}-{yyMMdd}-{seq4}. */
export function dossierCodeFormat(): string {
  const f = process.env.DOSSIER_CODE_FORMAT;
  return f && validateCodeFormat(f).ok ? f : DEFAULT_DOSSIER_CODE_FORMAT;
}

const procedureNotFound = () =>
  new AppError('PROCEDURE_NOT_FOUND', 'Thủ tục hành chính không tồn tại / procedure not found', [
    { path: 'body.procedureId', message: 'not found', code: 'PROCEDURE_NOT_FOUND' },
  ]);

/** Loads a procedure in effect today (404 unknown, 400 not in effect). */
export async function procedureInEffect(db: Executor, id: string, today: string): Promise<LoadedProcedure> {
  return requireInEffect(await loadProcedure(db, id), today);
}

/** Refuses a missing procedure (404) or one not in effect today (400). */
function requireInEffect(loaded: LoadedProcedure | undefined, today: string): LoadedProcedure {
  if (!loaded) throw procedureNotFound();
  const p = loaded.procedure;
  if (p.validFrom > today || (p.validTo !== null && p.validTo < today)) {
    throw new AppError('PROCEDURE_NOT_IN_EFFECT', 'Thủ tục không còn hoặc chưa có hiệu lực / procedure not in effect', [
      { path: 'body.procedureId', message: 'not in effect', code: 'PROCEDURE_NOT_IN_EFFECT' },
    ]);
  }
  return loaded;
}

/** Refuses an incomplete dossier, listing each missing document (reference.md §4.3). */
function requireComplete(loaded: LoadedProcedure, receivedIds: string[], path: string): void {
  const unknown = unknownDocuments(loaded.documents, receivedIds);
  if (unknown.length) {
    throw new AppError(
      'DOSSIER_DOCUMENT_UNKNOWN',
      'Có giấy tờ không thuộc thành phần hồ sơ của thủ tục / a document is not in the procedure list',
      unknown.map((id) => ({ path, message: id, code: 'DOSSIER_DOCUMENT_UNKNOWN' })),
    );
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
  loaded.documents
    .filter((d) => ids.includes(d.id))
    .map((d) => ({ procedureDocumentId: d.id, name: d.name, form: d.form, quantity: d.quantity }));

const unitCodeOf = (code: string) => code.replace(/[^A-Za-z0-9.]/g, '') || 'HS';

// One answer whatever the reason: a unit of another province must not be told apart from one that does not exist.
const communeInvalid = (path: string) =>
  new AppError(
    'DOSSIER_HANDLING_COMMUNE_INVALID',
    'Đơn vị giải quyết phải là xã, phường, đặc khu đang hoạt động trong tỉnh / the handling commune must be a commune, ward or special zone in effect in the province',
    [
      {
        path,
        message: 'Không phải xã, phường, đặc khu đang hoạt động trong tỉnh / not a commune in effect in the province',
        code: 'DOSSIER_HANDLING_COMMUNE_INVALID',
      },
    ],
  );

/** The nearest province above a loaded unit (else the root of its chain). */
const provinceIn = (units: IntakeContext['units'], unitId: string): string | undefined => {
  const chain = ancestryIn(units, unitId);
  return chain.find((id) => units.get(id)?.kind === 'province') ?? chain[chain.length - 1];
};

/** The commune the receiving unit belongs to (itself or its nearest commune-level ancestor), null outside any. */
const ownCommune = (ctx: IntakeContext): string | null =>
  ancestryIn(ctx.units, ctx.unit.id).find((id) => isCommuneKind(ctx.units.get(id)?.kind ?? '')) ?? null;

/** Checks the commune named at intake: a commune-level unit in effect today, in the receiving unit's province. */
async function namedCommune(db: Executor, ctx: IntakeContext, communeId: string, today: string, path: string): Promise<NamedUnitChain> {
  const chain = await loadUnitChain(db, communeId, today);
  const commune = chain[0];
  if (!commune) throw communeInvalid(path);
  if (!isCommuneKind(commune.kind)) throw communeInvalid(path);
  if (!commune.current) throw communeInvalid(path);
  const province = provinceIn(ctx.units, ctx.unit.id);
  if (!province || !chain.some((u) => u.id === province)) throw communeInvalid(path);
  return chain;
}

/**
 * The route of a new dossier and the intake context extended with the named commune's units. A commune-level
 * procedure runs at the receiving unit's commune, or at the commune named at a unit in none (core handlingCommune).
 */
async function routeIn(
  db: Executor,
  ctx: IntakeContext,
  loaded: LoadedProcedure,
  named: string | undefined,
  today: string,
  path: string,
): Promise<{ route: ResolvedRoute; ctx: IntakeContext }> {
  const commune = handlingCommune(loaded.procedure.level, ownCommune(ctx), named);
  if (!commune.ok) {
    if (commune.code === 'DOSSIER_HANDLING_COMMUNE_REQUIRED') throw handlingCommuneRequired(path);
    throw new AppError(
      commune.code,
      'Chỉ chọn xã giải quyết cho thủ tục cấp xã tiếp nhận ngoài địa bàn xã / a handling commune is only named for a commune-level procedure received outside any commune',
      [{ path, message: 'Không áp dụng ở nơi tiếp nhận này / not applicable here', code: commune.code }],
    );
  }
  let units = ctx.units;
  if (named) {
    const chain = await namedCommune(db, ctx, named, today, path);
    units = new Map([...ctx.units, ...chain.map(({ current: _c, ...u }) => [u.id, u] as const)]);
  }
  return { route: planRoute(loaded, commune.value, units.get(loaded.procedure.handlingUnitId)?.kind), ctx: { ...ctx, units } };
}

/** Control-slip rows at receipt; the first one starts now. */
function stepValues(dossierId: string, opening: Opening, now: Date, handlerId: string | null): StepValues[] {
  return opening.steps.map((s, i) => ({
    id: randomUUID(),
    dossierId,
    position: s.position,
    unitId: s.unitId,
    name: s.name,
    dueAt: s.dueAt,
    startedAt: i === 0 ? now : null,
    handlerId: i === 0 ? handlerId : null,
  }));
}

/** Writes a new dossier, its first event, steps, files and audit row; `seq` is the unit's number of the day (nextSequence). */
async function insertDossier(
  db: Kysely<DB>,
  actor: Actor | null,
  now: Date,
  n: NewDossier,
  seq: number,
  requestId: string,
): Promise<{ written: WrittenDossier; steps: StepValues[] }> {
  const day = vietnamDay(now);
  const code = formatDossierCode(dossierCodeFormat(), { unitCode: unitCodeOf(n.unit.code), date: day, seq });
  const first = n.opening?.steps[0];
  const status = n.opening ? 'received' : 'submitted';
  const currentUnitId = first?.unitId ?? n.unit.id;
  const handler = actor && currentUnitId === n.unit.id ? actor.userId : null;
  const id = randomUUID();
  const steps = n.opening ? stepValues(id, n.opening, now, handler) : [];
  const written = await writeNewDossier(db, {
    dossier: {
      id,
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
    },
    event: {
      dossierId: id,
      type: n.opening ? 'receive' : 'submit',
      fromStatus: null,
      toStatus: status,
      at: now,
      actorId: actor?.userId ?? null,
      unitId: n.unit.id,
      note: n.note,
      data: JSON.stringify({ channel: n.channel, documents: n.documents, ...(n.opening ? { dueAt: n.opening.clock.dueAt } : {}) }),
    },
    steps,
    files: n.files.map((f) => ({
      dossierId: id,
      kind: 'submitted',
      procedureDocumentId: f.procedureDocumentId,
      fileName: f.fileName,
      mimeType: f.mimeType,
      sizeBytes: f.content.length,
      content: f.content,
      uploadedBy: actor?.userId ?? null,
    })),
    audit: auditValues(
      actor,
      {
        action: n.opening ? 'dossier.receive' : 'dossier.submit',
        entityType: 'dossier',
        entityId: id,
        unitId: n.unit.id,
        after: { code, status, procedureId: n.loaded.procedure.id, channel: n.channel },
      },
      requestId,
    ),
  });
  return { written, steps };
}

/** Creates the control-slip rows at receipt; the first one starts now. */
export async function insertSteps(trx: Executor, dossierId: string, opening: Opening, now: Date, handlerId: string | null): Promise<void> {
  await trx
    .insertInto('dossierSteps')
    .values(stepValues(dossierId, opening, now, handlerId))
    .execute();
}

/**
 * Plans an intake on its context and takes its number. The context comes from this process's memory when it can: a
 * refusal planned on a remembered context is only final on a fresh read, and a remembered context older than the
 * versions that come back with the number is planned again on a fresh read before anything is written.
 */
async function planAndNumber<P extends { n: NewDossier }>(
  db: Kysely<DB>,
  unitId: string,
  procedureId: string,
  day: string,
  plan: (ctx: IntakeContext | undefined) => Promise<P>,
): Promise<{ planned: P; seq: number }> {
  let read = await readIntakeContext(db, unitId, procedureId);
  let planned: P;
  try {
    planned = await plan(read.ctx);
  } catch (e) {
    if (!read.cached || !(e instanceof AppError)) throw e;
    read = await readIntakeContext(db, unitId, procedureId, true);
    planned = await plan(read.ctx);
  }
  const taken = await nextSequence(db, unitId, day);
  if (read.cached && read.ctx && !isCurrent(read.ctx, taken)) {
    read = await readIntakeContext(db, unitId, procedureId, true);
    planned = await plan(read.ctx); // a refusal now leaves the number unused, as a failed write does
  }
  return { planned, seq: taken.value };
}

/** Body of an intake as the route validated it (defaults applied). */
export type IntakeBody = z.output<typeof CreateDossierRequestSchema>;

/** Intake at the counter (in person or postal): complete → received with a code, clock, route; incomplete → 400 listing what is missing. */
export async function receiveDossier(deps: Deps, actor: Actor, body: IntakeBody, requestId: string): Promise<DossierDetail> {
  const { db } = deps;
  const now = deps.now();
  const today = vietnamDay(now);
  const unitId = body.receivingUnitId ?? actor.unitId;
  const { planned, seq } = await planAndNumber(db, unitId, body.procedureId, today, async (ctx) => {
    if (!ctx || !permissionsOn(actor.grants, ancestryIn(ctx.units, unitId)).has('dossier.create')) throw notFound('Đơn vị tiếp nhận');
    const loaded = requireInEffect(ctx.loaded, today);
    requireComplete(loaded, body.documentIds, 'body.documentIds');
    const { route, ctx: routed } = await routeIn(db, ctx, loaded, body.handlingCommuneId, today, 'body.handlingCommuneId');
    const calendar = await calendarFor(db, unitId, ctx.calendarVersion);
    const n: NewDossier = {
      loaded,
      unit: ctx.unit,
      handlingUnitId: route.handlingUnitId,
      channel: body.channel,
      applicant: body.applicant,
      subject: body.subject ?? null,
      nationalCode: body.nationalCode ?? null,
      returnPlace: body.returnPlace ?? null,
      note: body.note ?? null,
      documents: documentsOf(loaded, body.documentIds),
      opening: openClock(calendar, now, loaded, route),
      files: [],
    };
    return { n, routed, calendar };
  });
  const { written, steps } = await insertDossier(db, actor, now, planned.n, seq, requestId);
  return newDossierDetail({ now, actor, ctx: planned.routed, calendar: planned.calendar, dossier: planned.n, written, steps });
}

/** Online submission from the public page: files checked, required documents covered, status 'submitted'. */
export async function submitOnline(deps: Deps, input: PublicSubmitRequest, requestId: string): Promise<PublicSubmitResponse> {
  const body = PublicSubmitRequestSchema.parse(input);
  const { db } = deps;
  const now = deps.now();
  const files = body.files.map((f, i) => checkFile(f, `body.files.${i}`));
  const today = vietnamDay(now);
  const { planned, seq } = await planAndNumber(db, body.receivingUnitId, body.procedureId, today, async (ctx) => {
    if (!ctx || (ctx.unit.validTo !== null && ctx.unit.validTo < today)) {
      throw new AppError('UNIT_NOT_FOUND', 'Nơi tiếp nhận không tồn tại / receiving unit not found', [
        { path: 'body.receivingUnitId', message: 'not found', code: 'UNIT_NOT_FOUND' },
      ]);
    }
    // Only a reception point (one-stop centre, commune, ward, special zone) takes dossiers, never a department or the province.
    const kind = ctx.units.get(ctx.unit.id)?.kind ?? '';
    if (kind !== 'one_stop_centre' && !isCommuneKind(kind)) {
      throw new AppError(
        'DOSSIER_RECEIVING_UNIT_INVALID',
        'Đơn vị này không phải nơi tiếp nhận hồ sơ / this unit does not receive dossiers',
        [
          {
            path: 'body.receivingUnitId',
            message: 'Không phải nơi tiếp nhận hồ sơ / not a receiving unit',
            code: 'DOSSIER_RECEIVING_UNIT_INVALID',
          },
        ],
      );
    }
    const loaded = requireInEffect(ctx.loaded, today);
    if (loaded.procedure.onlineLevel === 'none') {
      throw new AppError('PROCEDURE_NOT_ONLINE', 'Thủ tục này không tiếp nhận trực tuyến / this procedure is not offered online', [
        { path: 'body.procedureId', message: 'not online' },
      ]);
    }
    const covered = [...new Set(files.flatMap((f) => (f.procedureDocumentId ? [f.procedureDocumentId] : [])))];
    requireComplete(loaded, covered, 'body.files');
    // Online, the citizen picks the reception point, so a commune-level procedure goes to a commune (as
    // GET /api/public/receiving-units offers): the commune that receives it handles it.
    if (needsHandlingCommune(loaded.procedure.level, ownCommune(ctx))) {
      throw new AppError(
        'DOSSIER_RECEIVING_UNIT_INVALID',
        'Thủ tục cấp xã nộp trực tuyến phải chọn nơi tiếp nhận là xã, phường, đặc khu / a commune-level procedure is submitted online to a commune, ward or special zone',
        [
          {
            path: 'body.receivingUnitId',
            message: 'Không phải xã, phường, đặc khu / not a commune',
            code: 'DOSSIER_RECEIVING_UNIT_INVALID',
          },
        ],
      );
    }
    const { route } = await routeIn(db, ctx, loaded, undefined, today, 'body.receivingUnitId');
    const n: NewDossier = {
      loaded,
      unit: ctx.unit,
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
    };
    return { n };
  });
  const { written } = await insertDossier(db, null, now, planned.n, seq, requestId);
  const { code } = written.dossier;
  return { code, status: 'submitted', submittedAt: now.toISOString(), lookupPath: `/tra-cuu/${encodeURIComponent(code)}` };
}
