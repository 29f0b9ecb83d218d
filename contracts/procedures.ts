import { z } from 'zod';
import { CutoffSchema } from './calendar';
import { AbilitiesSchema, LocalDateSchema, UuidSchema } from './common';

// The procedure catalogue (danh mục thủ tục hành chính; docs/ONE-STOP.md part A, demo data docs/DOMAIN.md §9.2).
//
// RULE for commune-level procedures (parts B and D rely on it): a procedure of level 'commune' applies to EVERY
// commune, ward and special zone of the province. Its catalogue entry has handling_unit_id = the province (the
// root unit), and the actual handling unit of a dossier is its receiving commune. In its default route, a step
// whose unit is the province means "the receiving commune"; steps at other units (e.g. Công an tỉnh) are real.

/** Procedure levels: provincial (departments, via the provincial centre) or commune (every commune's centre). */
export const PROCEDURE_LEVELS = ['province', 'commune'] as const;
/** How a legal duration is counted (docs/DOMAIN.md §3.1); same_day = resolved within the day of receipt, by a cutoff (§3.9). */
export const PROCEDURE_DURATION_UNITS = ['working_day', 'working_hour', 'calendar_day', 'same_day'] as const;
/** Online service levels: none, partial (một phần), full (toàn trình). */
export const ONLINE_LEVELS = ['none', 'partial', 'full'] as const;
/** Forms a required document must take. */
export const DOCUMENT_FORMS = ['original', 'copy', 'certified_copy', 'original_or_copy'] as const;

/** A procedure level. */
export type ProcedureLevelValue = (typeof PROCEDURE_LEVELS)[number];
/** A duration unit. */
export type ProcedureDurationUnit = (typeof PROCEDURE_DURATION_UNITS)[number];
/** An online level. */
export type OnlineLevelValue = (typeof ONLINE_LEVELS)[number];
/** A document form. */
export type DocumentFormValue = (typeof DOCUMENT_FORMS)[number];

type Labels<K extends string> = Record<K, { vi: string; en: string }>;
/** Display names of the levels. */
export const LEVEL_LABELS: Labels<ProcedureLevelValue> = {
  province: { vi: 'Cấp tỉnh', en: 'Province' },
  commune: { vi: 'Cấp xã', en: 'Commune' },
};
/** Display names of the duration units, as written after the number ("10 ngày làm việc"). */
export const DURATION_UNIT_LABELS: Labels<ProcedureDurationUnit> = {
  working_day: { vi: 'ngày làm việc', en: 'working days' },
  working_hour: { vi: 'giờ làm việc', en: 'working hours' },
  calendar_day: { vi: 'ngày', en: 'calendar days' },
  same_day: { vi: 'trong ngày', en: 'same day' },
};
/** Display names of the online levels. */
export const ONLINE_LEVEL_LABELS: Labels<OnlineLevelValue> = {
  none: { vi: 'Không trực tuyến', en: 'Not online' },
  partial: { vi: 'Một phần', en: 'Partial' },
  full: { vi: 'Toàn trình', en: 'Full' },
};
/** Display names of the document forms. */
export const DOCUMENT_FORM_LABELS: Labels<DocumentFormValue> = {
  original: { vi: 'Bản chính', en: 'Original' },
  copy: { vi: 'Bản sao', en: 'Copy' },
  certified_copy: { vi: 'Bản sao chứng thực', en: 'Certified copy' },
  original_or_copy: { vi: 'Bản chính hoặc bản sao', en: 'Original or copy' },
};

/** Tolerance on the sum of the step time shares (numeric(5,4) rounds 1/3 to 0.3333). */
export const SHARE_TOLERANCE = 0.0001;
/** Largest import file the API accepts, in base64 characters (the request body limit is 1 MiB). */
export const MAX_PROCEDURE_IMPORT_BASE64 = 960_000;

/** National procedure code as on the national database, e.g. '1.001612' or '2.000908' (letters allowed for local codes). */
export const NationalCodeSchema = z
  .string()
  .trim()
  .min(1, 'Nhập mã thủ tục / code required')
  .max(50)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'Mã thủ tục chỉ gồm chữ, số và . _ / - / code may hold letters, digits and . _ / -');

const requiredText = (max: number, vi: string, en: string) =>
  z
    .string({ error: `Nhập ${vi} / ${en} required` })
    .trim()
    .min(1, `Nhập ${vi} / ${en} required`)
    .max(max, `${vi} tối đa ${max} ký tự / ${en} at most ${max} characters`);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** A procedure level in requests. */
