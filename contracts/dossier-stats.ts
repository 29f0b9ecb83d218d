import { z } from 'zod';
import { LocalDateSchema, PageQuerySchema, UuidSchema, pageOf } from './common';
import { CounterOutcomeCountsSchema } from './counter-outcomes';
import { optionalParam } from './users';
import { STATS_RULE_SET_IDS } from '@core/dossier-stats/rules';

/** Longest period one report may cover (days). */
export const STATS_MAX_PERIOD_DAYS = 366 * 5;

const ScopeShape = {
  unitId: optionalParam(UuidSchema),
  from: LocalDateSchema,
  to: LocalDateSchema,
  sector: optionalParam(z.string().trim().min(1).max(200)),
  procedureId: optionalParam(UuidSchema),
};
const periodOrder = { message: 'Ngày bắt đầu phải trước ngày kết thúc / from must not be after to', path: ['to'] };
const periodLength = {
  message: `Kỳ báo cáo dài tối đa ${STATS_MAX_PERIOD_DAYS} ngày / period is at most ${STATS_MAX_PERIOD_DAYS} days`,
  path: ['from'],
};
const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

/** How report rows are broken down: direct child units of the selected unit, or sectors (lĩnh vực). */
export const StatsGroupBySchema = z.enum(['unit', 'sector']);
/** A breakdown kind. */
export type StatsGroupBy = z.infer<typeof StatsGroupBySchema>;

/** A statistics rule set: the periodic report (Biểu II.06a, default) or Decision 766/QĐ-TTg indicator 2.1. */
export const StatsRuleSetSchema = z.enum(STATS_RULE_SET_IDS);
/** A statistics rule set id. */
export type StatsRuleSet = z.infer<typeof StatsRuleSetSchema>;

/** Query of `GET /api/dossier-stats` and its Excel export: period [from, to] in Vietnam days, unit subtree, filters, rule set. */
export const StatsQuerySchema = z
  .object({ ...ScopeShape, groupBy: optionalParam(StatsGroupBySchema), rules: optionalParam(StatsRuleSetSchema) })
  .strict()
  .refine((q) => q.from <= q.to, periodOrder)
  .refine((q) => daysBetween(q.from, q.to) < STATS_MAX_PERIOD_DAYS, periodLength);
/** Parsed stats query. */
export type StatsQuery = z.infer<typeof StatsQuerySchema>;

/** The counts of one report row (docs/DOMAIN.md §6.5 columns) with its derived totals and rates. */
export const StatsCountsSchema = z.object({
  carriedOver: z.number().int(),
  receivedOnline: z.number().int(),
  receivedInPerson: z.number().int(),
  receivedPostal: z.number().int(),
  received: z.number().int(),
  toHandle: z.number().int(),
  finished: z.number().int(),
  finishedEarly: z.number().int(),
  finishedOnTime: z.number().int(),
  finishedLate: z.number().int(),
  inProgress: z.number().int(),
  inProgressWithinTime: z.number().int(),
  inProgressOverdue: z.number().int(),
  /** 100 − late rate, in percent with 2 decimals; null when nothing was to handle. */
  onTimeRate: z.number().nullable(),
  /** Dossiers with a second (or later) supplement request by the same agency in the period (flagged, docs/DOMAIN.md §3.3, §6.4). */
  repeatedSupplements: z.number().int(),
});
/** One row's counts. */
export type StatsCountsView = z.infer<typeof StatsCountsSchema>;

/** One breakdown row: a child unit (or the selected unit's own dossiers) or a sector. */
export const StatsRowSchema = StatsCountsSchema.extend({
  key: z.string(),
  label: z.string(),
  /** For unit rows: the unit id ('self' row = the selected unit's own dossiers). */
  unitId: z.string().nullable(),
});
/** A breakdown row. */
export type StatsRow = z.infer<typeof StatsRowSchema>;

/** A locked period, as listed and as attached to the report it publishes. */
export const LockSummarySchema = z.object({
  id: z.string(),
  unitId: z.string(),
  from: z.string(),
  to: z.string(),
  lockedAt: z.string(),
  lockedBy: z.string().nullable(),
  note: z.string().nullable(),
});
/** A locked period. */
export type LockSummary = z.infer<typeof LockSummarySchema>;

