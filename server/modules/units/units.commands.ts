import type { Permission } from '@core/access/permissions';
import {
  ALLOWED_PARENT_KINDS,
  type CloseUnitRequest,
  type CreateUnitRequest,
  type UnitDetail,
  type UpdateUnitRequest,
} from '@contracts/units';
import type { Kysely } from 'kysely';
import type { DB, Unit, UnitUpdate } from '@db/types';
import { type Actor, AppError, type Issue, validationError } from '../../http';
import { recordAudit } from '../audit/audit.service';
import { ancestryOf, loadUnitScope, type UnitScope } from './units.service';
import { childrenOf, findOverlappingCode, findUnit, insertSuccessions, insertUnit, lockUnitStructure, updateUnit } from './units.repo';
import { describeUnit, unitNotFound } from './units.service';
import { addDays, asLocalDate } from '@core/calendar';
import { cleanText } from '@core/shared/text';
import { isOpenOn } from './units.rules';
import { auditView } from './units.present';

/** What every write needs: the database, who acts, today's date in Vietnam, the request id for the audit log. */
export type WriteContext = { db: Kysely<DB>; actor: Actor; today: string; now: Date; requestId: string };

const forbidden = () =>
  new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này trên đơn vị này / permission denied on this unit');

// Invisible → 404 (ids leak nothing); visible but without the permission → 403.
function requireOn(scope: UnitScope, id: string, permission: Permission, notFoundError = unitNotFound()): Unit {
  const u = scope.byId.get(id);
  if (!u || !scope.readable.has(id)) throw notFoundError;
  if (!scope.permissionsOf(id).has(permission)) throw forbidden();
  return u;
}

const parentNotFound = () =>
  new AppError('UNIT_PARENT_NOT_FOUND', 'Đơn vị cấp trên không tồn tại hoặc bạn không có quyền / parent unit not found', [
    { path: 'body.parentId', message: 'Không tìm thấy đơn vị cấp trên / parent not found' },
  ]);

function assertParentKind(kind: Unit['kind'], parent: Unit): void {
  if (!ALLOWED_PARENT_KINDS[kind].includes(parent.kind)) {
    throw new AppError(
      'UNIT_PARENT_KIND_INVALID',
      `Loại đơn vị "${kind}" không thể trực thuộc "${parent.kind}" / a ${kind} cannot sit under a ${parent.kind}`,
      [{ path: 'body.parentId', message: `Cấp trên phải là một trong: ${ALLOWED_PARENT_KINDS[kind].join(', ')}` }],
    );
  }
}

function assertParentOpen(parent: Unit, validFrom: string): void {
  if (parent.validTo !== null && parent.validTo < validFrom) {
    throw new AppError('UNIT_PARENT_CLOSED', `Đơn vị cấp trên đã giải thể từ ${parent.validTo} / the parent closed on ${parent.validTo}`, [
      { path: 'body.parentId', message: 'Cấp trên đã hết hiệu lực trước ngày bắt đầu / parent closed before validFrom' },
    ]);
  }
}

async function assertCodeFree(trx: Kysely<DB>, code: string, from: string, to: string | null, excludeId?: string): Promise<void> {
  const other = await findOverlappingCode(trx, code, from, to, excludeId);
  if (other) {
    throw new AppError(
      'UNIT_CODE_EXISTS',
      `Mã "${code}" đang được dùng cho "${other.name}" trong cùng thời gian / code already used by another unit in effect`,
      [{ path: 'body.code', message: 'Mã đã tồn tại / code already exists' }],
    );
  }
}