export const ProcedureLevelSchema = z.enum(PROCEDURE_LEVELS, {
  error: 'Cấp thực hiện phải là province hoặc commune / level must be province or commune',
});
/** A duration unit in requests. */
export const DurationUnitSchema = z.enum(PROCEDURE_DURATION_UNITS, {
  error: 'Đơn vị thời hạn: working_day, working_hour, calendar_day, same_day / unknown duration unit',
});
export { CutoffSchema };
/** An online level in requests. */
export const OnlineLevelSchema = z.enum(ONLINE_LEVELS, { error: 'Mức độ trực tuyến: none, partial, full / unknown online level' });
/** A document form in requests. */
export const DocumentFormSchema = z.enum(DOCUMENT_FORMS, { error: 'Hình thức giấy tờ không hợp lệ / unknown document form' });

/** One required document of a procedure (thành phần hồ sơ). */
export const ProcedureDocumentInputSchema = z
  .object({
    name: requiredText(500, 'tên giấy tờ', 'document name'),
    form: DocumentFormSchema,
    quantity: z.number().int().min(1, 'Số lượng ít nhất 1 / quantity at least 1').max(100).default(1),
    isRequired: z.boolean().default(true),
  })
  .strict();
/** A document in requests. */
export type ProcedureDocumentInput = z.infer<typeof ProcedureDocumentInputSchema>;

/** One step of the default route: a unit and its share of the legal time (0 < share ≤ 1). */
export const ProcedureStepInputSchema = z
  .object({
    unitId: UuidSchema,
    name: requiredText(300, 'tên bước', 'step name'),
    timeShare: z
      .number()
      .gt(0, 'Tỉ lệ thời gian phải lớn hơn 0 / share must be above 0')
      .max(1, 'Tỉ lệ thời gian tối đa 1 / share at most 1'),
  })
  .strict();
/** A step in requests. */
export type ProcedureStepInput = z.infer<typeof ProcedureStepInputSchema>;

/** True when the shares sum to 1 within the tolerance. */
export function sharesSumToOne(shares: readonly number[]): boolean {
  return Math.abs(shares.reduce((s, x) => s + x, 0) - 1) <= SHARE_TOLERANCE + 1e-9;
}

const DocumentsSchema = z.array(ProcedureDocumentInputSchema).min(1, 'Cần ít nhất một giấy tờ / at least one document').max(50);
const StepsSchema = z
  .array(ProcedureStepInputSchema)
  .min(1, 'Cần ít nhất một bước xử lý / at least one step')
  .max(20)
  .refine((steps) => sharesSumToOne(steps.map((s) => s.timeShare)), {
    message: 'Tổng tỉ lệ thời gian các bước phải bằng 100% / step time shares must sum to 1',
  });

const fields = {
  nationalCode: NationalCodeSchema,
  name: requiredText(1000, 'tên thủ tục', 'procedure name'),
  sector: requiredText(200, 'lĩnh vực', 'sector'),
  level: ProcedureLevelSchema,
  handlingUnitId: UuidSchema,
  durationValue: z.number().min(0, 'Thời hạn không âm / duration cannot be negative').max(3650),
  durationUnit: DurationUnitSchema,
  /** same_day only: the cutoff 'HH:MM' (null or absent: the rule's default, 15:00); refused with another unit. */
  cutoff: CutoffSchema.nullable().optional(),
  feeText: optionalText(1000),
  feeAmount: z.number().int().min(0, 'Lệ phí không âm / fee cannot be negative').max(1_000_000_000_000).nullable().optional(),
  onlineLevel: OnlineLevelSchema,
  isInterAgency: z.boolean(),
  /** Waiting for the applicant's financial obligations is not counted (the procedure's law says so; docs/DOMAIN.md §10.5). */
  paymentPausesClock: z.boolean(),
  resultText: optionalText(1000),
  legalBasis: optionalText(4000),
  validFrom: LocalDateSchema,
  validTo: LocalDateSchema.nullable(),
  documents: DocumentsSchema,
  steps: StepsSchema,
};

const cutoffWithSameDay = (o: { durationUnit?: string | undefined; cutoff?: string | null | undefined }) =>
  o.cutoff === undefined || o.cutoff === null || o.durationUnit === undefined || o.durationUnit === 'same_day';
const cutoffMessage = {
  message: 'Giờ chốt chỉ dùng cho thủ tục giải quyết trong ngày / cutoff applies to same-day procedures only',
  path: ['cutoff'],
};

const datesInOrder = (o: { validFrom?: string | undefined; validTo?: string | null | undefined }) =>
  !o.validFrom || !o.validTo || o.validTo >= o.validFrom;
