import { foldVietnamese, UNIT_KINDS, type UnitStatus } from '@contracts/units';
import type { Unit } from '@db/types';

/** Status of a unit on a date; validity is inclusive at both ends (a unit closed on 30/6 is in effect that day). */
export function statusOn(u: Pick<Unit, 'validFrom' | 'validTo'>, asOf: string): UnitStatus {
  if (u.validFrom > asOf) return 'future';
  if (u.validTo !== null && u.validTo < asOf) return 'closed';
  return 'active';
}

/** True when the unit is still in effect on `date` or later (counts as open on that day). */
export function isOpenOn(u: Pick<Unit, 'validTo'>, date: string): boolean {
  return u.validTo === null || u.validTo >= date;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Display order: by kind (province, departments, centres, wards, communes, …), then Vietnamese collation of the name. */
export function compareUnits(a: Pick<Unit, 'kind' | 'name' | 'code'>, b: Pick<Unit, 'kind' | 'name' | 'code'>): number {
  return UNIT_KINDS.indexOf(a.kind) - UNIT_KINDS.indexOf(b.kind) || collator.compare(a.name, b.name) || a.code.localeCompare(b.code);
}

/** A search predicate: every word of the query appears in the name, short name, English name or code (no diacritics, any case). */
export function unitMatcher(q: string | undefined): (u: Pick<Unit, 'name' | 'shortName' | 'nameEn' | 'code'>) => boolean {
  const words = q ? foldVietnamese(q).split(' ').filter(Boolean) : [];
  if (words.length === 0) return () => true;
  return (u) => {
    const hay = foldVietnamese([u.name, u.shortName ?? '', u.nameEn ?? '', u.code].join(' '));
    return words.every((w) => hay.includes(w));
  };
}
