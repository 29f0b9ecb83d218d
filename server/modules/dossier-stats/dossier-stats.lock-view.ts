import { formatMoment } from '@core/calendar';
import type { LockSummary, StatsCountsView, StatsGroupBy, StatsReport, StatsRuleSet } from '@contracts/dossier-stats';
import type { LockRow } from './dossier-stats.locks.repo';

// How a locked period shows in the reports (issue #14 point 7): the locked report as published, and the next period's
// carried over taken from the locked "in progress".

/** A lock as the API lists it. */
export const lockSummary = (l: LockRow): LockSummary => ({
  id: l.id,
  unitId: l.unitId,
  from: l.from,
  to: l.to,
  lockedAt: formatMoment(l.lockedAt.getTime()),
  lockedBy: l.lockedBy,
  note: l.note,
});

/** The published report of a lock for a rule set and breakdown, marked with its lock; null when none was stored. */
export function publishedReport(lock: LockRow | null, rules: StatsRuleSet, groupBy: StatsGroupBy): StatsReport | null {
  const stored = lock?.reports[rules]?.[groupBy] as StatsReport | undefined;
  return lock && stored ? { ...stored, lock: lockSummary(lock), carriedOverFromLock: stored.carriedOverFromLock ?? null } : null;
}

// The row with another carried over: to handle and the rate follow (docs/DOMAIN.md §6.3); the rest is as counted.
function withCarried<T extends StatsCountsView>(row: T, carried: number): T {
  const toHandle = row.received + carried;
  const bad = row.finishedLate + row.inProgressOverdue;
  return { ...row, carriedOver: carried, toHandle, onTimeRate: toHandle === 0 ? null : Math.round((1 - bad / toHandle) * 10_000) / 100 };
}

/**
 * The report with its carried over taken from the previous period's lock: each row's (and the total's) carried over is
 * that row's locked "in progress"; `carriedOverFromLock.live` keeps what the dossiers give now (the difference: changes
 * made after the lock, listed as its adjustments).
 */
export function carriedFromLock(report: StatsReport, previous: LockRow | null, rules: StatsRuleSet, groupBy: StatsGroupBy): StatsReport {
  const locked = publishedReport(previous, rules, groupBy);
  if (!previous || !locked) return report;
  const inProgress = new Map(locked.rows.map((r) => [r.key, r.inProgress]));
  return {
    ...report,
    total: withCarried(report.total, locked.total.inProgress),
    rows: report.rows.map((r) => withCarried(r, inProgress.get(r.key) ?? 0)),
    carriedOverFromLock: {
      lockId: previous.id,
      from: previous.from,
      to: previous.to,
      locked: locked.total.inProgress,
      live: report.total.carriedOver,
    },
  };
}