const datesMessage = {
  message: 'Ngày hết hiệu lực phải từ ngày bắt đầu hiệu lực trở đi / validTo must be on or after validFrom',
  path: ['validTo'],
};

/**
 * `POST /api/procedures`: a catalogue entry with its documents and default route. For level 'commune',
 * handlingUnitId is the province (see the rule at the top of this file). validFrom defaults to today.
 */
export const CreateProcedureRequestSchema = z
  .object({
    ...fields,
    onlineLevel: OnlineLevelSchema.default('partial'),
    isInterAgency: z.boolean().default(false),
    paymentPausesClock: z.boolean().default(false),
    validFrom: LocalDateSchema.optional(),
    validTo: LocalDateSchema.nullable().optional(),
  })
  .strict()
  .refine(datesInOrder, datesMessage)
  .refine(cutoffWithSameDay, cutoffMessage);
/** Create input. */
export type CreateProcedureRequest = z.infer<typeof CreateProcedureRequestSchema>;

const partial = {
  nationalCode: fields.nationalCode.optional(),
  name: fields.name.optional(),
  sector: fields.sector.optional(),
  level: fields.level.optional(),
  handlingUnitId: fields.handlingUnitId.optional(),
  durationValue: fields.durationValue.optional(),
  durationUnit: fields.durationUnit.optional(),
  cutoff: fields.cutoff,
  feeText: fields.feeText,
  feeAmount: fields.feeAmount,
  onlineLevel: fields.onlineLevel.optional(),
  isInterAgency: fields.isInterAgency.optional(),
  paymentPausesClock: fields.paymentPausesClock.optional(),
  resultText: fields.resultText,
  legalBasis: fields.legalBasis,
  documents: DocumentsSchema.optional(),
  steps: StepsSchema.optional(),
};

/** `PATCH /api/procedures/:id`: any subset (at least one); documents and steps, when given, replace the lists. */
export const UpdateProcedureRequestSchema = z
  .object({ ...partial, validFrom: fields.validFrom.optional(), validTo: fields.validTo.optional() })
  .strict()
  .refine((o) => Object.keys(o).length > 0, { message: 'Không có trường nào để sửa / nothing to update' })
  .refine(datesInOrder, datesMessage)
  .refine(cutoffWithSameDay, cutoffMessage);
/** Update input. */
export type UpdateProcedureRequest = z.infer<typeof UpdateProcedureRequestSchema>;

/**
 * `POST /api/procedures/:id/replace`: a new version in effect from `validFrom` with the given changes (the rest
 * copied); the old version ends the day before and keeps its dossiers.
 */
export const ReplaceProcedureRequestSchema = z
  .object({ ...partial, validFrom: LocalDateSchema, validTo: fields.validTo.optional() })
  .strict()
  .refine(datesInOrder, datesMessage)
  .refine(cutoffWithSameDay, cutoffMessage);
/** Replace input. */
export type ReplaceProcedureRequest = z.infer<typeof ReplaceProcedureRequestSchema>;

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

/** `GET /api/procedures` (and export.xlsx) query: search, filters, reference date, paging. */
export const ProcedureListQuerySchema = z
  .object({
    q: z.string().trim().max(200).optional(),
    sector: z.string().trim().max(200).optional(),
    level: ProcedureLevelSchema.optional(),
    unitId: UuidSchema.optional(),
    onlineLevel: OnlineLevelSchema.optional(),
    interAgency: booleanQuery.optional(),
    asOf: LocalDateSchema.optional(),
    includeExpired: booleanQuery.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
/** Parsed list query. */
export type ProcedureListQuery = z.infer<typeof ProcedureListQuerySchema>;

/** Export query: the list filters without paging (every matching row is exported). */
export const ProcedureExportQuerySchema = ProcedureListQuerySchema.omit({ limit: true, offset: true });
/** Parsed export query. */
export type ProcedureExportQuery = z.infer<typeof ProcedureExportQuerySchema>;

/** A procedure's validity on the reference date. */
export const ProcedureStatusSchema = z.enum(['future', 'active', 'expired']);
/** Validity status. */
export type ProcedureStatus = z.infer<typeof ProcedureStatusSchema>;

/** One row of the catalogue. */
export const ProcedureListItemSchema = z.object({
  id: z.string(),
  nationalCode: z.string(),
  name: z.string(),
  sector: z.string(),
  level: ProcedureLevelSchema,
  handlingUnitId: z.string(),
  handlingUnitCode: z.string(),
  handlingUnitName: z.string(),
  durationValue: z.number(),
  durationUnit: DurationUnitSchema,
  /** same_day: the cutoff 'HH:MM'; null for other units. */
  cutoff: z.string().nullable(),
  feeText: z.string().nullable(),
  feeAmount: z.number().nullable(),
  onlineLevel: OnlineLevelSchema,
  isInterAgency: z.boolean(),
  paymentPausesClock: z.boolean(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  status: ProcedureStatusSchema,
  documentCount: z.number().int(),
  stepCount: z.number().int(),
  abilities: AbilitiesSchema,
});
/** A catalogue row. */
export type ProcedureListItem = z.infer<typeof ProcedureListItemSchema>;

/** `GET /api/procedures` answer; `abilities` are the caller's on the catalogue ('procedure.manage' = may create, import). */
export const ProcedureListResponseSchema = z.object({
  asOf: z.string(),
  items: z.array(ProcedureListItemSchema),
  total: z.number().int(),
  abilities: AbilitiesSchema,
});
/** List answer. */
export type ProcedureListResponse = z.infer<typeof ProcedureListResponseSchema>;

/** A stored document. */
export const ProcedureDocumentSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  name: z.string(),
  form: DocumentFormSchema,
  quantity: z.number().int(),
  isRequired: z.boolean(),
});
/** A stored document. */
export type ProcedureDocument = z.infer<typeof ProcedureDocumentSchema>;

/** A stored step; `atReceivingUnit` = the step is done by the receiving commune (commune level, unit = province). */
export const ProcedureStepSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  unitId: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  name: z.string(),
  timeShare: z.number(),
  atReceivingUnit: z.boolean(),
});
/** A stored step. */
export type ProcedureStep = z.infer<typeof ProcedureStepSchema>;

