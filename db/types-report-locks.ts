import type { ColumnType, Generated } from 'kysely';

// Period locks of the one-stop statistics (migration 2026120860_stats_rule_sets_locks, issue #14 point 7).

/** A locked period's published reports for a unit subtree. */
export type ReportLocksTable = {
  id: Generated<string>;
  unitId: string;
  periodFrom: ColumnType<string, string, never>;
  periodTo: ColumnType<string, string, never>;
  lockedAt: ColumnType<Date, Date | string, never>;
  lockedBy: ColumnType<string | null, string | null, never>;
  /** { [rules]: { unit: StatsReport, sector: StatsReport } } as published. */
  reports: ColumnType<unknown, string, never>;
  note: string | null;
};

/** Each dossier counted in a locked period with its class under the periodic report then. */
export type ReportLockItemsTable = {
  lockId: string;
  dossierId: string;
  class: 'early' | 'on_time' | 'late' | 'within' | 'overdue';
};

/** The report-lock tables. */
export type ReportLockTables = { reportLocks: ReportLocksTable; reportLockItems: ReportLockItemsTable };
