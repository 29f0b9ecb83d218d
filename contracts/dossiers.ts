import { z } from 'zod';
import { DOSSIER_ACTIONS, DOSSIER_STATUSES } from '@core/dossier';
import { PAYMENT_METHODS } from '@core/dossier-stats/service-figures';
import { AbilitiesSchema, UuidSchema } from './common';
import { MomentSchema } from './calendar';

/** Most files one online submission or upload may carry. */
export const MAX_DOSSIER_FILES = 5;
/** Largest file, in bytes after base64 decoding (5 MB). */
export const MAX_DOSSIER_FILE_BYTES = 5 * 1024 * 1024;
/** Media types accepted for uploaded files (checked against the file's first bytes too). */
export const DOSSIER_FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
/** Body limit of routes carrying files: every file at full size in base64, plus the other fields. */
export const DOSSIER_FILES_BODY_LIMIT = Math.ceil((MAX_DOSSIER_FILES * MAX_DOSSIER_FILE_BYTES * 4) / 3) + 1_048_576;

/** A dossier status (DVCQG codes 1–10). */
export const DossierStatusSchema = z.enum(DOSSIER_STATUSES);
/** A dossier action. */
export const DossierActionSchema = z.enum(DOSSIER_ACTIONS);
/** Channel: in person, online, postal (DVCQG KenhThucHien 1/2/3). */
export const DossierChannelSchema = z.enum(['in_person', 'online', 'postal']);
/** Timeliness of a finished dossier or step. */
export const TimelinessSchema = z.enum(['early', 'on_time', 'late']);

const text = (max: number, field: string) =>
  z.string().trim().min(1, `Thiếu ${field} / ${field} is required`).max(max, `${field} quá dài (tối đa ${max}) / ${field} too long`);
const optText = (max: number, field: string) =>
  z.string().trim().max(max, `${field} quá dài (tối đa ${max}) / ${field} too long`).optional();

/** An applicant's identity document number (CCCD, passport): 6–20 letters or digits. */
export const IdNumberSchema = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z]{6,20}$/, 'Số giấy tờ tùy thân không hợp lệ / invalid ID number');
/** An applicant's phone number: 8–20 digits, spaces, dots or hyphens, after an optional '+'. */
export const ApplicantPhoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 .-]{8,20}$/, 'Số điện thoại không hợp lệ / invalid phone number');
/** An applicant's e-mail address. */
export const ApplicantEmailSchema = z.string().trim().email('Email không hợp lệ / invalid e-mail').max(200);

/** The applicant (người nộp hồ sơ). */
export const ApplicantSchema = z
  .object({
    type: z.enum(['citizen', 'organisation']).default('citizen'),
    name: text(200, 'họ tên / name'),
    idNumber: IdNumberSchema.optional(),
    phone: ApplicantPhoneSchema.optional(),
    email: ApplicantEmailSchema.optional(),
    address: optText(500, 'địa chỉ / address'),
  })
  .strict();
/** Applicant fields. */
export type Applicant = z.infer<typeof ApplicantSchema>;

/** One file as base64 in JSON (pdf, jpg, png; at most 5 MB decoded). */
export const FileUploadSchema = z
  .object({
    procedureDocumentId: UuidSchema.optional(),
    fileName: text(200, 'tên tệp / file name'),
    mimeType: text(100, 'loại tệp / media type'),
    content: z.string().min(1, 'Tệp rỗng / empty file'),
  })
  .strict();
/** A file to upload. */
export type FileUpload = z.infer<typeof FileUploadSchema>;

/** A dossier's code on the national portal (DVCQG), kept beside ours: 3–60 letters, digits, '.', '-', '_'. */
export const DossierNationalCodeSchema = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z.\-_]{3,60}$/, 'Mã hồ sơ DVCQG không hợp lệ / invalid national code');

