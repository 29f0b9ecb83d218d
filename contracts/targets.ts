import { z } from 'zod';
import { TARGET_KEYS, TARGET_MEASURES } from '@core/targets';
import { CalendarDateSchema } from './calendar';
import { AbilitiesSchema, UuidSchema } from './common';
import { optionalParam } from './users';

/** A known target key ('dossier.on_time_rate', 'sipas.satisfaction'). */
export const TargetKeySchema = z.enum(TARGET_KEYS, {
  error: `Chỉ tiêu phải là một trong: ${TARGET_KEYS.join(', ')} / key must be one of ${TARGET_KEYS.join(', ')}`,
});
/** A unit of measure of a target value. */
export const TargetMeasureSchema = z.enum(TARGET_MEASURES, {
  error: `Đơn vị tính phải là một trong: ${TARGET_MEASURES.join(', ')} / measure must be one of ${TARGET_MEASURES.join(', ')}`,
});

const ValueSchema = z
  .number({ error: 'Giá trị phải là một số / value must be a number' })
  .min(0, 'Giá trị phải không âm / value must not be negative')
  .max(1_000_000_000, 'Giá trị quá lớn / value too large');
const SourceSchema = z
  .string({ error: 'Nhập nguồn: số hiệu kế hoạch, quyết định đặt chỉ tiêu / source (the plan or decision) required' })
  .trim()
  .min(1, 'Nhập nguồn: số hiệu kế hoạch, quyết định đặt chỉ tiêu / source (the plan or decision) required')
  .max(1000, 'Nguồn quá dài (tối đa 1000 ký tự) / source longer than 1000 characters');
const NoteSchema = z.string().trim().max(2000, 'Ghi chú quá dài (tối đa 2000 ký tự) / note longer than 2000 characters').nullable();
const periodOrder = { message: 'Ngày hết hiệu lực phải từ ngày bắt đầu trở đi / validTo must be on or after validFrom', path: ['validTo'] };

/** A target version as shown, with the caller's abilities on it (target.manage when they may change it). */
export const TargetViewSchema = z.object({
  id: z.string(),
  key: z.string(),
  /** null = province-wide; otherwise the unit whose subtree the version covers. */
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  value: z.number(),
  measure: TargetMeasureSchema,
  /** First day in effect, 'YYYY-MM-DD'. */
  validFrom: z.string(),
  /** Last day in effect (included); null = until further notice. */
  validTo: z.string().nullable(),
  /** The plan or decision that sets the target. */
  source: z.string(),
  note: z.string().nullable(),
  updatedAt: z.string(),
  abilities: AbilitiesSchema,
});
/** A target version. */
export type TargetView = z.infer<typeof TargetViewSchema>;

/** Query of `GET /api/targets`: optional key and unit (versions of that unit only) filters. */
export const TargetListQuerySchema = z.object({ key: optionalParam(TargetKeySchema), unitId: optionalParam(UuidSchema) }).strict();
/** Parsed list query. */
export type TargetListQuery = z.infer<typeof TargetListQuerySchema>;

/** Answer of `GET /api/targets`: the versions the caller can see and their abilities on province-wide versions. */
export const TargetListResponseSchema = z.object({ items: z.array(TargetViewSchema), provinceAbilities: AbilitiesSchema });
/** The list answer. */
export type TargetListResponse = z.infer<typeof TargetListResponseSchema>;

/** Query of `GET /api/targets/effective`: key, unit (default: province-wide only) and date (default: today in Vietnam). */
export const EffectiveTargetQuerySchema = z
  .object({ key: TargetKeySchema, unitId: optionalParam(UuidSchema), date: optionalParam(CalendarDateSchema) })
  .strict();
/** Parsed effective-target query. */
export type EffectiveTargetQuery = z.infer<typeof EffectiveTargetQuerySchema>;

/** The version in effect for a key, unit and date (the closest unit's own version, else the province-wide one). */
export const EffectiveTargetResponseSchema = z.object({
  key: z.string(),
  unitId: z.string().nullable(),
  date: z.string(),
  target: TargetViewSchema.nullable(),
});
/** The effective-target answer. */
export type EffectiveTargetResponse = z.infer<typeof EffectiveTargetResponseSchema>;

/** `POST /api/targets`: a new version; its period must not overlap another version of the same key and unit. */
export const CreateTargetRequestSchema = z
  .object({
    key: TargetKeySchema,
    unitId: UuidSchema.nullable().optional(),
    value: ValueSchema,
    /** Defaults to the key's measure; another measure is refused. */
    measure: TargetMeasureSchema.optional(),
    validFrom: CalendarDateSchema,
    validTo: CalendarDateSchema.nullable().optional(),
    source: SourceSchema,
    note: NoteSchema.optional(),
  })
  .strict()
  .refine((b) => !b.validTo || b.validTo >= b.validFrom, periodOrder);
/** Create input. */
export type CreateTargetRequest = z.infer<typeof CreateTargetRequestSchema>;

/** `PATCH /api/targets/:id`: any subset of value, period, source, note; setting validTo closes a version. */
export const UpdateTargetRequestSchema = z
  .object({
    value: ValueSchema.optional(),
    validFrom: CalendarDateSchema.optional(),
    validTo: CalendarDateSchema.nullable().optional(),
    source: SourceSchema.optional(),
    note: NoteSchema.optional(),
  })
  .strict()
  .refine((o) => Object.keys(o).length > 0, { message: 'Không có trường nào để sửa / nothing to update' });
/** Update input. */
export type UpdateTargetRequest = z.infer<typeof UpdateTargetRequestSchema>;

/** `DELETE /api/targets/:id` answer. */
export const DeletedTargetResponseSchema = z.object({ id: z.string(), deleted: z.literal(true) });
