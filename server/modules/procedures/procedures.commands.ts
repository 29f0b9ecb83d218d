import type { Kysely } from 'kysely';
import type { CreateProcedureRequest, ProcedureDetail, ReplaceProcedureRequest, UpdateProcedureRequest } from '@contracts/procedures';
import type { DB, Unit } from '@db/types';
import type { ProceduresTable } from '@db/types-one-stop';
import type { Updateable } from 'kysely';
import type { Executor } from '../../infra/database';
import { type Actor, AppError, type Issue, validationError } from '../../http';
import { recordAudit } from '../audit/audit.service';
import { addDays, asLocalDate, sameDayRuleOn } from '@core/calendar';
import { cleanText } from '@core/shared/text';
import { loadCatalogueScope, type CatalogueScope } from './procedures.scope';
import { describeProcedure, procedureNotFound } from './procedures.service';
import {
  documentsOf,
  documentsWithUse,
  findOverlappingCode,
  findProcedure,
  insertProcedure,
  lockCatalogue,
  replaceDocuments,
  replaceSteps,
  stepsOf,
  syncDocuments,
  updateProcedure,
  type DocumentValues,
  type ProcedureRow,
  type StepValues,
  type StoredDocument,
} from './procedures.repo';
import { auditView } from './procedures.present';

/** What every write needs: the database, who acts, today's date in Vietnam, the request id for the audit log. */
export type ProcedureWriteContext = { db: Kysely<DB>; actor: Actor; today: string; now: Date; requestId: string };

/** The full set of a procedure's fields, after defaults and merging (what a write stores). */
export type ProcedureValues = {
  nationalCode: string;
  name: string;
  sector: string;
  level: ProcedureRow['level'];
  handlingUnitId: string;
  durationValue: number;
  durationUnit: ProcedureRow['durationUnit'];
  /** same_day: the cutoff 'HH:MM' (docs/DOMAIN.md §3.9); null otherwise. */
  sameDayCutoff: string | null;
  feeText: string | null;
  feeAmount: number | null;
  onlineLevel: ProcedureRow['onlineLevel'];
  isInterAgency: boolean;
  paymentPausesClock: boolean;
  resultText: string | null;
  legalBasis: string | null;
  validFrom: string;
  validTo: string | null;
  documents: DocumentValues[];
  steps: StepValues[];
};

const PROVINCE_LEVEL_KINDS: ReadonlyArray<Unit['kind']> = ['province', 'department', 'one_stop_centre'];

const forbidden = () =>
  new AppError('FORBIDDEN', 'Bạn không có quyền quản lý thủ tục của đơn vị này / you may not manage procedures of this unit');
const unitNotFound = (path: string) =>
  new AppError('PROCEDURE_UNIT_NOT_FOUND', 'Đơn vị không tồn tại hoặc bạn không có quyền / unit not found', [
    { path, message: 'Không tìm thấy đơn vị / unit not found' },
  ]);

/** Requires `procedure.manage` on a unit: invisible → 404, visible without the permission → 403. */
export function requireManageOn(scope: CatalogueScope, unitId: string, path = 'body.handlingUnitId'): Unit {
  const u = scope.units.get(unitId);
  if (!u || !scope.readable.has(unitId)) throw unitNotFound(path);
  if (!scope.permissionsOf(unitId).has('procedure.manage')) throw forbidden();
  return u;
}

const isOpenOn = (u: Pick<Unit, 'validFrom' | 'validTo'>, date: string) => u.validFrom <= date && (u.validTo === null || u.validTo >= date);

/**
 * Checks the rules a stored procedure must meet; returns every problem. Level 'commune' → handling unit is the
 * province (a root unit); level 'province' → a province, department or centre. Step units lie in the same
 * province and are in effect on validFrom.
 */