/** Creates a unit under a parent where the actor holds `unit.create`; returns its detail. */
export async function createUnit(ctx: WriteContext, input: CreateUnitRequest): Promise<UnitDetail> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockUnitStructure(trx);
    const scope = await loadUnitScope(trx, ctx.actor);
    const parent = requireOn(scope, input.parentId, 'unit.create', parentNotFound());
    const validFrom = input.validFrom ?? ctx.today;
    assertParentKind(input.kind, parent);
    assertParentOpen(parent, validFrom);
    const code = input.code.trim();
    await assertCodeFree(trx, code, validFrom, null);
    const unit = await insertUnit(trx, {
      code,
      name: cleanText(input.name) ?? '',
      nameEn: cleanText(input.nameEn) ?? null,
      shortName: cleanText(input.shortName) ?? null,
      kind: input.kind,
      parentId: parent.id,
      validFrom,
      validTo: null,
      legalRef: cleanText(input.legalRef) ?? null,
      address: cleanText(input.address) ?? null,
    });
    await recordAudit(
      trx,
      ctx.actor,
      { action: 'unit.create', entityType: 'unit', entityId: unit.id, unitId: unit.id, before: null, after: auditView(unit) },
      ctx.requestId,
    );
    return describeUnit(trx, ctx.actor, unit.id, ctx.today);
  });
}

function changedFields(u: Unit, input: UpdateUnitRequest): UnitUpdate {
  const set: UnitUpdate = {};
  const text = (k: 'name' | 'nameEn' | 'shortName' | 'legalRef' | 'address') => {
    if (input[k] === undefined) return;
    const v = cleanText(input[k]) ?? null;
    if (k === 'name' && v === null) return; // the schema already refuses an empty name
    if (v !== u[k]) set[k] = v as never;
  };
  for (const k of ['name', 'nameEn', 'shortName', 'legalRef', 'address'] as const) text(k);
  if (input.code !== undefined && input.code.trim() !== u.code) set.code = input.code.trim();
  if (input.kind !== undefined && input.kind !== u.kind) set.kind = input.kind;
  if (input.parentId !== undefined && input.parentId !== u.parentId) set.parentId = input.parentId;
  if (input.validFrom !== undefined && input.validFrom !== u.validFrom) set.validFrom = input.validFrom;
  return set;
}

async function checkMove(trx: Kysely<DB>, scope: UnitScope, u: Unit, parentId: string): Promise<Unit> {
  const parent = requireOn(scope, parentId, 'unit.update', parentNotFound());
  const chain = await ancestryOf(trx, parentId);
  if (chain.includes(u.id)) {
    throw new AppError(
      'UNIT_PARENT_CYCLE',
      'Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó / cannot move a unit under itself or its descendant',
      [{ path: 'body.parentId', message: 'Cấp trên mới nằm trong cây con của đơn vị / new parent is inside the unit’s subtree' }],
    );
  }
  return parent;
}

/** Edits a unit where the actor holds `unit.update`; moving needs `unit.update` on the new parent too. */
export async function updateUnitFields(ctx: WriteContext, id: string, input: UpdateUnitRequest): Promise<UnitDetail> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockUnitStructure(trx);
    const scope = await loadUnitScope(trx, ctx.actor);
    const u = requireOn(scope, id, 'unit.update');
    const set = changedFields(u, input);
    if (Object.keys(set).length === 0) return describeUnit(trx, ctx.actor, id, ctx.today);
    const next = { ...u, ...set } as Unit;
    // The current parent may lie outside the actor's scope (a grant on the unit itself), so read it directly.
    const parent =
      set.parentId !== undefined
        ? await checkMove(trx, scope, u, next.parentId as string)
        : next.parentId
          ? await findUnit(trx, next.parentId)
          : undefined;
    if (set.kind !== undefined || set.parentId !== undefined) {
      if (parent) assertParentKind(next.kind, parent);
      const badChildren = (await childrenOf(trx, id)).filter((c) => !ALLOWED_PARENT_KINDS[c.kind].includes(next.kind));
      if (badChildren.length > 0) {
        throw new AppError(
          'UNIT_PARENT_KIND_INVALID',
          `Đơn vị cấp dưới không thể trực thuộc loại "${next.kind}" / children cannot sit under a ${next.kind}`,
          badChildren.map((c) => ({ path: 'body.kind', message: `${c.name} (${c.kind})` })),
        );
      }
    }
    if (next.validTo !== null && next.validFrom > next.validTo) {
      throw validationError([
        { path: 'body.validFrom', message: `Ngày bắt đầu phải trước hoặc bằng ${next.validTo} / validFrom must be on or before validTo` },
      ]);
    }
    if (parent && (set.parentId !== undefined || set.validFrom !== undefined)) assertParentOpen(parent, next.validFrom);
    if (set.code !== undefined || set.validFrom !== undefined) await assertCodeFree(trx, next.code, next.validFrom, next.validTo, id);
    const updated = await updateUnit(trx, id, { ...set, updatedAt: ctx.now });
    await recordAudit(
      trx,
      ctx.actor,
      { action: 'unit.update', entityType: 'unit', entityId: id, unitId: id, before: auditView(u), after: auditView(updated) },
      ctx.requestId,
    );
    return describeUnit(trx, ctx.actor, id, ctx.today);
  });
}

