import type { Permission } from '@core/access/permissions';
import type { UnitDetail, UnitLink, UnitListItem, UnitRef } from '@contracts/units';
import type { Unit } from '@db/types';
import { statusOn } from './units.rules';
import type { SuccessionWithUnit } from './units.repo';

/** A short reference to a unit. */
export function toUnitRef(u: Unit, asOf: string): UnitRef {
  return { id: u.id, code: u.code, name: u.name, kind: u.kind, validFrom: u.validFrom, validTo: u.validTo, status: statusOn(u, asOf) };
}

/** A list row; `parentName` only when the parent is visible to the caller. */
export function toListItem(
  u: Unit,
  asOf: string,
  extra: { parentName: string | null; childCount: number; abilities: Iterable<Permission> },
): UnitListItem {
  return {
    id: u.id,
    code: u.code,
    name: u.name,
    nameEn: u.nameEn,
    shortName: u.shortName,
    kind: u.kind,
    parentId: u.parentId,
    parentName: extra.parentName,
    validFrom: u.validFrom,
    validTo: u.validTo,
    legalRef: u.legalRef,
    address: u.address,
    status: statusOn(u, asOf),
    childCount: extra.childCount,
    abilities: [...extra.abilities].sort(),
  };
}

/** A succession link as seen from the other end. */
export function toLink(s: SuccessionWithUnit, asOf: string): UnitLink {
  return { ...toUnitRef(s.unit, asOf), effectiveOn: s.effectiveOn, legalRef: s.legalRef, note: s.note };
}

/** The full detail answer. */
export function toDetail(
  item: UnitListItem,
  u: Unit,
  rest: Pick<UnitDetail, 'parent' | 'children' | 'predecessors' | 'successors'>,
): UnitDetail {
  return {
    ...item,
    closingLegalRef: u.closingLegalRef,
    closingNote: u.closingNote,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
    ...rest,
  };
}

/** The stored fields of a unit as written to the audit log (no timestamps). */
export function auditView(u: Unit) {
  return {
    id: u.id,
    code: u.code,
    name: u.name,
    nameEn: u.nameEn,
    shortName: u.shortName,
    kind: u.kind,
    parentId: u.parentId,
    validFrom: u.validFrom,
    validTo: u.validTo,
    legalRef: u.legalRef,
    address: u.address,
    closingLegalRef: u.closingLegalRef,
    closingNote: u.closingNote,
  };
}