export function checkProcedure(scope: CatalogueScope, v: ProcedureValues, prefix = 'body'): Issue[] {
  const issues: Issue[] = [];
  const unit = scope.units.get(v.handlingUnitId);
  if (!unit) return [{ path: `${prefix}.handlingUnitId`, message: 'Không tìm thấy đơn vị / unit not found' }];
  if (v.level === 'commune' && unit.parentId !== null) {
    issues.push({
      path: `${prefix}.handlingUnitId`,
      message:
        'Thủ tục cấp xã được khai một lần cho cả tỉnh: đơn vị giải quyết là tỉnh (xã tiếp nhận hồ sơ sẽ giải quyết) / a commune-level procedure belongs to the province',
    });
  }
  if (v.level === 'province' && !PROVINCE_LEVEL_KINDS.includes(unit.kind)) {
    issues.push({
      path: `${prefix}.handlingUnitId`,
      message:
        'Thủ tục cấp tỉnh do tỉnh, sở, ngành hoặc trung tâm giải quyết / a province-level procedure is handled by the province, a department or a centre',
    });
  }
  if (!isOpenOn(unit, v.validFrom))
    issues.push({
      path: `${prefix}.handlingUnitId`,
      message: `Đơn vị không có hiệu lực vào ngày ${v.validFrom} / unit not in effect on ${v.validFrom}`,
    });
  if (v.durationUnit !== 'same_day' && v.sameDayCutoff !== null) {
    issues.push({
      path: `${prefix}.cutoff`,
      message: 'Giờ chốt chỉ dùng cho thủ tục giải quyết trong ngày / cutoff applies to same-day procedures only',
    });
  }
  const root = scope.rootOf(unit.id);
  v.steps.forEach((s, i) => {
    const su = scope.units.get(s.unitId);
    const path = `${prefix}.steps.${i}.unitId`;
    if (!su || scope.rootOf(su.id) !== root)
      issues.push({ path, message: 'Đơn vị của bước không tồn tại trong tỉnh / step unit not found in the province' });
    else if (!isOpenOn(su, v.validFrom))
      issues.push({ path, message: `${su.name} không có hiệu lực vào ngày ${v.validFrom} / step unit not in effect on ${v.validFrom}` });
  });
  return issues;
}

function throwIssues(issues: Issue[]): void {
  if (!issues.length) return;
  const missing = issues.every((i) => i.message.includes('not found'));
  throw missing ? new AppError('PROCEDURE_UNIT_NOT_FOUND', issues.map((i) => i.message).join('; '), issues) : validationError(issues);
}

const documentKey = (d: DocumentValues) => [d.name.normalize('NFC').replace(/\s+/g, ' ').trim(), d.form, d.quantity].join('\u0000');

/**
 * The documents used by dossiers that `next` would change or remove. A document is its position, name, form and
 * quantity (what receipts and dossiers show); whether it is required may change, it only concerns new dossiers.
 */
export function changedUsedDocuments(stored: readonly StoredDocument[], next: readonly DocumentValues[]): StoredDocument[] {
  return stored.filter((d) => {
    const n = next[d.position - 1];
    return d.inUse && (!n || documentKey(n) !== documentKey(d));
  });
}

async function assertCodeFree(trx: Executor, scope: CatalogueScope, v: ProcedureValues, excludeId?: string): Promise<void> {
  const root = scope.rootOf(v.handlingUnitId);
  const unitIds = [...scope.units.keys()].filter((id) => scope.rootOf(id) === root);
  const other = await findOverlappingCode(trx, v.nationalCode, unitIds, v.validFrom, v.validTo, excludeId);
  if (other) {
    throw new AppError(
      'PROCEDURE_CODE_EXISTS',
      `Mã thủ tục "${v.nationalCode}" đã có hiệu lực trong cùng thời gian ("${other.name}") / code already in effect in the same period`,
      [
        {
          path: 'body.nationalCode',
          message: 'Mã thủ tục đã tồn tại trong cùng thời gian; dùng "Thay thế phiên bản" / code exists; use replace',
        },
      ],
    );
  }
}

function rowValues(v: ProcedureValues) {
  const { documents: _d, steps: _s, ...rest } = v;
  return rest;
}

/** Stores a new procedure with its documents and steps (inside the caller's transaction) and audits it. */
export async function insertFull(
  trx: Executor,
  ctx: Pick<ProcedureWriteContext, 'actor' | 'requestId'>,
  v: ProcedureValues,
  extraAudit: object = {},
): Promise<ProcedureRow> {
  const p = await insertProcedure(trx, rowValues(v));
  await replaceDocuments(trx, p.id, v.documents);
  await replaceSteps(trx, p.id, v.steps);
  await recordAudit(
    trx,
    ctx.actor,
    {
      action: 'procedure.create',
      entityType: 'procedure',
      entityId: p.id,
      unitId: p.handlingUnitId,
      before: null,
      after: { ...auditView(p, { documents: v.documents, steps: v.steps }), ...extraAudit },
    },
    ctx.requestId,
  );
  return p;
}

