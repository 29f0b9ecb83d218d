import { asLocalDate, formatMoment } from '@core/calendar';
import {
  PERIODIC_RULES,
  classifyForPeriod,
  emptyCounts,
  statsRulesOn,
  type PeriodBounds,
  type StatsCounts,
  type StatsDossier,
  type StatsRules,
} from '@core/dossier-stats';
import { classKey, differenceOf, isGood, recount, type ClassKey } from '@core/dossier-stats/difference';
import type { RuleDifference, StatsRuleSet } from '@contracts/dossier-stats';
import type { CandidateFacts, CandidateRow } from './dossier-stats.rules.repo';
import type { StatsScope } from './dossier-stats.repo';

// The statistics rule sets applied to the periodic counts (docs/decisions/0007-statistics-rule-sets.md): Decision 766's
// figures are the periodic ones with each differing dossier moved from its periodic class to its Decision 766 class.

/** The version of a rule set that a period follows (by its last day). */
export const rulesOf = (id: StatsRuleSet | undefined, s: Pick<StatsScope, 'to'>): StatsRules =>
  statsRulesOn(id ?? 'periodic-report', asLocalDate(s.to));

/** What core reads of a candidate row. */
export function asStatsDossier(c: CandidateRow): StatsDossier {
  const t = (d: Date | null) => (d === null ? null : d.getTime());
  return {
    status: c.status,
    channel: c.channel,
    receivedAt: c.receivedAt.getTime(),
    finishedAt: t(c.finishedAt),
    originalDueAt: t(c.originalDueAt),
    timeliness: c.timeliness,
    dueAt: t(c.dueAt),
    extensionLate: c.extensionLate,
    supplementRequests: c.supplementCount,
    pausedSince: t(c.pausedSince),
    endedAt: t(c.endedAt),
  };
}

/** What core reads of a candidate's counting facts. */
const factsAsStatsDossier = (c: CandidateFacts): StatsDossier => ({ ...c, supplementRequests: c.supplementCount });

const boundsOf = (s: StatsScope): PeriodBounds => ({ start: s.start.getTime(), end: s.end.getTime() });

/** Moves every differing candidate from its periodic class to its class under `rules` (in place, by breakdown key). */
export function correctCounts(
  byKey: Map<string, StatsCounts>,
  candidates: readonly CandidateFacts[],
  s: StatsScope,
  now: Date,
  rules: StatsRules,
): void {
  if (rules.id === PERIODIC_RULES.id) return;
  const b = boundsOf(s);
  // Each candidate classed once per rule set (a province-year reads about 23,000 of them on 1,000,000 dossiers).
  for (const c of candidates) {
    const d = factsAsStatsDossier(c);
    const periodic = classifyForPeriod(d, b, now.getTime(), PERIODIC_RULES);
    const other = classifyForPeriod(d, b, now.getTime(), rules);
    if (classKey(periodic) === classKey(other)) continue;
    byKey.set(c.key, recount(byKey.get(c.key) ?? emptyCounts(), periodic, other));
  }
}

const iso = (d: Date | null) => (d === null ? null : formatMoment(d.getTime()));

/** The candidates the rule sets class differently, with both standings and the reasons, oldest receipt first. */
export function differencesOf(candidates: readonly CandidateRow[], s: StatsScope, now: Date, rules: StatsRules): RuleDifference[] {
  const b = boundsOf(s);
  const out: RuleDifference[] = [];
  for (const c of candidates) {
    const diff = differenceOf(asStatsDossier(c), b, now.getTime(), PERIODIC_RULES, rules);
    if (!diff) continue;
    out.push({
      id: c.id,
      code: c.code,
      procedureName: c.procedureName ?? '',
      handlingUnitName: c.handlingUnitName ?? '',
      status: c.status,
      receivedAt: formatMoment(c.receivedAt.getTime()),
      originalDueAt: iso(c.originalDueAt),
      dueAt: iso(c.dueAt),
      endedAt: iso(c.endedAt),
      supplementRequests: c.supplementCount,
      periodic: diff.periodic,
      serviceIndex: diff.serviceIndex,
      reasons: [...diff.reasons],
    });
  }
  return out;
}

const good = (k: ClassKey) => k !== 'none' && isGood(k);
const bad = (k: ClassKey) => k !== 'none' && !isGood(k);

/** How many differing dossiers count better under Decision 766 (on or within time there only) and how many worse (late there only). */
export function balanceOf(items: readonly RuleDifference[]): { better: number; worse: number } {
  return {
    better: items.filter((i) => good(i.serviceIndex) && !good(i.periodic)).length,
    worse: items.filter((i) => bad(i.serviceIndex) && !bad(i.periodic)).length,
  };
}
