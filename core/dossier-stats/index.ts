// Period statistics of one-stop dossiers (docs/DOMAIN.md §6): which dossiers a period counts, how each is classed,
// and the rates. The SQL in server/modules/dossier-stats implements exactly these rules (its tests cross-check).
import {
  addDays,
  asLocalDate,
  classifyTimeliness,
  toDayNumber,
  MS_PER_DAY,
  VN_OFFSET_MS,
  type Instant,
  type LocalDate,
  type Timeliness,
} from '../calendar/index';
import type { DossierStatus } from '../dossier/statuses';
import { STATS_RULE_SETS, type StatsRules } from './rules';

export * from './rules';

/** The periodic report's rules (the default of every classification). */
export const PERIODIC_RULES: StatsRules = STATS_RULE_SETS.find((r) => r.id === 'periodic-report') as StatsRules;

/** Dossier statuses, as stored (the one list: core/dossier/statuses.ts; docs/DOMAIN.md §4.1). */
export type StatsDossierStatus = DossierStatus;

/** Intake channel (DVCQG KenhThucHien, docs/DOMAIN.md §4.1). */
export type StatsChannel = 'online' | 'in_person' | 'postal';

// A dossier is "to handle" only once accepted, and leaves the statistics when withdrawn or stopped without a result;
// those are counted apart (ended) so the received figures still reconcile. Codes 1 and 3 were never accepted.
/** Statuses whose dossiers enter the timeliness statistics (accepted and not ended without a result). */
export const COUNTED_STATUSES: readonly StatsDossierStatus[] = [
  'received',
  'processing',
  'supplement_requested',
  'awaiting_payment',
  'done',
  'returned',
];

/** What the statistics read of one dossier (moments as epoch ms). */
export type StatsDossier = {
  readonly status: StatsDossierStatus;
  readonly channel: StatsChannel;
  readonly receivedAt: Instant | null;
  readonly finishedAt: Instant | null;
  /** The due moment before any apology/extension (moved only by pauses). */
  readonly originalDueAt: Instant | null;
  /** The stored class on finish, when the writer recorded one. */
  readonly timeliness: Timeliness | null;
  /** The current appointment (the apology's new date when one was set, moved by later pauses); absent = originalDueAt. */
  readonly dueAt?: Instant | null;
  /** The new date was set by an apology recorded late (docs/DOMAIN.md §10.4). */
  readonly extensionLate?: boolean;
  /** Supplement requests made on the dossier. */
  readonly supplementRequests?: number;
  /** When the clock is paused now (waiting for a supplement or a payment): the request moment; else null/absent. */
  readonly pausedSince?: Instant | null;
  /** Withdrawn or stopped: the moment it was (the withdrawal or stop event); else null/absent. */
  readonly endedAt?: Instant | null;
};

/** A reporting period as whole Vietnam days, both ends included. */
export type StatsPeriod = { readonly from: LocalDate; readonly to: LocalDate };

/** A period as instants: [start, end) at UTC+7. */
export type PeriodBounds = { readonly start: Instant; readonly end: Instant };

/** The counts of one row of the periodic report (docs/DOMAIN.md §6.5 columns). */
export type StatsCounts = {
  carriedOver: number;
  receivedOnline: number;
  receivedInPerson: number;
  receivedPostal: number;
  finishedEarly: number;
  finishedOnTime: number;
  finishedLate: number;
  inProgressWithinTime: number;
  inProgressOverdue: number;
};

/** How one dossier counts in one period (null: not in the period's figures). */
export type PeriodClass = {
  readonly carriedOver: boolean;
  readonly channel: StatsChannel;
  readonly finished: Timeliness | null;
  readonly inProgress: 'within' | 'overdue' | null;
};

/** The instants bounding a period: 00:00 on `from` to 00:00 after `to`, Vietnam time. */
export function periodBounds(p: StatsPeriod): PeriodBounds {
  return { start: toDayNumber(p.from) * MS_PER_DAY - VN_OFFSET_MS, end: (toDayNumber(p.to) + 1) * MS_PER_DAY - VN_OFFSET_MS };
}

