import type { Permission } from '@core/access/permissions';
import type { TargetView } from '@contracts/targets';
import type { TargetRow } from '@db/types-targets';
import type { TargetWithUnit } from './targets.repo';

/** A stored version as shown to a caller with the given abilities. */
export function targetView(row: TargetWithUnit, abilities: Permission[]): TargetView {
  return {
    id: row.id,
    key: row.key,
    unitId: row.unitId,
    unitName: row.unitName,
    value: Number(row.value),
    measure: row.measure,
    validFrom: row.validFrom,
    validTo: row.validTo,
    source: row.source,
    note: row.note,
    updatedAt: row.updatedAt.toISOString(),
    abilities,
  };
}

/** What the audit log keeps of a version. */
export function auditTarget(row: Pick<TargetRow, 'key' | 'unitId' | 'value' | 'measure' | 'validFrom' | 'validTo' | 'source' | 'note'>) {
  return {
    key: row.key,
    unitId: row.unitId,
    value: Number(row.value),
    measure: row.measure,
    validFrom: row.validFrom,
    validTo: row.validTo,
    source: row.source,
    note: row.note,
  };
}