/** Answer of `GET /api/dossier-stats`. */
export const StatsReportSchema = z.object({
  unit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  from: z.string(),
  to: z.string(),
  /** The moment open dossiers were judged at (min(period end, now)), ISO 8601 +07:00. */
  asOf: z.string(),
  groupBy: StatsGroupBySchema,
  sector: z.string().nullable(),
  procedureId: z.string().nullable(),
  total: StatsCountsSchema,
  rows: z.array(StatsRowSchema),
  /** Received in the period but withdrawn or stopped without a result (outside the timeliness figures). */
  endedWithoutResult: z.number().int(),
  /** The 'dossier.on_time_rate' target in effect for the unit on the period's last day (targets table); null = none set. */
  onTimeTarget: z.object({ value: z.number(), source: z.string() }).nullable(),
  /** "Hướng dẫn, từ chối tại quầy": counter outcomes of the subtree's receiving units in the period, not dossiers, not in the figures above. */
  counterOutcomes: CounterOutcomeCountsSchema.optional(),
  /** The statistics rule set the figures follow (version and legal reference); absent in answers stored before it. */
  rules: z.object({ id: StatsRuleSetSchema, version: z.string(), name: z.string(), legalRef: z.string() }).optional(),
  /** Set when the answer is a locked period's report as published ("chốt số liệu"); later changes are its adjustments. */
  lock: LockSummarySchema.nullable().optional(),
  /**
   * When the previous period (ending the day before `from`) is locked: carried over is its locked "in progress"; `live`
   * is what the dossiers give now, the difference being changes made after that lock (adjustments).
   */
  carriedOverFromLock: z
    .object({ lockId: z.string(), from: z.string(), to: z.string(), locked: z.number().int(), live: z.number().int() })
    .nullable()
    .optional(),
});
/** A period report. */
export type StatsReport = z.infer<typeof StatsReportSchema>;

/** Query of `GET /api/dossier-stats/late` (paged). */
export const LateQuerySchema = PageQuerySchema.extend(ScopeShape)
  .strict()
  .refine((q) => q.from <= q.to, periodOrder)
  .refine((q) => daysBetween(q.from, q.to) < STATS_MAX_PERIOD_DAYS, periodLength);
/** Parsed late-list query. */
export type LateQuery = z.infer<typeof LateQuerySchema>;

/** A late dossier and the step (unit, handler) that lost the time. */
export const LateDossierSchema = z.object({
  id: z.string(),
  code: z.string(),
  procedureName: z.string(),
  sector: z.string(),
  handlingUnitId: z.string(),
  handlingUnitName: z.string(),
  receivedAt: z.string(),
  originalDueAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  /** finished: finished late in the period; overdue: still in progress past its due at the period end. */
  state: z.enum(['finished', 'overdue']),
  /** Working days past the original due (at the finish or at the period end). */
  workingDaysLate: z.number(),
  step: z
    .object({
      position: z.number().int(),
      name: z.string(),
      unitId: z.string(),
      unitName: z.string(),
      handlerId: z.string().nullable(),
      handlerName: z.string().nullable(),
      dueAt: z.string().nullable(),
      finishedAt: z.string().nullable(),
    })
    .nullable(),
});
/** A late dossier row. */
export type LateDossier = z.infer<typeof LateDossierSchema>;
/** A page of late dossiers. */
export const LatePageSchema = pageOf(LateDossierSchema);
/** A page of late dossiers. */
export type LatePage = z.infer<typeof LatePageSchema>;

/** Query of `GET /api/dossier-stats/trend`: received and finished per month of the period. */
export const TrendQuerySchema = z
  .object(ScopeShape)
  .strict()
  .refine((q) => q.from <= q.to, periodOrder)
  .refine((q) => daysBetween(q.from, q.to) < STATS_MAX_PERIOD_DAYS, periodLength);
/** Parsed trend query. */
export type TrendQuery = z.infer<typeof TrendQuerySchema>;

