import type { ColumnType, Generated, Selectable } from 'kysely';
import type { TargetMeasure } from '@core/targets';

// Kysely types of the targets table (migration 2026112510). numeric is parsed to a number (server/infra/database.ts).
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** A target version: key, scope (unitId null = province-wide), value, measure, period and source. */
export type TargetsTable = {
  id: Generated<string>;
  key: string;
  unitId: string | null;
  value: number;
  measure: TargetMeasure;
  validFrom: string;
  validTo: string | null;
  source: string;
  note: string | null;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
};

/** The targets tables, merged into DB. */
export type TargetTables = { targets: TargetsTable };

/** A stored target version. */
export type TargetRow = Selectable<TargetsTable>;