/** Intake at the counter (in person or postal): POST /api/dossiers. */
export const CreateDossierRequestSchema = z
  .object({
    procedureId: UuidSchema,
    /** The receiving one-stop unit; default the clerk's own unit. */
    receivingUnitId: UuidSchema.optional(),
    /**
     * The commune (xã, phường, đặc khu) that handles a commune-level procedure received at a unit outside any commune
     * (the provincial centre): required there, refused elsewhere (docs/ONE-STOP.md, intake).
     */
    handlingCommuneId: UuidSchema.optional(),
    channel: z.enum(['in_person', 'postal']).default('in_person'),
    applicant: ApplicantSchema,
    subject: optText(500, 'nội dung / subject'),
    /** The national portal's code, kept beside ours. */
    nationalCode: DossierNationalCodeSchema.optional(),
    /** The procedure documents received (checklist). */
    documentIds: z.array(UuidSchema).max(100).default([]),
    returnPlace: optText(300, 'nơi trả kết quả / return place'),
    note: optText(2000, 'ghi chú / note'),
  })
  .strict();
/** Body of an intake. */
export type CreateDossierRequest = z.input<typeof CreateDossierRequestSchema>;

/** Online submission from the public page: POST /api/public/dossiers. */
export const PublicSubmitRequestSchema = z
  .object({
    procedureId: UuidSchema,
    receivingUnitId: UuidSchema,
    applicant: ApplicantSchema,
    subject: optText(500, 'nội dung / subject'),
    files: z
      .array(FileUploadSchema)
      .max(MAX_DOSSIER_FILES, `Tối đa ${MAX_DOSSIER_FILES} tệp / at most ${MAX_DOSSIER_FILES} files`)
      .default([]),
  })
  .strict();
/** Body of an online submission. */
export type PublicSubmitRequest = z.input<typeof PublicSubmitRequestSchema>;

/** The header carrying a client's key for one intake or online submission, so that retrying it cannot make a second dossier. */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/** An Idempotency-Key: 8–128 letters, digits and - _ . : (a UUID fits). */
export const IdempotencyKeySchema = z
  .string()
  .regex(
    /^[A-Za-z0-9_.:-]{8,128}$/,
    'Idempotency-Key gồm 8–128 chữ, số và - _ . : / an Idempotency-Key has 8–128 letters, digits and - _ . :',
  );

/** Answer to an online submission: the code, the lookup key to track it at /tra-cuu/<lookupKey>, and the secret to complete it if sent back (also in the answer to a retry with the same Idempotency-Key). */
export const PublicSubmitResponseSchema = z.object({
  code: z.string(),
  lookupKey: z.string(),
  status: DossierStatusSchema,
  submittedAt: z.string(),
  lookupPath: z.string(),
  /** Shown once: lets the applicant complete the submission if the one-stop unit sends it back (form 02). */
  completionToken: z.string().optional(),
  /** The submission's own page to complete it: /nop-truc-tuyen/bo-sung/<code>#<token>. */
  completionPath: z.string().optional(),
});
/** Answer to an online submission. */
export type PublicSubmitResponse = z.infer<typeof PublicSubmitResponseSchema>;

/** A document form 02 lists as missing: from the procedure's checklist (documentId) or written by the clerk. */
export const MissingLineSchema = z
  .object({ documentId: UuidSchema.optional(), name: z.string().max(600, 'Dòng quá dài / line too long') })
  .strict();
/** A document form 02 lists as brought but not right, with what is wrong. */
export const WrongLineSchema = z
  .object({
    name: z.string().max(600, 'Dòng quá dài / line too long'),
    note: z.string().max(600, 'Dòng quá dài / line too long').optional(),
  })
  .strict();
const lines = <T extends z.ZodTypeAny>(s: T) => z.array(s).max(100, 'Quá nhiều dòng / too many lines').default([]);

const version = z.number({ error: 'Thiếu expectedVersion / expectedVersion is required' }).int().min(1);
const note = optText(2000, 'ghi chú / note');
const base = { expectedVersion: version, note };

