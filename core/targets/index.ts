// Targets (chỉ tiêu) are versioned data with their source, never constants: the yearly PAR plan changes them
// (docs/TARGETS.md). A version is in effect from validFrom to validTo, both days included (validTo null = open-ended).

/** Keys of the targets the product reads; a feature that needs a new target adds its key here. */
export const TARGET_KEYS = ['dossier.on_time_rate', 'sipas.satisfaction'] as const;
/** A target key, e.g. 'dossier.on_time_rate'. */
export type TargetKey = (typeof TARGET_KEYS)[number];
/** True when the string is a known target key. */
export const isTargetKey = (s: string): s is TargetKey => (TARGET_KEYS as readonly string[]).includes(s);

/** Units of measure of a target value (never an organisation unit). */
export const TARGET_MEASURES = ['percent', 'points', 'count'] as const;
/** A unit of measure. */
export type TargetMeasure = (typeof TARGET_MEASURES)[number];

/** The measure each key is expressed in; a stored version must use it. */
export const TARGET_KEY_MEASURE: Record<TargetKey, TargetMeasure> = {
  'dossier.on_time_rate': 'percent',
  'sipas.satisfaction': 'percent',
};

/** The period of a version: first and last day in effect ('YYYY-MM-DD'), last day null = until further notice. */
export type TargetPeriod = { validFrom: string; validTo: string | null };

/** One stored version of a target: a key, a scope (unitId null = province-wide), a period and a value. */
export type TargetVersion = TargetPeriod & { key: string; unitId: string | null; value: number };

/** True when the version is in effect on the date (validFrom ≤ date ≤ validTo). */
export function inEffectOn(v: TargetPeriod, date: string): boolean {
  return v.validFrom <= date && (v.validTo === null || date <= v.validTo);
}

/** True when two periods share at least one day. */
export function periodsOverlap(a: TargetPeriod, b: TargetPeriod): boolean {
  return (a.validTo === null || b.validFrom <= a.validTo) && (b.validTo === null || a.validFrom <= b.validTo);
}

/** The first stored version of the same key and scope whose period overlaps the candidate's (itself excluded by id). */
export function findOverlap<T extends TargetVersion & { id: string }>(
  stored: readonly T[],
  candidate: TargetVersion & { id?: string },
): T | undefined {
  // Product rule: no two versions of one key and scope may overlap, so each date has at most one value per scope.
  return stored.find(
    (v) => v.id !== candidate.id && v.key === candidate.key && v.unitId === candidate.unitId && periodsOverlap(v, candidate),
  );
}

/**
 * The version in effect for a key, a unit and a date: the closest unit of the ancestry (the unit itself first) with
 * a version in effect that day, else the province-wide one, else null.
 */
export function effectiveTarget<T extends TargetVersion>(
  versions: readonly T[],
  key: string,
  ancestry: readonly string[],
  date: string,
): T | null {
  const live = versions.filter((v) => v.key === key && inEffectOn(v, date));
  // A unit's own target overrides the province's for its whole subtree; the closest unit wins (docs/TARGETS.md).
  for (const unitId of ancestry) {
    const own = live.find((v) => v.unitId === unitId);
    if (own) return own;
  }
  return live.find((v) => v.unitId === null) ?? null;
}

/** The version in effect for a report period: the one valid on the period's last day (docs/TARGETS.md). */
export function targetForPeriod<T extends TargetVersion>(
  versions: readonly T[],
  key: string,
  ancestry: readonly string[],
  period: { from: string; to: string },
): T | null {
  return effectiveTarget(versions, key, ancestry, period.to);
}

/** Whether a value meets a target (value ≥ target); null when there is no value or no target to judge by. */
export function meetsTarget(value: number | null, target: number | null | undefined): boolean | null {
  // A target is a floor: a value equal to it meets it (docs/TARGETS.md); "lower is better" keys would need a direction.
  if (value === null || target === null || target === undefined) return null;
  return value >= target;
}

/** What is wrong with a value for its measure (Vietnamese / English), or null when it is acceptable. */
export function targetValueProblem(measure: TargetMeasure, value: number): string | null {
  if (!Number.isFinite(value) || value < 0) return 'Giá trị phải là số không âm / value must be a non-negative number';
  if (measure === 'percent' && value > 100) return 'Tỉ lệ phần trăm phải từ 0 đến 100 / a percentage must be 0–100';
  if (measure === 'count' && !Number.isInteger(value)) return 'Số lượng phải là số nguyên / a count must be a whole number';
  return null;
}
