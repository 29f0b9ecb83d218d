import { z } from 'zod';
import { normalizeLookupKey } from '@core/dossier';

/** A lookup key as a citizen types it from the receipt (case, hyphens, spaces and O/I/L read-alikes forgiven). */
export const LookupKeySchema = z
  .string()
  .trim()
  .refine(
    (s) => normalizeLookupKey(s) !== null,
    'Mã tra cứu gồm 12 chữ và số in trên giấy tiếp nhận / a lookup key is the 12 letters and digits printed on the receipt',
  );

/** Path of `GET /api/lookup/dossiers/:key`: the lookup key printed on the receipt (core/dossier/lookup-key.ts). Anything
 * else, a dossier code included, is not refused as malformed but simply not found (404), so a guess learns nothing. */
export const LookupParamsSchema = z.object({ key: z.string().max(100) }).strict();

const Label = z.object({ vi: z.string(), en: z.string() });

/** One public step of a dossier's history: when, which status, at which unit. No notes, no people. */
export const LookupTimelineItemSchema = z.object({
  at: z.string(),
  kind: z.enum(['status', 'extension']),
  status: z.string(),
  statusLabel: Label,
  unitName: z.string().nullable(),
});

/** Where the applicant brings what a supplement request asks for: the one-stop point that received the dossier. */
export const LookupPlaceSchema = z.object({ unitName: z.string(), address: z.string().nullable() });

/** While a supplement is requested: what to bring (the list form 02 prints for the applicant), since when, who asked, where to bring it. */
export const LookupSupplementSchema = z.object({
  items: z.array(z.string()),
  /** When the request was made (the legal clock is paused since then). */
  requestedAt: z.string().nullable(),
  /** The agency that asked for it. */
  requestedBy: z.string().nullable(),
  bringTo: LookupPlaceSchema,
});

/** The legal clock is paused: waiting for a supplement or for the applicant's fees (docs/DOMAIN.md §3.2, §10.5). */
export const LookupClockPauseSchema = z.object({ kind: z.enum(['supplement', 'payment']), since: z.string() });

/** The apology letter with a new date (form 04): when, the new date and the reason the letter gives the applicant. */
export const LookupApologySchema = z.object({
  at: z.string(),
  previousDueAt: z.string().nullable(),
  newDueAt: z.string().nullable(),
  /** The reason written on form 04, addressed to the applicant (docs/SECURITY.md §8); null when none was given. */
  reason: z.string().nullable(),
});

/** The public view of a dossier found by its lookup key: status, dates, units, what to bring; masked name and ID, no staff notes. */
export const LookupDossierResponseSchema = z.object({
  code: z.string(),
  procedureName: z.string(),
  status: z.string(),
  statusLabel: Label,
  submittedAt: z.string(),
  receivedAt: z.string().nullable(),
  /** The current appointment to collect the result; null while the clock is paused (see clockPause): the date is set
   * again when the clock resumes, so the one before the pause is not shown as pending. */
  dueAt: z.string().nullable(),
  /** Set when an apology letter moved the appointment (original date in originalDueAt). */
  extendedDueAt: z.string().nullable(),
  originalDueAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  timeliness: z.enum(['early', 'on_time', 'late']).nullable(),
  /** Where to collect the result: the receiving unit and its address (no free text typed by staff). */
  returnPlace: LookupPlaceSchema,
  handlingUnitName: z.string(),
  applicantNameMasked: z.string(),
  /** The applicant's ID number, all but its last 3 characters starred; null when none was given. */
  applicantIdMasked: z.string().nullable(),
  /** While a supplement is requested: what to bring and where; else null. */
  supplement: LookupSupplementSchema.nullable(),
  /** While the legal clock is paused: why and since when; else null. */
  clockPause: LookupClockPauseSchema.nullable(),
  /** The latest apology with a new date, if any. */
  apology: LookupApologySchema.nullable(),
  timeline: z.array(LookupTimelineItemSchema),
});
/** Public view of a dossier. */
export type LookupDossierResponse = z.infer<typeof LookupDossierResponseSchema>;
/** The supplement a dossier waits for, as the public page shows it. */
export type LookupSupplement = z.infer<typeof LookupSupplementSchema>;
/** The apology letter, as the public page shows it. */
export type LookupApology = z.infer<typeof LookupApologySchema>;
/** One item of the public timeline. */
export type LookupTimelineItem = z.infer<typeof LookupTimelineItemSchema>;