/** Normalises request input to stored values; `base` supplies what the input leaves out. */
export function mergeValues(input: Partial<CreateProcedureRequest>, base: ProcedureValues | null, today: string): ProcedureValues {
  const text = (k: 'feeText' | 'resultText' | 'legalBasis') =>
    input[k] !== undefined ? (cleanText(input[k]) ?? null) : (base?.[k] ?? null);
  const req = <K extends keyof ProcedureValues>(k: K, fallback?: ProcedureValues[K]): ProcedureValues[K] => {
    const x = input[k as keyof CreateProcedureRequest] as ProcedureValues[K] | undefined;
    if (x !== undefined) return x;
    if (base) return base[k];
    return fallback as ProcedureValues[K];
  };
  const clean = (s: string) => cleanText(s) ?? s;
  const durationUnit = req('durationUnit');
  const validFrom = req('validFrom', today);
  return {
    nationalCode: clean(req('nationalCode')),
    name: clean(req('name')),
    sector: clean(req('sector')),
    level: req('level'),
    handlingUnitId: req('handlingUnitId'),
    // A same-day procedure has no amount, only its cutoff (docs/DOMAIN.md §3.9).
    durationValue: durationUnit === 'same_day' ? 0 : req('durationValue'),
    durationUnit,
    sameDayCutoff: cutoffOf(input, base, durationUnit, validFrom),
    feeText: text('feeText'),
    feeAmount: input.feeAmount !== undefined ? input.feeAmount : (base?.feeAmount ?? null),
    onlineLevel: req('onlineLevel', 'partial'),
    isInterAgency: req('isInterAgency', false),
    paymentPausesClock: req('paymentPausesClock', false),
    resultText: text('resultText'),
    legalBasis: text('legalBasis'),
    validFrom,
    validTo: input.validTo !== undefined ? input.validTo : (base?.validTo ?? null),
    documents: (input.documents ?? base?.documents ?? []).map((d) => ({
      name: clean(d.name),
      form: d.form,
      quantity: d.quantity,
      isRequired: d.isRequired,
    })),
    steps: (input.steps ?? base?.steps ?? []).map((s) => ({ unitId: s.unitId, name: clean(s.name), timeShare: s.timeShare })),
  };
}

// Same-day procedures keep their cutoff; without one they take the rule's default on the first day in force
// (Decree 23/2015/NĐ-CP Art. 7: 15:00; docs/DOMAIN.md §3.9). A cutoff given with another unit is kept so that
// checkProcedure refuses it.
function cutoffOf(
  input: Partial<CreateProcedureRequest>,
  base: ProcedureValues | null,
  unit: ProcedureValues['durationUnit'],
  validFrom: string,
): string | null {
  if (typeof input.cutoff === 'string') return input.cutoff;
  if (unit !== 'same_day') return null;
  if (input.cutoff === undefined && base?.sameDayCutoff) return base.sameDayCutoff;
  return sameDayRuleOn(asLocalDate(validFrom)).defaultCutoff;
}

async function storedValues(trx: Executor, p: ProcedureRow): Promise<ProcedureValues> {
  const docs = await documentsOf(trx, p.id);
  const steps = await stepsOf(trx, p.id);
  return {
    ...auditView(p),
    durationValue: Number(p.durationValue),
    feeAmount: p.feeAmount === null ? null : Number(p.feeAmount),
    documents: docs.map((d) => ({ name: d.name, form: d.form, quantity: d.quantity, isRequired: d.isRequired })),
    steps: steps.map((s) => ({ unitId: s.unitId, name: s.name, timeShare: Number(s.timeShare) })),
  };
}

async function loadManaged(trx: Executor, scope: CatalogueScope, id: string): Promise<ProcedureRow> {
  const p = await findProcedure(trx, id);
  if (!p || !scope.readable.has(p.handlingUnitId)) throw procedureNotFound();
  if (!scope.permissionsOf(p.handlingUnitId).has('procedure.manage')) throw forbidden();
  return p;
}

/** Creates a procedure where the actor holds `procedure.manage` on the handling unit. */
export async function createProcedure(ctx: ProcedureWriteContext, input: CreateProcedureRequest): Promise<ProcedureDetail> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockCatalogue(trx);
    const scope = await loadCatalogueScope(trx, ctx.actor);
    requireManageOn(scope, input.handlingUnitId);
    const v = mergeValues(input, null, ctx.today);
    throwIssues(checkProcedure(scope, v));
    await assertCodeFree(trx, scope, v);
    const p = await insertFull(trx, ctx, v);
    return describeProcedure(trx, ctx.actor, p.id, ctx.today, scope);
  });
}

