import { z } from 'zod';
import { StatsCountsSchema, TrendQuerySchema } from './dossier-stats';

// What officers ask for next (issue #14 point 8): the report by receiving point, the online-service figures and the
// apology letters (docs/ONE-STOP.md). Each takes the statistics' scope query: unitId (subtree), from, to, sector, procedure.

/** Query of the receiving-point report, the online-service figures and the apology letters (the trend's scope query). */
export const StatsScopeQuerySchema = TrendQuerySchema;
/** Parsed scope query. */
export type StatsScopeQuery = z.infer<typeof StatsScopeQuerySchema>;

const unitRef = z.object({ id: z.string(), code: z.string(), name: z.string() });

/** One receiving point (a unit of the subtree that received dossiers) with the figures of the dossiers it received. */
export const ReceivingPointRowSchema = StatsCountsSchema.omit({ repeatedSupplements: true }).extend({
  unitId: z.string(),
  label: z.string(),
  /** Received in the period for another unit to handle (e.g. the provincial centre for a department or a commune). */
  receivedForOthers: z.number().int(),
});
/** A receiving-point row. */
export type ReceivingPointRow = z.infer<typeof ReceivingPointRowSchema>;

/** Answer of `GET /api/dossier-stats/receiving-points`: the dossiers received at each point of the subtree, wherever handled. */
export const ReceivingPointReportSchema = z.object({
  unit: unitRef,
  from: z.string(),
  to: z.string(),
  asOf: z.string(),
  total: ReceivingPointRowSchema.omit({ unitId: true, label: true }),
  rows: z.array(ReceivingPointRowSchema),
});
/** The receiving-point report. */
export type ReceivingPointReport = z.infer<typeof ReceivingPointReportSchema>;

const share = z.number().nullable();

/** Answer of `GET /api/dossier-stats/online`: the online-service figures the app's data holds, with their shares (%). */
export const OnlineServiceReportSchema = z.object({
  unit: unitRef,
  from: z.string(),
  to: z.string(),
  received: z.number().int(),
  receivedOnline: z.number().int(),
  receivedFullLevel: z.number().int(),
  receivedOnlineFullLevel: z.number().int(),
  fullyOnline: z.number().int(),
  paymentsOnline: z.number().int(),
  paymentsCounter: z.number().int(),
  paymentsUnrecorded: z.number().int(),
  returned: z.number().int(),
  returnedElectronic: z.number().int(),
  receivedAtCounter: z.number().int(),
  digitisedAtCounter: z.number().int(),
  onlineShare: share,
  fullLevelOnlineShare: share,
  fullyOnlineShare: share,
  onlinePaymentShare: share,
  electronicResultShare: share,
  digitisedShare: share,
});
/** The online-service figures. */
export type OnlineServiceReport = z.infer<typeof OnlineServiceReportSchema>;

/** An apology letter (form 04) recorded in the period. */
export const ApologyItemSchema = z.object({
  dossierId: z.string(),
  code: z.string(),
  unitName: z.string(),
  at: z.string(),
  newDueAt: z.string().nullable(),
  /** Recorded later than the rule set asks (the dossier is late all the same). */
  late: z.boolean(),
  reason: z.string().nullable(),
});
/** An apology letter. */
export type ApologyItem = z.infer<typeof ApologyItemSchema>;

/** Answer of `GET /api/dossier-stats/apologies`: apology letters of the period by unit and by reason, with the latest ones. */
export const ApologyReportSchema = z.object({
  unit: unitRef,
  from: z.string(),
  to: z.string(),
  total: z.number().int(),
  late: z.number().int(),
  /** By the unit that issued the letter (a direct child of the selected unit, or the unit itself). */
  rows: z.array(z.object({ unitId: z.string(), label: z.string(), count: z.number().int(), late: z.number().int() })),
  /** By reason (the same words, case and spaces ignored), most frequent first; null: no reason written. */
  reasons: z.array(z.object({ reason: z.string().nullable(), count: z.number().int() })),
  /** The latest letters (at most 100). */
  items: z.array(ApologyItemSchema),
});
/** The apology letters report. */
export type ApologyReport = z.infer<typeof ApologyReportSchema>;