/** Another version of the same national code in the same catalogue. */
export const ProcedureVersionSchema = z.object({ id: z.string(), validFrom: z.string(), validTo: z.string().nullable() });

/** `GET /api/procedures/:id` answer (also from create, update, replace). */
export const ProcedureDetailSchema = ProcedureListItemSchema.extend({
  resultText: z.string().nullable(),
  legalBasis: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  documents: z.array(ProcedureDocumentSchema),
  steps: z.array(ProcedureStepSchema),
  versions: z.array(ProcedureVersionSchema),
});
/** Procedure detail. */
export type ProcedureDetail = z.infer<typeof ProcedureDetailSchema>;

/** `GET /api/procedures/sectors` answer: the sectors of the catalogue in effect today, with counts. */
export const ProcedureSectorsResponseSchema = z.object({ items: z.array(z.object({ sector: z.string(), count: z.number().int() })) });
/** Sectors answer. */
export type ProcedureSectorsResponse = z.infer<typeof ProcedureSectorsResponseSchema>;

/** `POST /api/procedures/import`: an .xlsx built on the template, in base64; `dryRun` only checks it. */
export const ImportProceduresRequestSchema = z
  .object({
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .regex(/\.xlsx$/i, 'Chỉ nhận tệp .xlsx / only .xlsx files'),
    contentBase64: z
      .string()
      .min(1, 'Tệp rỗng / empty file')
      .max(MAX_PROCEDURE_IMPORT_BASE64, 'Tệp quá lớn (tối đa khoảng 700 KB) / file too large (about 700 KB at most)')
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Nội dung không phải base64 / content is not base64'),
    dryRun: z.boolean().optional(),
  })
  .strict();
/** Import input. */
export type ImportProceduresRequest = z.infer<typeof ImportProceduresRequestSchema>;

/** A problem in the file, with its sheet and row number as Excel shows them. */
export const ImportProblemSchema = z.object({ sheet: z.string(), row: z.number().int(), message: z.string() });
/** A row problem. */
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

/** A procedure read from the file and what the import does with it. */
export const ImportedProcedureSchema = z.object({
  row: z.number().int(),
  nationalCode: z.string(),
  name: z.string(),
  sector: z.string(),
  level: ProcedureLevelSchema,
  handlingUnitCode: z.string(),
  durationValue: z.number(),
  durationUnit: DurationUnitSchema,
  cutoff: z.string().nullable(),
  documentCount: z.number().int(),
  stepCount: z.number().int(),
  action: z.enum(['create', 'update']),
});
/** A read procedure. */
export type ImportedProcedure = z.infer<typeof ImportedProcedureSchema>;

/** Import answer: what was read, every problem, and what was saved (nothing on a dry run or with problems). */
export const ImportProceduresResponseSchema = z.object({
  dryRun: z.boolean(),
  procedures: z.array(ImportedProcedureSchema),
  errors: z.array(ImportProblemSchema),
  created: z.number().int(),
  updated: z.number().int(),
});
/** Import answer. */
export type ImportProceduresResponse = z.infer<typeof ImportProceduresResponseSchema>;
