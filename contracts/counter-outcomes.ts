import { z } from 'zod';
import { COUNTER_OUTCOME_KINDS } from '@core/dossier';
import { LocalDateSchema, PageQuerySchema, UuidSchema, pageOf } from './common';
import { ApplicantSchema, FileUploadSchema, MAX_DOSSIER_FILES, MissingLineSchema, WrongLineSchema } from './dossiers';
import { optionalParam } from './users';

/** A dossier code as printed on receipts: letters, digits, '.', '-', '_' (e.g. 000.00.12.H12-261125-0001). */
const DossierCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{3,63}$/, 'Mã hồ sơ không đúng định dạng / malformed dossier code');

// The counter log (issue #14 point 2): guidance (form 02) and refusal (form 03) at the counter, before any dossier.

/** A counter outcome kind: guided (form 02) or refused at the counter (form 03). */
export const CounterOutcomeKindSchema = z.enum(COUNTER_OUTCOME_KINDS);

const applicant = ApplicantSchema.omit({ email: true });
const common = {
  /** The receiving one-stop unit; default the clerk's own unit. */
  unitId: UuidSchema.optional(),
  procedureId: UuidSchema.optional(),
  channel: z.enum(['in_person', 'postal']).default('in_person'),
  applicant,
};
const lines = <T extends z.ZodTypeAny>(s: T) => z.array(s).max(100, 'Quá nhiều dòng / too many lines').default([]);

/** `POST /api/counter-outcomes`: guidance lists what to add or correct, a refusal gives its reason. */
export const CreateCounterOutcomeRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('guided'), ...common, missing: lines(MissingLineSchema), wrong: lines(WrongLineSchema) }).strict(),
  z.object({ kind: z.literal('refused'), ...common, reason: z.string().max(2100, 'Lý do quá dài / reason too long') }).strict(),
]);
/** Body of a counter outcome. */
export type CreateCounterOutcomeRequest = z.input<typeof CreateCounterOutcomeRequestSchema>;

/** One row of the counter log. */
export const CounterOutcomeSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  kind: CounterOutcomeKindSchema,
  at: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }),
  procedure: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** The online submission sent back for completion; null at the counter. */
  dossier: z.object({ id: z.string(), code: z.string() }).nullable(),
  channel: z.enum(['in_person', 'online', 'postal']),
  applicant: z.object({
    type: z.enum(['citizen', 'organisation']),
    name: z.string(),
    idNumber: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
  }),
  missing: z.array(z.object({ documentId: z.string().nullable(), name: z.string() })),
  wrong: z.array(z.object({ name: z.string(), note: z.string().nullable() })),
  reason: z.string().nullable(),
  officer: z.object({ id: z.string(), name: z.string() }),
  /** Where the printable form is: GET this path for the PDF. */
  pdfPath: z.string(),
});
/** A counter log row. */
export type CounterOutcome = z.infer<typeof CounterOutcomeSchema>;

/** `GET /api/counter-outcomes`: a unit subtree's log over a period, by kind. */
export const CounterOutcomeListQuerySchema = PageQuerySchema.extend({
  unitId: optionalParam(UuidSchema),
  from: optionalParam(LocalDateSchema),
  to: optionalParam(LocalDateSchema),
  kind: optionalParam(CounterOutcomeKindSchema),
})
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'Ngày bắt đầu phải trước ngày kết thúc / from must not be after to',
    path: ['to'],
  });
/** Parsed list query. */
export type CounterOutcomeListQuery = z.infer<typeof CounterOutcomeListQuerySchema>;

/** Counts of counter outcomes by kind (the statistics' separate section, not part of the timeliness figures). */
export const CounterOutcomeCountsSchema = z.object({ guided: z.number().int(), refused: z.number().int() });
/** Counter outcome counts. */
export type CounterOutcomeCountsView = z.infer<typeof CounterOutcomeCountsSchema>;

/** A page of the counter log with the counts of the whole filter. */
export const CounterOutcomeListResponseSchema = pageOf(CounterOutcomeSchema).extend({ counts: CounterOutcomeCountsSchema });
/** A page of the counter log. */
export type CounterOutcomeListResponse = z.infer<typeof CounterOutcomeListResponseSchema>;

/** The applicant's secret for completing an online submission. */
const TokenSchema = z.string().trim().min(16, 'Mã bí mật không hợp lệ / invalid secret').max(200);

/** `POST /api/public/dossiers/:code/completion/status`: what the one-stop unit asked to add, for the holder of the secret. */
export const PublicCompletionStatusRequestSchema = z.object({ token: TokenSchema }).strict();
/** `POST /api/public/dossiers/:code/completion`: the files that complete the submission. */
export const PublicCompletionRequestSchema = z
  .object({
    token: TokenSchema,
    files: z.array(FileUploadSchema).min(1, 'Cần ít nhất một tệp / at least one file').max(MAX_DOSSIER_FILES),
  })
  .strict();
/** Body of a completion. */
export type PublicCompletionRequest = z.input<typeof PublicCompletionRequestSchema>;

/** Path of the completion routes. */
export const PublicCompletionParamsSchema = z.object({ code: DossierCodeSchema }).strict();

/** What the applicant sees on the submission's completion page. */
export const PublicCompletionViewSchema = z.object({
  code: z.string(),
  procedureName: z.string(),
  receivingUnitName: z.string(),
  status: z.string(),
  /** When the submission was sent back; null when nothing is asked (accepted, or completed already). */
  requestedAt: z.string().nullable(),
  /** Form 02's lines: what to add and what to correct. */
  items: z.array(z.string()),
  /** The procedure's documents, which the files can be attached to. */
  documents: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      form: z.string(),
      quantity: z.number().int(),
      required: z.boolean(),
      provided: z.boolean(),
    }),
  ),
});
/** The completion page's data. */
export type PublicCompletionView = z.infer<typeof PublicCompletionViewSchema>;