/** One month of the trend. */
export const TrendPointSchema = z.object({
  month: z.string(),
  received: z.number().int(),
  finishedEarly: z.number().int(),
  finishedOnTime: z.number().int(),
  finishedLate: z.number().int(),
  /** Share of the month's finished dossiers not late, in percent (null when none finished). */
  finishedNotLateRate: z.number().nullable(),
});
/** One month of the trend. */
export type TrendPoint = z.infer<typeof TrendPointSchema>;
/** The monthly trend. */
export const TrendSchema = z.object({ points: z.array(TrendPointSchema) });
/** The monthly trend. */
export type Trend = z.infer<typeof TrendSchema>;

/** Sectors (lĩnh vực) with procedures, for the filter. */
export const StatsSectorsSchema = z.object({ items: z.array(z.string()) });

/** Query of `GET /api/dossier-stats/differences`: the dossiers the two rule sets class differently (paged). */
export const DifferencesQuerySchema = LateQuerySchema;
/** Parsed differences query. */
export type DifferencesQuery = LateQuery;

/** How a dossier stands in a period under one rule set: outside the figures, finished with its class, or in progress. */
export const ClassKeySchema = z.enum(['none', 'early', 'on_time', 'late', 'within', 'overdue']);
/** Why Decision 766 classes a dossier otherwise than the periodic report. */
export const DifferenceReasonSchema = z.enum(['ended_counted', 'repeated_supplements', 'appointment_moved']);

/** A dossier the rule sets class differently, with both standings and why. */
export const RuleDifferenceSchema = z.object({
  id: z.string(),
  code: z.string(),
  procedureName: z.string(),
  handlingUnitName: z.string(),
  status: z.string(),
  receivedAt: z.string(),
  originalDueAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  supplementRequests: z.number().int(),
  periodic: ClassKeySchema,
  serviceIndex: ClassKeySchema,
  reasons: z.array(DifferenceReasonSchema),
});
/** A differing dossier. */
export type RuleDifference = z.infer<typeof RuleDifferenceSchema>;
/** A page of differing dossiers with how many count better and worse under Decision 766. */
export const RuleDifferencesPageSchema = pageOf(RuleDifferenceSchema).extend({
  /** Differing dossiers judged on time (or within time) by Decision 766 but not by the periodic report, and the reverse. */
  betterUnderServiceIndex: z.number().int(),
  worseUnderServiceIndex: z.number().int(),
});
/** A page of differing dossiers. */
export type RuleDifferencesPage = z.infer<typeof RuleDifferencesPageSchema>;

/** Body of `POST /api/dossier-stats/locks`: lock a finished period's report of a unit subtree. */
export const LockBodySchema = z
  .object({ unitId: UuidSchema, from: LocalDateSchema, to: LocalDateSchema, note: z.string().trim().max(500).optional() })
  .strict()
  .refine((q) => q.from <= q.to, periodOrder)
  .refine((q) => daysBetween(q.from, q.to) < STATS_MAX_PERIOD_DAYS, periodLength);
/** Lock body. */
export type LockBody = z.infer<typeof LockBodySchema>;

/** Body of `PATCH /api/dossier-stats/locks/:id`: the note may change; published figures never do (REPORT_LOCKED). */
export const LockPatchSchema = z
  .object({ note: z.string().trim().max(500).nullable().optional(), total: z.unknown().optional(), rows: z.unknown().optional() })
  .strict();
/** Lock patch. */
export type LockPatch = z.infer<typeof LockPatchSchema>;

/** Query of `GET /api/dossier-stats/locks`. */
export const LockListQuerySchema = z.object({ unitId: optionalParam(UuidSchema) }).strict();
/** The locks of a unit, latest period first. */
export const LockListSchema = z.object({ items: z.array(LockSummarySchema) });

/** A dossier of a locked period whose standing changed after the lock (điều chỉnh sau chốt). */
export const AdjustmentSchema = z.object({
  id: z.string(),
  code: z.string(),
  procedureName: z.string(),
  handlingUnitName: z.string(),
  status: z.string(),
  updatedAt: z.string(),
  /** Standing in the published report, and now. */
  locked: ClassKeySchema,
  now: ClassKeySchema,
});
/** An adjustment. */
export type Adjustment = z.infer<typeof AdjustmentSchema>;
/** The adjustments of a lock. */
export const AdjustmentListSchema = z.object({ lock: LockSummarySchema, items: z.array(AdjustmentSchema) });
/** The adjustments of a lock. */
export type AdjustmentList = z.infer<typeof AdjustmentListSchema>;