// Statistics judge against the original due date (before the apology); whether the apology changes the class is
// UNVERIFIED in the 2018 rules, so the stricter reading is used (decision 0003 #1; docs/DOMAIN.md §3.5).
/** Timeliness of a finished dossier: the stored class, else finish vs original due (no due: on time). */
export function finishedTimeliness(d: Pick<StatsDossier, 'finishedAt' | 'originalDueAt' | 'timeliness'>): Timeliness | null {
  if (d.finishedAt === null) return null;
  if (d.timeliness !== null) return d.timeliness;
  return d.originalDueAt === null ? 'on_time' : classifyTimeliness(d.finishedAt, d.originalDueAt);
}

const ENDED_STATUSES: readonly StatsDossierStatus[] = ['withdrawn', 'stopped'];

// Decision 766/QĐ-TTg indicator 2.1 judges against the appointment (NgayHenTra); the periodic report against the due
// before any apology (decision 0003 #1). Both dues are moved by closed pauses, so supplement time is not counted.
/** The due moment a rule set judges a dossier against. */
export function appointmentOf(d: StatsDossier, rules: StatsRules): Instant | null {
  if (rules.appointment === 'original' || d.dueAt === undefined || d.dueAt === null) return d.originalDueAt;
  return d.extensionLate && !rules.lateApologyMovesAppointment ? d.originalDueAt : d.dueAt;
}

// Decision 766/QĐ-TTg indicator 2.1: "yêu cầu bổ sung hồ sơ hơn 01 lần thì tính quá hạn".
/** True when the rule set counts the dossier late for its supplement requests alone. */
export const lateForSupplements = (d: StatsDossier, rules: StatsRules): boolean =>
  rules.lateAfterSupplementRequests !== null && (d.supplementRequests ?? 0) > rules.lateAfterSupplementRequests;

function finishedClass(d: StatsDossier, end: Instant, ended: boolean, rules: StatsRules): Timeliness {
  if (lateForSupplements(d, rules)) return 'late';
  const due = appointmentOf(d, rules);
  // The stored class was taken against the original due: used when the rule set judges against that same due.
  if (!ended && d.finishedAt !== null && due === d.originalDueAt) return finishedTimeliness(d) ?? 'on_time';
  return due === null ? 'on_time' : classifyTimeliness(end, due);
}

/**
 * Classes a dossier in a period under a statistics rule set (default: the periodic report), judged at `asOf` (now):
 * received in the period or carried over from before it (docs/DOMAIN.md §6.3: to handle = received + carried over);
 * finished in the period early / on time / late, or still in progress at the period end, overdue when its due is before
 * min(period end, asOf). A paused clock (waiting for a supplement or a payment) is judged at the request moment, so a
 * dossier already overdue then stays overdue (both rule sets); waiting with no request moment known counts within time.
 */
export function classifyForPeriod(d: StatsDossier, b: PeriodBounds, asOf: Instant, rules: StatsRules = PERIODIC_RULES): PeriodClass | null {
  if (d.receivedAt === null || d.receivedAt >= b.end) return null;
  const ended = ENDED_STATUSES.includes(d.status);
  // Withdrawn and stopped: apart in the periodic report; Decision 766 ends processing at the withdrawal or stop.
  if (ended ? rules.ended === 'apart' || d.endedAt === undefined || d.endedAt === null : !COUNTED_STATUSES.includes(d.status)) return null;
  const end = ended ? (d.endedAt ?? null) : d.finishedAt;
  if (end !== null && end < b.start) return null;
  const carriedOver = d.receivedAt < b.start;
  if (end !== null && end < b.end)
    return { carriedOver, channel: d.channel, finished: finishedClass(d, end, ended, rules), inProgress: null };
  const due = appointmentOf(d, rules);
  const waitingUnknown = d.status === 'supplement_requested' && (d.pausedSince === undefined || d.pausedSince === null);
  const judgedAt = Math.min(b.end, asOf, d.pausedSince ?? Number.POSITIVE_INFINITY);
  const overdue = lateForSupplements(d, rules) || (!waitingUnknown && due !== null && due < judgedAt);
  return { carriedOver, channel: d.channel, finished: null, inProgress: overdue ? 'overdue' : 'within' };
}

/** All-zero counts. */
export function emptyCounts(): StatsCounts {
  return {
    carriedOver: 0,
    receivedOnline: 0,
    receivedInPerson: 0,
    receivedPostal: 0,
    finishedEarly: 0,
    finishedOnTime: 0,
    finishedLate: 0,
    inProgressWithinTime: 0,
    inProgressOverdue: 0,
  };
}

