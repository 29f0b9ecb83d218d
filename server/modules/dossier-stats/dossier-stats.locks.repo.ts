import { sql } from 'kysely';
import type { Executor } from '../../infra/database';
import { filters, finishClass, pausedSince, subtree, type StatsScope } from './dossier-stats.repo';
import { inPeriod, overdue } from './dossier-stats.scan.repo';
import type { CandidateRow } from './dossier-stats.rules.repo';

// Period locks (migration 2026120860_stats_rule_sets_locks): the published reports, each counted dossier's class then,
// and the dossiers changed since.

/** A stored lock. */
export type LockRow = {
  id: string;
  unitId: string;
  from: string;
  to: string;
  lockedAt: Date;
  lockedBy: string | null;
  note: string | null;
  reports: Record<string, Record<string, unknown>>;
};

const LOCK_COLUMNS = sql`l.id, l.unit_id, l.period_from::text AS "from", l.period_to::text AS "to", l.locked_at,
  u.full_name AS locked_by, l.note, l.reports`;

/** The lock of exactly this unit and period, if any. */
export async function findLock(db: Executor, unitId: string, from: string, to: string): Promise<LockRow | null> {
  const r = await sql<LockRow>`SELECT ${LOCK_COLUMNS} FROM report_locks l LEFT JOIN users u ON u.id = l.locked_by
    WHERE l.unit_id = ${unitId}::uuid AND l.period_from = ${from}::date AND l.period_to = ${to}::date`.execute(db);
  return r.rows[0] ?? null;
}

/** The latest-starting lock of the unit whose period ends on `day` (the previous period of a report starting the day after). */
export async function findLockEndingOn(db: Executor, unitId: string, day: string): Promise<LockRow | null> {
  const r = await sql<LockRow>`SELECT ${LOCK_COLUMNS} FROM report_locks l LEFT JOIN users u ON u.id = l.locked_by
    WHERE l.unit_id = ${unitId}::uuid AND l.period_to = ${day}::date ORDER BY l.period_from DESC LIMIT 1`.execute(db);
  return r.rows[0] ?? null;
}

/** A lock by id. */
export async function lockById(db: Executor, id: string): Promise<LockRow | null> {
  const r =
    await sql<LockRow>`SELECT ${LOCK_COLUMNS} FROM report_locks l LEFT JOIN users u ON u.id = l.locked_by WHERE l.id = ${id}::uuid`.execute(
      db,
    );
  return r.rows[0] ?? null;
}

/** The locks of a unit, latest period first (without their reports). */
export async function listLocks(db: Executor, unitId: string): Promise<LockRow[]> {
  const r = await sql<LockRow>`SELECT ${LOCK_COLUMNS} FROM report_locks l LEFT JOIN users u ON u.id = l.locked_by
    WHERE l.unit_id = ${unitId}::uuid ORDER BY l.period_to DESC, l.period_from DESC`.execute(db);
  return r.rows;
}

/** Stores a lock with its published reports; returns its id (a second lock of the period fails on the unique key). */
export async function insertLock(
  trx: Executor,
  v: { unitId: string; from: string; to: string; lockedAt: Date; lockedBy: string; reports: unknown; note: string | null },
): Promise<string> {
  const r = await sql<{ id: string }>`INSERT INTO report_locks (unit_id, period_from, period_to, locked_at, locked_by, reports, note)
    VALUES (${v.unitId}::uuid, ${v.from}::date, ${v.to}::date, ${v.lockedAt}, ${v.lockedBy}::uuid, ${JSON.stringify(v.reports)}::jsonb, ${v.note})
    RETURNING id`.execute(trx);
  const id = r.rows[0]?.id;
  if (!id) throw new Error('report lock not stored');
  return id;
}

/** Stores each dossier of the period's figures with its class under the periodic report (the scan's rules, row by row). */
export async function insertLockItems(trx: Executor, lockId: string, s: StatsScope): Promise<number> {
  const r = await sql<{ n: number }>`
    WITH RECURSIVE ${subtree(s.rootId)},
    ins AS (
      INSERT INTO report_lock_items (lock_id, dossier_id, class)
      SELECT ${lockId}::uuid, d.id, CASE WHEN d.finished_at < ${s.end} THEN ${finishClass}
        WHEN ${overdue(s)} THEN 'overdue' ELSE 'within' END
      FROM dossiers d JOIN b ON b.id = d.handling_unit_id
      WHERE ${inPeriod(s)} ${filters(s, false)}
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM ins`.execute(trx);
  return r.rows[0]?.n ?? 0;
}

/** Changes the note of a lock (its only editable part). */
export async function updateLockNote(trx: Executor, id: string, note: string | null): Promise<void> {
  await sql`UPDATE report_locks SET note = ${note} WHERE id = ${id}::uuid`.execute(trx);
}

/** A dossier written after the lock that is, or was then, in the locked period's figures, with its class then. */
export type ChangedRow = CandidateRow & { lockedClass: string | null; updatedAt: Date };

/** Dossiers of the lock's subtree (or counted in it) written after the lock, received before the period's end. */
export async function changedSinceLock(db: Executor, lock: LockRow, s: StatsScope): Promise<ChangedRow[]> {
  const r = await sql<ChangedRow>`
    WITH RECURSIVE ${subtree(s.rootId)},
    cand AS (
      SELECT d.id FROM dossiers d JOIN b ON b.id = d.handling_unit_id
      WHERE d.updated_at > ${lock.lockedAt} AND d.received_at IS NOT NULL AND d.received_at < ${s.end}
      UNION
      SELECT i.dossier_id FROM report_lock_items i JOIN dossiers d ON d.id = i.dossier_id
      WHERE i.lock_id = ${lock.id}::uuid AND d.updated_at > ${lock.lockedAt}
    )
    SELECT d.id, d.code, b.bucket::text AS key, d.status, d.channel, d.received_at, d.finished_at, d.original_due_at,
      CASE WHEN d.extended_due_at IS NOT NULL THEN d.due_at ELSE d.original_due_at END AS due_at, d.timeliness, d.supplement_count,
      COALESCE((d.clock -> 'extension' ->> 'late') = 'true', false) AS extension_late,
      CASE WHEN d.status IN ('supplement_requested','awaiting_payment') AND (d.clock ->> 'status') = 'paused' THEN ${pausedSince} END AS paused_since,
      NULL::timestamptz AS ended_at, p.name AS procedure_name, hu.name AS handling_unit_name, i.class AS locked_class, d.updated_at
    FROM cand JOIN dossiers d ON d.id = cand.id
    LEFT JOIN b ON b.id = d.handling_unit_id
    JOIN procedures p ON p.id = d.procedure_id JOIN units hu ON hu.id = d.handling_unit_id
    LEFT JOIN report_lock_items i ON i.lock_id = ${lock.id}::uuid AND i.dossier_id = d.id
    ORDER BY d.updated_at, d.code`.execute(db);
  return r.rows;
}
