import { z } from 'zod';

/** A dossier code as printed on receipts: letters, digits, '.', '-', '_' (e.g. 000.00.12.H12-261125-0001). */
export const DOSSIER_CODE_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{3,63}$/;

/** A dossier code as a citizen types it to look the dossier up. */
export const DossierCodeSchema = z.string().trim().regex(DOSSIER_CODE_RE, 'Mã hồ sơ không đúng định dạng / malformed dossier code');

/** Path of `GET /api/lookup/dossiers/:code`. */
export const LookupParamsSchema = z.object({ code: DossierCodeSchema }).strict();

const Label = z.object({ vi: z.string(), en: z.string() });

/** One public step of a dossier's history: when, which status, at which unit. No notes, no people. */
export const LookupTimelineItemSchema = z.object({
  at: z.string(),
  kind: z.enum(['status', 'extension']),
  status: z.string(),
  statusLabel: Label,
  unitName: z.string().nullable(),
});

/** The public view of a dossier: status and dates, the masked applicant name, no other personal data. */
export const LookupDossierResponseSchema = z.object({
  code: z.string(),
  procedureName: z.string(),
  status: z.string(),
  statusLabel: Label,
  submittedAt: z.string(),
  receivedAt: z.string().nullable(),
  /** The current appointment to collect the result. */
  dueAt: z.string().nullable(),
  /** Set when an apology letter moved the appointment (original date in originalDueAt). */
  extendedDueAt: z.string().nullable(),
  originalDueAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  timeliness: z.enum(['early', 'on_time', 'late']).nullable(),
  returnPlace: z.object({ unitName: z.string(), address: z.string().nullable(), note: z.string().nullable() }),
  handlingUnitName: z.string(),
  applicantNameMasked: z.string(),
  timeline: z.array(LookupTimelineItemSchema),
});
/** Public view of a dossier. */
export type LookupDossierResponse = z.infer<typeof LookupDossierResponseSchema>;
/** One item of the public timeline. */
export type LookupTimelineItem = z.infer<typeof LookupTimelineItemSchema>;
