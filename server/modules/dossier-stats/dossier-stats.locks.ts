import type { Kysely } from 'kysely';
import { asLocalDate, formatMoment, vietnamToday } from '@core/calendar';
import { PERIODIC_RULES, STATS_RULE_SET_IDS, classifyForPeriod, periodBounds } from '@core/dossier-stats';
import { classKey } from '@core/dossier-stats/difference';
import type { AdjustmentList, LockBody, LockPatch, LockSummary, StatsReport } from '@contracts/dossier-stats';
import type { DB } from '@db/types';
import { AppError, notFound, type Actor } from '../../http';
import { recordAudit } from '../audit/audit.service';
import { abilitiesOnUnit } from '../units/units.service';
import { isUniqueViolation } from '../users/users.service';
import {
  changedSinceLock,
  findLock,
  insertLock,
  insertLockItems,
  listLocks,
  lockById,
  updateLockNote,
  type LockRow,
} from './dossier-stats.locks.repo';
import { lockSummary } from './dossier-stats.lock-view';
import { asStatsDossier } from './dossier-stats.rules';
import { statsReport } from './dossier-stats.service';
import type { StatsScope } from './dossier-stats.repo';

// Period lock ("chốt số liệu", issue #14 point 7): the secretariat publishes a finished period's report of a unit subtree;
// it then answers as published, the next period carries over its "in progress", and later changes are adjustments.

const alreadyLocked = () =>
  new AppError('REPORT_ALREADY_LOCKED', undefined, [
    { path: 'body.to', message: 'Kỳ đã chốt / already locked', code: 'REPORT_ALREADY_LOCKED' },
  ]);

async function requireOn(db: Kysely<DB>, actor: Actor, unitId: string, permission: 'report.lock' | 'report.read'): Promise<void> {
  if (!(await abilitiesOnUnit(db, actor, unitId)).includes(permission)) throw notFound('Đơn vị');
}

function scopeOf(l: Pick<LockRow, 'unitId' | 'from' | 'to' | 'lockedAt'>): StatsScope {
  const b = periodBounds({ from: asLocalDate(l.from), to: asLocalDate(l.to) });
  return {
    rootId: l.unitId,
    from: l.from,
    to: l.to,
    start: new Date(b.start),
    end: new Date(b.end),
    cutoff: new Date(Math.min(b.end, l.lockedAt.getTime())),
    sector: null,
    procedureId: null,
  };
}

/** Locks a finished period: stores its reports (both rule sets, by unit and by sector) and each counted dossier's class. */
export async function lockPeriod(db: Kysely<DB>, actor: Actor, body: LockBody, now: Date, requestId: string): Promise<LockSummary> {
  await requireOn(db, actor, body.unitId, 'report.lock');
  if (body.to >= vietnamToday(now))
    throw new AppError('REPORT_PERIOD_OPEN', undefined, [
      { path: 'body.to', message: 'Kỳ chưa kết thúc / not over yet', code: 'REPORT_PERIOD_OPEN' },
    ]);
  if (await findLock(db, body.unitId, body.from, body.to)) throw alreadyLocked();
  const reports: Record<string, Record<string, StatsReport>> = {};
  for (const rules of STATS_RULE_SET_IDS) {
    reports[rules] = {};
    for (const groupBy of ['unit', 'sector'] as const)
      reports[rules][groupBy] = await statsReport(
        db,
        actor,
        { unitId: body.unitId, from: body.from, to: body.to, groupBy, rules },
        now,
        'report.read',
        true,
      );
  }
  const values = {
    unitId: body.unitId,
    from: body.from,
    to: body.to,
    lockedAt: now,
    lockedBy: actor.userId,
    reports,
    note: body.note ?? null,
  };
  try {
    const id = await db.transaction().execute(async (trx) => {
      const lockId = await insertLock(trx, values);
      const items = await insertLockItems(trx, lockId, scopeOf(values));
      const p = reports[PERIODIC_RULES.id]?.unit;
      const after = { from: body.from, to: body.to, dossiers: items, onTimeRate: p?.total.onTimeRate ?? null, note: values.note };
      await recordAudit(
        trx,
        actor,
        { action: 'report.lock', entityType: 'report_lock', entityId: lockId, unitId: body.unitId, after },
        requestId,
      );
      return lockId;
    });
    const row = await lockById(db, id);
    if (!row) throw notFound('Kỳ chốt');
    return lockSummary(row);
  } catch (e) {
    throw isUniqueViolation(e) ? alreadyLocked() : e;
  }
}

async function visibleLock(db: Kysely<DB>, actor: Actor, id: string): Promise<LockRow> {
  const lock = await lockById(db, id);
  if (!lock || !(await abilitiesOnUnit(db, actor, lock.unitId)).includes('report.read')) throw new AppError('REPORT_LOCK_NOT_FOUND');
  return lock;
}

/** Edits a lock's note; published figures are refused (REPORT_LOCKED: later changes are listed as adjustments). */
export async function patchLock(db: Kysely<DB>, actor: Actor, id: string, body: LockPatch, requestId: string): Promise<LockSummary> {
  const lock = await visibleLock(db, actor, id);
  await requireOn(db, actor, lock.unitId, 'report.lock');
  if (body.total !== undefined || body.rows !== undefined)
    throw new AppError('REPORT_LOCKED', undefined, [
      { path: body.total !== undefined ? 'body.total' : 'body.rows', message: 'Đã chốt / locked', code: 'REPORT_LOCKED' },
    ]);
  const note = body.note === undefined ? lock.note : body.note;
  await db.transaction().execute(async (trx) => {
    await updateLockNote(trx, id, note);
    await recordAudit(
      trx,
      actor,
      {
        action: 'report.lock.note',
        entityType: 'report_lock',
        entityId: id,
        unitId: lock.unitId,
        before: { note: lock.note },
        after: { note },
      },
      requestId,
    );
  });
  return lockSummary({ ...lock, note });
}

/** The locks of a unit the caller reads reports of, latest period first. */
export async function locksOf(db: Kysely<DB>, actor: Actor, unitId: string): Promise<{ items: LockSummary[] }> {
  await requireOn(db, actor, unitId, 'report.read');
  return { items: (await listLocks(db, unitId)).map(lockSummary) };
}

/** Dossiers of a locked period whose standing under the periodic report changed after the lock (điều chỉnh sau chốt). */
export async function adjustmentsOf(db: Kysely<DB>, actor: Actor, id: string): Promise<AdjustmentList> {
  const lock = await visibleLock(db, actor, id);
  const s = scopeOf(lock);
  const b = { start: s.start.getTime(), end: s.end.getTime() };
  const items = [];
  for (const c of await changedSinceLock(db, lock, s)) {
    // Judged as at the lock (the period's figures then), so only real changes show, not time passing.
    const nowClass = (c.key as string | null) === null ? 'none' : classKey(classifyForPeriod(asStatsDossier(c), b, s.cutoff.getTime()));
    const lockedClass = (c.lockedClass ?? 'none') as typeof nowClass;
    if (nowClass === lockedClass) continue;
    items.push({
      id: c.id,
      code: c.code,
      procedureName: c.procedureName ?? '',
      handlingUnitName: c.handlingUnitName ?? '',
      status: c.status,
      updatedAt: formatMoment(c.updatedAt.getTime()),
      locked: lockedClass,
      now: nowClass,
    });
  }
  return { lock: lockSummary(lock), items };
}
