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
  /** The due moment before any apology/extension (moved only by supplement pauses). */
  readonly originalDueAt: Instant | null;
  /** The stored class on finish, when the writer recorded one. */
  readonly timeliness: Timeliness | null;
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

/**
 * Classes a dossier in a period, judged at `asOf` (now): received in the period or carried over from before it
 * (docs/DOMAIN.md §6.3: to handle = received + carried over); finished in the period early / on time / late, or still
 * in progress at the period end, overdue when its original due is before min(period end, asOf). A dossier waiting
 * for a supplement has its clock stopped (docs/DOMAIN.md §3.2), so it counts within time.
 */
export function classifyForPeriod(d: StatsDossier, b: PeriodBounds, asOf: Instant): PeriodClass | null {
  if (!COUNTED_STATUSES.includes(d.status) || d.receivedAt === null) return null;
  if (d.receivedAt >= b.end) return null;
  if (d.finishedAt !== null && d.finishedAt < b.start) return null;
  const carriedOver = d.receivedAt < b.start;
  if (d.finishedAt !== null && d.finishedAt < b.end)
    return { carriedOver, channel: d.channel, finished: finishedTimeliness(d), inProgress: null };
  const cutoff = Math.min(b.end, asOf);
  const overdue = d.status !== 'supplement_requested' && d.originalDueAt !== null && d.originalDueAt < cutoff;
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

/** Adds one classed dossier to counts (in place). */
export function countInto(c: StatsCounts, k: PeriodClass): StatsCounts {
  if (k.carriedOver) c.carriedOver++;
  else if (k.channel === 'online') c.receivedOnline++;
  else if (k.channel === 'postal') c.receivedPostal++;
  else c.receivedInPerson++;
  if (k.finished === 'early') c.finishedEarly++;
  else if (k.finished === 'on_time') c.finishedOnTime++;
  else if (k.finished === 'late') c.finishedLate++;
  else if (k.inProgress === 'overdue') c.inProgressOverdue++;
  else c.inProgressWithinTime++;
  return c;
}

/** Counts a list of dossiers for a period (the reference implementation the SQL is checked against). */
export function tally(dossiers: Iterable<StatsDossier>, b: PeriodBounds, asOf: Instant): StatsCounts {
  const c = emptyCounts();
  for (const d of dossiers) {
    const k = classifyForPeriod(d, b, asOf);
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