/** Adds one classed dossier to counts (in place); `by` -1 takes it out again. */
export function countInto(c: StatsCounts, k: PeriodClass, by: 1 | -1 = 1): StatsCounts {
  if (k.carriedOver) c.carriedOver += by;
  else if (k.channel === 'online') c.receivedOnline += by;
  else if (k.channel === 'postal') c.receivedPostal += by;
  else c.receivedInPerson += by;
  if (k.finished === 'early') c.finishedEarly += by;
  else if (k.finished === 'on_time') c.finishedOnTime += by;
  else if (k.finished === 'late') c.finishedLate += by;
  else if (k.inProgress === 'overdue') c.inProgressOverdue += by;
  else c.inProgressWithinTime += by;
  return c;
}

/** Counts a list of dossiers for a period (the reference implementation the SQL is checked against). */
export function tally(dossiers: Iterable<StatsDossier>, b: PeriodBounds, asOf: Instant, rules: StatsRules = PERIODIC_RULES): StatsCounts {
  const c = emptyCounts();
  for (const d of dossiers) {
    const k = classifyForPeriod(d, b, asOf, rules);
    if (k) countInto(c, k);
  }
  return c;
}

/** Sums counts row by row (a total row; each dossier sits in exactly one row). */
export function sumCounts(rows: Iterable<StatsCounts>): StatsCounts {
  const t = emptyCounts();
  for (const r of rows) for (const k of Object.keys(t) as Array<keyof StatsCounts>) t[k] += r[k];
  return t;
}

/** Newly received in the period, all channels. */
export const receivedTotal = (c: StatsCounts): number => c.receivedOnline + c.receivedInPerson + c.receivedPostal;
// docs/DOMAIN.md §6.3: dossiers to handle = newly received in the period + carried over from the previous one.
/** Dossiers to handle in the period. */
export const toHandle = (c: StatsCounts): number => receivedTotal(c) + c.carriedOver;
/** Finished in the period, all classes. */
export const finishedTotal = (c: StatsCounts): number => c.finishedEarly + c.finishedOnTime + c.finishedLate;
/** Still in progress at the period end. */
export const inProgressTotal = (c: StatsCounts): number => c.inProgressWithinTime + c.inProgressOverdue;

// docs/DOMAIN.md §6.3: late rate = (late still in process + late finished) / dossiers to handle.
/** Late rate as a fraction 0–1, or null when nothing was to handle. */
export function lateRate(c: StatsCounts): number | null {
  const n = toHandle(c);
  return n === 0 ? null : (c.finishedLate + c.inProgressOverdue) / n;
}

// docs/DOMAIN.md §6.3: on-time rate = 100% − late rate.
/** On-time rate in percent, rounded to 2 decimals, or null when nothing was to handle. */
export function onTimeRatePercent(c: StatsCounts): number | null {
  const r = lateRate(c);
  return r === null ? null : Math.round((1 - r) * 10_000) / 100;
}

/** Which stored rows answer a period (both ends included): whole months from the monthly counts, edge days from the daily. */
export type CountsSplit = {
  /** Monthly rows of months starting before this day are wholly before the period (carried over). */
  readonly monthsBefore: LocalDate;
  /** Monthly rows of months starting in [from, to) lie wholly inside the period; null when no whole month does. */
  readonly monthsInside: { readonly from: LocalDate; readonly to: LocalDate } | null;
  /** Daily rows in these [from, to) ranges cover the rest, up to the period's last day. */
  readonly days: ReadonlyArray<{ readonly from: LocalDate; readonly to: LocalDate }>;
};

const monthStart = (d: LocalDate): LocalDate => asLocalDate(`${d.slice(0, 7)}-01`);
const nextMonthStart = (d: LocalDate): LocalDate => {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  return asLocalDate(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`);
};

/** Splits a period so every day up to its end is read exactly once, from monthly rows where a whole month allows. */
export function splitForCounts(p: StatsPeriod): CountsSplit {
  const first = monthStart(p.from);
  const end = addDays(p.to, 1);
  const inFrom = p.from === first ? p.from : nextMonthStart(p.from);
  const inTo = end === monthStart(end) ? end : monthStart(p.to);
  if (inFrom >= inTo) return { monthsBefore: first, monthsInside: null, days: [{ from: first, to: end }] };
  const days = [
    { from: first, to: inFrom },
    { from: inTo, to: end },
  ].filter((r) => r.from < r.to);
  return { monthsBefore: first, monthsInside: { from: inFrom, to: inTo }, days };
}