/** Body of each action route POST /api/dossiers/:id/<action-with-dashes>. */
export const ACTION_BODY_SCHEMAS = {
  accept: z.object(base).strict(),
  refuse: z.object(base).strict(),
  /** An online submission sent back for completion before acceptance (form 02): what to add and what to correct. */
  request_completion: z.object({ ...base, missing: lines(MissingLineSchema), wrong: lines(WrongLineSchema) }).strict(),
  start: z.object(base).strict(),
  forward: z.object({ ...base, handlerId: UuidSchema.optional() }).strict(),
  request_supplement: z.object({ ...base, reason: optText(2000, 'lý do / reason') }).strict(),
  resubmit: z.object(base).strict(),
  request_payment: z.object({ ...base, amount: z.number().int().min(0).max(1_000_000_000_000).optional() }).strict(),
  /** How the fee was paid (online payment figure of the statistics, issue #14 point 8); absent: not recorded. */
  confirm_payment: z.object({ ...base, paymentMethod: z.enum(PAYMENT_METHODS).optional() }).strict(),
  withdraw: z.object(base).strict(),
  stop: z.object(base).strict(),
  issue_apology: z.object({ ...base, newDueAt: MomentSchema('newDueAt') }).strict(),
  finish: z.object(base).strict(),
  /** The refusal to resolve after review (form 03); the note is the reason printed on it. */
  refuse_after_review: z.object(base).strict(),
  return_result: z
    .object({ ...base, returnPlace: optText(300, 'nơi trả kết quả / return place'), resultFile: FileUploadSchema.optional() })
    .strict(),
  reassign: z.object({ ...base, handlerId: UuidSchema }).strict(),
  /** Back to the previous step of the route; the note is the reason, written on both rows of the control slip. */
  send_back: z.object(base).strict(),
} as const satisfies Record<(typeof DOSSIER_ACTIONS)[number], z.ZodTypeAny>;

/** Any action body (the union of the fields). */
export type ActionRequest = {
  expectedVersion: number;
  note?: string | undefined;
  handlerId?: string | undefined;
  reason?: string | undefined;
  amount?: number | undefined;
  paymentMethod?: (typeof PAYMENT_METHODS)[number] | undefined;
  newDueAt?: string | undefined;
  returnPlace?: string | undefined;
  resultFile?: FileUpload | undefined;
  missing?: Array<z.infer<typeof MissingLineSchema>> | undefined;
  wrong?: Array<z.infer<typeof WrongLineSchema>> | undefined;
};

/** URL segment of an action: request_supplement → request-supplement. */
export const actionPath = (action: (typeof DOSSIER_ACTIONS)[number]) => action.replace(/_/g, '-');

/**
 * Upload of a file to a dossier: POST /api/dossiers/:id/files. A 'scan' is a checklist document digitised at the counter
 * (the receiving unit's staff, `procedureDocumentId` required; docs/ONE-STOP.md, "Scans at intake").
 */
export const UploadDossierFileRequestSchema = FileUploadSchema.extend({ kind: z.enum(['submitted', 'result', 'scan']) }).strict();
/** Body of a file upload. */
export type UploadDossierFileRequest = z.infer<typeof UploadDossierFileRequestSchema>;

const Ref = z.object({ id: z.string(), name: z.string() });
const UserRef = z.object({ id: z.string(), fullName: z.string() });

/** A dossier row in the inbox. */
export const DossierListItemSchema = z.object({
  id: z.string(),
  code: z.string(),
  nationalCode: z.string().nullable(),
  status: DossierStatusSchema,
  /** DVCQG status code 1–10. */
  statusCode: z.number().int(),
  channel: DossierChannelSchema,
  applicantName: z.string(),
  subject: z.string().nullable(),
  procedure: z.object({ id: z.string(), name: z.string(), nationalCode: z.string() }),
  receivingUnit: Ref,
  handlingUnit: Ref,
  currentUnit: Ref,
  currentHandler: UserRef.nullable(),
  submittedAt: z.string(),
  receivedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  timeliness: TimelinessSchema.nullable(),
  supplementCount: z.number().int(),
  /** Due within 1 working day / past due, while the clock runs. */
  marks: z.object({ dueSoon: z.boolean(), overdue: z.boolean() }),
  version: z.number().int(),
});
/** A dossier row in the inbox. */
export type DossierListItem = z.infer<typeof DossierListItemSchema>;

/** One transition as it happened. */
export const DossierEventSchema = z.object({
  id: z.number().int(),
  type: z.string(),
  fromStatus: DossierStatusSchema.nullable(),
  toStatus: DossierStatusSchema,
  at: z.string(),
  actor: UserRef.nullable(),
  unit: Ref.nullable(),
  note: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
});
/** One transition. */
export type DossierEventView = z.infer<typeof DossierEventSchema>;

/** A row of the processing-control slip. */
export const DossierStepSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  unit: Ref,
  name: z.string(),
  handler: UserRef.nullable(),
  startedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  timeliness: TimelinessSchema.nullable(),
  note: z.string().nullable(),
});
/** A control-slip row. */
export type DossierStepView = z.infer<typeof DossierStepSchema>;

