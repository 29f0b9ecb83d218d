// Where the two statistics rule sets part (docs/decisions/0007-statistics-rule-sets.md): the dossiers classed
// differently by the periodic report and by Decision 766/QĐ-TTg indicator 2.1, and why.
import type { Instant, Timeliness } from '../calendar/index';
import {
  appointmentOf,
  classifyForPeriod,
  countInto,
  lateForSupplements,
  type PeriodBounds,
  type PeriodClass,
  type StatsCounts,
  type StatsDossier,
} from './index';
import type { StatsRules } from './rules';

/** How one dossier stands in one period's figures: outside them, finished with its class, or in progress. */
export type ClassKey = 'none' | Timeliness | 'within' | 'overdue';

/** Why Decision 766 classes a dossier otherwise than the periodic report. */
export type DifferenceReason = 'ended_counted' | 'repeated_supplements' | 'appointment_moved';

/** A dossier's standing under both rule sets, with the reasons they differ. */
export type RuleDifference = {
  readonly periodic: ClassKey;
  readonly serviceIndex: ClassKey;
  readonly reasons: readonly DifferenceReason[];
};

/** The standing of a class. */
export const classKey = (k: PeriodClass | null): ClassKey => (k === null ? 'none' : (k.finished ?? k.inProgress ?? 'within'));

/** The standing counts as on time (early, on time, or in progress within time). */
export const isGood = (k: ClassKey): boolean => k === 'early' || k === 'on_time' || k === 'within';

/** Both classes of a dossier and why they differ; null when both rule sets class it the same way. */
export function differenceOf(
  d: StatsDossier,
  b: PeriodBounds,
  asOf: Instant,
  periodic: StatsRules,
  serviceIndex: StatsRules,
): RuleDifference | null {
  const p = classKey(classifyForPeriod(d, b, asOf, periodic));
  const s = classKey(classifyForPeriod(d, b, asOf, serviceIndex));
  if (p === s) return null;
  const reasons: DifferenceReason[] = [];
  if (periodic.ended !== serviceIndex.ended && (d.status === 'withdrawn' || d.status === 'stopped')) reasons.push('ended_counted');
  if (lateForSupplements(d, periodic) !== lateForSupplements(d, serviceIndex)) reasons.push('repeated_supplements');
  if (appointmentOf(d, periodic) !== appointmentOf(d, serviceIndex)) reasons.push('appointment_moved');
  return { periodic: p, serviceIndex: s, reasons };
}

/** Moves a dossier's count from one rule set's class to another's (in place): the periodic counts corrected into the other's. */
export function recount(c: StatsCounts, from: PeriodClass | null, to: PeriodClass | null): StatsCounts {
  if (from) countInto(c, from, -1);
  if (to) countInto(c, to, 1);
  return c;
}