/** Edits a procedure in place (corrections); documents and steps, when given, are replaced as a whole. */
export async function updateProcedureFields(
  ctx: ProcedureWriteContext,
  id: string,
  input: UpdateProcedureRequest,
): Promise<ProcedureDetail> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockCatalogue(trx);
    const scope = await loadCatalogueScope(trx, ctx.actor);
    const p = await loadManaged(trx, scope, id);
    if (input.handlingUnitId !== undefined && input.handlingUnitId !== p.handlingUnitId) requireManageOn(scope, input.handlingUnitId);
    const before = await storedValues(trx, p);
    const v = mergeValues(input, before, ctx.today);
    if (v.validTo !== null && v.validTo < v.validFrom) {
      throw validationError([
        { path: 'body.validTo', message: `Ngày hết hiệu lực phải từ ${v.validFrom} trở đi / validTo must be on or after ${v.validFrom}` },
      ]);
    }
    throwIssues(checkProcedure(scope, v));
    await assertCodeFree(trx, scope, v, id);
    const stored = input.documents ? await documentsWithUse(trx, id) : [];
    if (changedUsedDocuments(stored, v.documents).length > 0) {
      throw new AppError(
        'PROCEDURE_IN_USE',
        'Giấy tờ của thủ tục đã được dùng trong hồ sơ; hãy tạo phiên bản mới (Thay thế) / documents are used by dossiers; replace the procedure instead',
        [{ path: 'body.documents', message: 'Đã có hồ sơ dùng danh mục giấy tờ này / documents in use' }],
      );
    }
    const set: Updateable<ProceduresTable> = { ...rowValues(v), updatedAt: ctx.now };
    const updated = await updateProcedure(trx, id, set);
    if (input.documents) await syncDocuments(trx, id, stored, v.documents);
    if (input.steps) await replaceSteps(trx, id, v.steps);
    await recordAudit(
      trx,
      ctx.actor,
      {
        action: 'procedure.update',
        entityType: 'procedure',
        entityId: id,
        unitId: updated.handlingUnitId,
        before,
        after: { ...auditView(updated), documents: v.documents, steps: v.steps },
      },
      ctx.requestId,
    );
    return describeProcedure(trx, ctx.actor, id, ctx.today, scope);
  });
}

/**
 * Replaces a procedure from `validFrom`: the old version ends the day before (its dossiers keep pointing at it)
 * and a new version with the changes (the rest copied) starts. Only the current open version can be replaced.
 */
export async function replaceProcedure(ctx: ProcedureWriteContext, id: string, input: ReplaceProcedureRequest): Promise<ProcedureDetail> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockCatalogue(trx);
    const scope = await loadCatalogueScope(trx, ctx.actor);
    const old = await loadManaged(trx, scope, id);
    if (input.handlingUnitId !== undefined && input.handlingUnitId !== old.handlingUnitId) requireManageOn(scope, input.handlingUnitId);
    if (old.validTo !== null) {
      throw new AppError(
        'PROCEDURE_ALREADY_CLOSED',
        `Thủ tục đã hết hiệu lực từ ${old.validTo} hoặc đã được thay thế / the procedure already ended on ${old.validTo}`,
      );
    }
    if (input.validFrom <= old.validFrom) {
      throw validationError([
        {
          path: 'body.validFrom',
          message: `Phiên bản mới phải có hiệu lực sau ngày ${old.validFrom} / the new version must start after ${old.validFrom}`,
        },
      ]);
    }
    const before = await storedValues(trx, old);
    const v = mergeValues({ ...input, validTo: input.validTo ?? null }, before, ctx.today);
    throwIssues(checkProcedure(scope, v));
    const closedOn = addDays(asLocalDate(input.validFrom), -1);
    const closed = await updateProcedure(trx, id, { validTo: closedOn, updatedAt: ctx.now });
    await assertCodeFree(trx, scope, v, id);
    const created = await insertFull(trx, ctx, v, { replaces: id });
    await recordAudit(
      trx,
      ctx.actor,
      {
        action: 'procedure.replace',
        entityType: 'procedure',
        entityId: id,
        unitId: old.handlingUnitId,
        before: auditView(old),
        after: { ...auditView(closed), replacedBy: created.id },
      },
      ctx.requestId,
    );
    return describeProcedure(trx, ctx.actor, created.id, ctx.today, scope);
  });
}