/** A stored file (content via GET /api/dossiers/:id/files/:fileId). */
export const DossierFileSchema = z.object({
  id: z.string(),
  kind: z.enum(['submitted', 'result', 'form', 'scan']),
  formCode: z.string().nullable(),
  procedureDocumentId: z.string().nullable(),
  /** The name of the checklist document the file was given for (null for a file tied to none). */
  documentName: z.string().nullable(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
});
/** A stored file. */
export type DossierFileView = z.infer<typeof DossierFileSchema>;

/** A received document of the checklist (from the receipt event). */
export const ReceivedDocumentSchema = z.object({
  procedureDocumentId: z.string(),
  name: z.string(),
  form: z.string(),
  quantity: z.number().int(),
});

/** The one-stop rule set a dossier follows: the one in force on its reception day (docs/DOMAIN.md §10.1). */
export const DossierRuleSetSchema = z.object({ id: z.enum(['nd61-2018', 'nd118-2025']), name: z.string() });

/** The one-stop unit's hand-over to the handling agency: its deadline and whether it was met (docs/DOMAIN.md §10.6). */
export const DossierHandOverSchema = z.object({
  dueAt: z.string(),
  handedAt: z.string().nullable(),
  /** 'on_time' / 'late' once handed over, null before. */
  result: z.enum(['on_time', 'late']).nullable(),
  /** Not yet handed over and past the deadline. */
  overdue: z.boolean(),
  /** Received on a working day before this time: by the close of that day; else the next working day's morning. */
  cutoff: z.string(),
  legalRef: z.string(),
});
/** The hand-over on the control slip. */
export type DossierHandOver = z.infer<typeof DossierHandOverSchema>;

/** The result of a finished dossier: granted, or a refusal after review with its reason (docs/DOMAIN.md §10.7). */
export const DossierResultSchema = z.object({ kind: z.enum(['granted', 'refused']), reason: z.string().nullable() });

/** One dossier with its timeline, steps, files and what the caller may do. */
export const DossierDetailSchema = DossierListItemSchema.extend({
  applicant: z.object({
    type: z.enum(['citizen', 'organisation']),
    name: z.string(),
    idNumber: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string().nullable(),
  }),
  procedure: z.object({
    id: z.string(),
    name: z.string(),
    nationalCode: z.string(),
    durationValue: z.number(),
    durationUnit: z.string(),
    /** same_day procedures: the cutoff 'HH:MM'; null otherwise. */
    cutoff: z.string().nullable(),
    level: z.string(),
  }),
  originalDueAt: z.string().nullable(),
  extendedDueAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  returnPlace: z.string().nullable(),
  /** The public lookup key printed on the receipt: the citizen's page is /tra-cuu/<lookupKey> (the code alone finds nothing). */
  lookupKey: z.string(),
  /** The legal clock (core/calendar LegalClock) as stored. */
  clock: z.record(z.string(), z.unknown()).nullable(),
  receivedDocuments: z.array(ReceivedDocumentSchema),
  events: z.array(DossierEventSchema),
  steps: z.array(DossierStepSchema),
  files: z.array(DossierFileSchema),
  ruleSet: DossierRuleSetSchema,
  /** Null when the whole route stays at the receiving unit (nothing to hand over) or before receipt. */
  handOver: DossierHandOverSchema.nullable(),
  /** Null until finished. */
  result: DossierResultSchema.nullable(),
  /** An online submission sent back for completion (form 02), waiting for the applicant; null otherwise. */
  completion: z
    .object({ requestedAt: z.string(), items: z.array(z.string()) })
    .nullable()
    .optional(),
  abilities: AbilitiesSchema,
  /** Actions the state machine allows now and the caller holds the permission for. */
  allowedActions: z.array(DossierActionSchema),
});
/** One dossier in full. */
export type DossierDetail = z.infer<typeof DossierDetailSchema>;

/** `{ code }` path parameter. */
export const CodeParamsSchema = z.object({ code: z.string().max(100) }).strict();
/** `{ id, fileId }` path parameters. */
export const FileParamsSchema = z.object({ id: UuidSchema, fileId: UuidSchema }).strict();