/**
 * Closes a unit on `validTo` (its last day in effect) and records its successors from the next day.
 * Refused while a child is still open after that day: close or move the children first.
 */
export async function closeUnit(ctx: WriteContext, id: string, input: CloseUnitRequest): Promise<UnitDetail> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockUnitStructure(trx);
    const scope = await loadUnitScope(trx, ctx.actor);
    const u = requireOn(scope, id, 'unit.close');
    if (u.validTo !== null)
      throw new AppError('UNIT_ALREADY_CLOSED', `Đơn vị đã hết hiệu lực từ ${u.validTo} / unit already closed on ${u.validTo}`);
    if (input.validTo < u.validFrom) {
      throw validationError([
        { path: 'body.validTo', message: `Ngày kết thúc phải từ ${u.validFrom} trở đi / validTo must be on or after ${u.validFrom}` },
      ]);
    }
    const openChildren = (await childrenOf(trx, id)).filter((c) => c.validTo === null || c.validTo > input.validTo);
    if (openChildren.length > 0) {
      throw new AppError(
        'UNIT_HAS_OPEN_CHILDREN',
        `Còn ${openChildren.length} đơn vị cấp dưới đang hoạt động; hãy giải thể hoặc chuyển chúng trước / close or move the open children first`,
        openChildren.map((c) => ({ path: 'children', message: `${c.name} (${c.code})` })),
      );
    }
    const effectiveOn = addDays(asLocalDate(input.validTo), 1);
    const successorIds = input.successorIds ?? [];
    const missing: Issue[] = [];
    const invalid: Issue[] = [];
    successorIds.forEach((sid, i) => {
      const s = scope.byId.get(sid);
      const path = `body.successorIds.${i}`;
      if (!s || !scope.readable.has(sid)) missing.push({ path, message: 'Không tìm thấy đơn vị kế thừa / successor not found' });
      else if (sid === id) invalid.push({ path, message: 'Đơn vị không thể kế thừa chính nó / a unit cannot succeed itself' });
      else if (s.validFrom > effectiveOn || !isOpenOn(s, effectiveOn))
        invalid.push({ path, message: `${s.name} không có hiệu lực vào ngày ${effectiveOn} / successor not in effect on ${effectiveOn}` });
    });
    if (missing.length)
      throw new AppError(
        'UNIT_SUCCESSOR_NOT_FOUND',
        'Đơn vị kế thừa không tồn tại hoặc bạn không có quyền xem / successor not found',
        missing,
      );
    if (invalid.length) throw new AppError('UNIT_SUCCESSOR_INVALID', 'Đơn vị kế thừa không hợp lệ / invalid successor', invalid);
    const legalRef = cleanText(input.legalRef) ?? null;
    const note = cleanText(input.note) ?? null;
    const closed = await updateUnit(trx, id, { validTo: input.validTo, closingLegalRef: legalRef, closingNote: note, updatedAt: ctx.now });
    const successions = successorIds.map((successorId) => ({ predecessorId: id, successorId, effectiveOn, legalRef, note }));
    await insertSuccessions(trx, successions);
    await recordAudit(
      trx,
      ctx.actor,
      {
        action: 'unit.close',
        entityType: 'unit',
        entityId: id,
        unitId: id,
        before: auditView(u),
        after: { ...auditView(closed), successions },
      },
      ctx.requestId,
    );
    return describeUnit(trx, ctx.actor, id, ctx.today);
  });
}
