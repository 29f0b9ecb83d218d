import type { Kysely, Transaction } from 'kysely';
import { findOverlap, TARGET_KEY_MEASURE, targetValueProblem, type TargetMeasure, type TargetVersion } from '@core/targets';
import type { CreateTargetRequest, TargetView, UpdateTargetRequest } from '@contracts/targets';
import type { DB } from '@db/types';
import { type Actor, AppError, validationError } from '../../http';
import { recordAudit } from '../audit/audit.service';
import { abilitiesOnTarget, loadTargetScope, requireManage, targetNotFound, type TargetScope } from './targets.policy';
import { auditTarget, targetView } from './targets.present';
import {
  deleteTarget as deleteRow,
  findTarget,
  insertTarget,
  lockSeries,
  updateTarget as updateRow,
  versionsOfSeries,
  type TargetWithUnit,
} from './targets.repo';

type Executor = Transaction<DB>;

/** What every target write needs: the database, who acts, the clock and the request id for the audit log. */
export type TargetWriteContext = { db: Kysely<DB>; actor: Actor; now: Date; requestId: string };

// One transaction per write, with the actor's scope loaded through it (PGlite: never the outer db inside).
async function inTargetWrite<T>(ctx: TargetWriteContext, fn: (trx: Executor, scope: TargetScope) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute(async (trx) => fn(trx, await loadTargetScope(trx, ctx.actor)));
}

const day = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
const periodVi = (v: { validFrom: string; validTo: string | null }) =>
  `từ ${day(v.validFrom)} ${v.validTo ? `đến ${day(v.validTo)}` : 'không thời hạn'}`;
const periodEn = (v: { validFrom: string; validTo: string | null }) =>
  `from ${v.validFrom} ${v.validTo ? `to ${v.validTo}` : 'with no end'}`;

function assertValue(measure: TargetMeasure, value: number): void {
  const problem = targetValueProblem(measure, value);
  if (problem) throw validationError([{ path: 'body.value', message: problem }]);
}

// Product rule: no two versions of one key and scope overlap (docs/TARGETS.md); the lock serialises concurrent writers.
async function assertNoOverlap(trx: Executor, candidate: TargetVersion & { id?: string }): Promise<void> {
  await lockSeries(trx, candidate.key, candidate.unitId);
  const other = findOverlap(await versionsOfSeries(trx, candidate.key, candidate.unitId), candidate);
  if (!other) return;
  const message = `Trùng thời gian với phiên bản ${Number(other.value)} ${periodVi(other)} (nguồn: ${other.source.slice(0, 120)}); hãy đặt ngày hết hiệu lực cho phiên bản đó trước / overlaps the version ${periodEn(other)}; close that version first`;
  throw new AppError('TARGET_PERIOD_CONFLICT', message, [
    { path: 'body.validFrom', message: `Trùng với phiên bản ${periodVi(other)} / overlaps the version ${periodEn(other)}` },
  ]);
}

async function loadForChange(trx: Executor, scope: TargetScope, id: string): Promise<TargetWithUnit> {
  const row = await findTarget(trx, id);
  if (!row) throw targetNotFound();
  if (row.unitId !== null && !scope.canRead(row.unitId) && !scope.canManage(row.unitId)) throw targetNotFound();
  requireManage(scope, row.unitId, targetNotFound);
  return row;
}

async function view(trx: Executor, scope: TargetScope, id: string): Promise<TargetView> {
  const row = await findTarget(trx, id);
  if (!row) throw targetNotFound();
  return targetView(row, abilitiesOnTarget(scope, row.unitId));
}

/** Adds a version: province-wide (target.manage on a root unit) or a unit's own (target.manage on the unit). */
export async function createTarget(ctx: TargetWriteContext, input: CreateTargetRequest): Promise<TargetView> {
  return inTargetWrite(ctx, async (trx, scope) => {
    const unitId = input.unitId ?? null;
    requireManage(scope, unitId);
    const measure = TARGET_KEY_MEASURE[input.key];
    if (input.measure !== undefined && input.measure !== measure) {
      const message = `Chỉ tiêu ${input.key} tính theo đơn vị "${measure}" / ${input.key} is measured in "${measure}"`;
      throw validationError([{ path: 'body.measure', message }]);
    }
    assertValue(measure, input.value);
    const candidate = { key: input.key, unitId, value: input.value, validFrom: input.validFrom, validTo: input.validTo ?? null };
    await assertNoOverlap(trx, candidate);
    const id = await insertTarget(trx, {
      ...candidate,
      measure,
      source: input.source,
      note: input.note ?? null,
      createdBy: ctx.actor.userId,
      updatedBy: ctx.actor.userId,
    });
    const after = await view(trx, scope, id);
    await recordAudit(
      trx,
      ctx.actor,
      { action: 'target.create', entityType: 'target', entityId: id, unitId, after: auditTarget(after) },
      ctx.requestId,
    );
    return after;
  });
}

/** Edits a version's value, period, source or note; setting validTo closes it (e.g. before the next year's version). */
export async function updateTarget(ctx: TargetWriteContext, id: string, patch: UpdateTargetRequest): Promise<TargetView> {
  return inTargetWrite(ctx, async (trx, scope) => {
    const before = await loadForChange(trx, scope, id);
    const next = {
      id,
      key: before.key,
      unitId: before.unitId,
      value: patch.value ?? Number(before.value),
      validFrom: patch.validFrom ?? before.validFrom,
      validTo: patch.validTo === undefined ? before.validTo : patch.validTo,
    };
    if (next.validTo !== null && next.validTo < next.validFrom) {
      const message = 'Ngày hết hiệu lực phải từ ngày bắt đầu trở đi / validTo must be on or after validFrom';
      throw validationError([{ path: patch.validTo === undefined ? 'body.validFrom' : 'body.validTo', message }]);
    }
    assertValue(before.measure, next.value);
    if (next.validFrom !== before.validFrom || next.validTo !== before.validTo) await assertNoOverlap(trx, next);
    await updateRow(trx, id, {
      value: next.value,
      validFrom: next.validFrom,
      validTo: next.validTo,
      source: patch.source ?? before.source,
      note: patch.note === undefined ? before.note : patch.note,
      updatedBy: ctx.actor.userId,
      updatedAt: ctx.now,
    });
    const after = await view(trx, scope, id);
    await recordAudit(
      trx,
      ctx.actor,
      {
        action: 'target.update',
        entityType: 'target',
        entityId: id,
        unitId: before.unitId,
        before: auditTarget(before),
        after: auditTarget(after),
      },
      ctx.requestId,
    );
    return after;
  });
}

/** Removes a version entered by mistake (to end a version that was in force, set its validTo instead). */
export async function deleteTarget(ctx: TargetWriteContext, id: string): Promise<{ id: string; deleted: true }> {
  return inTargetWrite(ctx, async (trx, scope) => {
    const before = await loadForChange(trx, scope, id);
    await deleteRow(trx, id);
    await recordAudit(
      trx,
      ctx.actor,
      { action: 'target.delete', entityType: 'target', entityId: id, unitId: before.unitId, before: auditTarget(before) },
      ctx.requestId,
    );
    return { id, deleted: true as const };
  });
}
