import { z } from 'zod';
import { AbilitiesSchema, LocalDateSchema, UuidSchema } from './common';

/** Kinds of organisation unit; `district` exists only as history before 1 July 2025 (two-tier local government). */
export const UNIT_KINDS = ['province', 'department', 'one_stop_centre', 'ward', 'commune', 'special_zone', 'district'] as const;
/** One unit kind. */
export type UnitKind = (typeof UNIT_KINDS)[number];
/** A unit kind in requests and answers. */
export const UnitKindSchema = z.enum(UNIT_KINDS);

/** Which kinds a unit of each kind may sit under (the web form offers only these parents). */
export const ALLOWED_PARENT_KINDS: Record<UnitKind, readonly UnitKind[]> = {
  // A province sits under another province only as a historical (pre-merger) record kept by its successor.
  province: ['province'],
  department: ['province', 'department', 'one_stop_centre', 'ward', 'commune', 'special_zone', 'district'],
  // NĐ 118/2025/NĐ-CP: public-administration service centres at province and commune level.
  one_stop_centre: ['province', 'department', 'ward', 'commune', 'special_zone', 'district'],
  ward: ['province', 'district'],
  commune: ['province', 'district'],
  special_zone: ['province', 'district'],
  district: ['province'],
};

/** Whether a unit is in effect on the reference date: not yet started, in effect, or closed. */
export const UnitStatusSchema = z.enum(['future', 'active', 'closed']);
/** A unit's status on the reference date. */
export type UnitStatus = z.infer<typeof UnitStatusSchema>;

/** The app's one search fold (core/shared/text.ts), kept here for the modules that import it from the contract. */
export { foldVietnamese } from '@core/shared/text';

const CODE_RE = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
/** Official or internal code: letters, digits and . _ / - (e.g. '66', '24133', '66.SNV'). */
export const UnitCodeSchema = z
  .string()
  .trim()
  .min(1, 'Nhập mã đơn vị / code required')
  .max(50)
  .regex(CODE_RE, 'Mã chỉ gồm chữ, số và . _ / - / code may hold letters, digits and . _ / -');
const NameSchema = z.string().trim().min(1, 'Nhập tên đơn vị / name required').max(300);
const OptionalText = (max: number) => z.string().trim().max(max).nullable().optional();

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

/** `GET /api/units` query: reference date, search text, kinds (comma-separated), direct children of a parent, history. */
export const UnitListQuerySchema = z
  .object({
    asOf: LocalDateSchema.optional(),
    q: z.string().trim().max(200).optional(),
    kind: z
      .string()
      .regex(/^[a-z_]+(,[a-z_]+)*$/, 'kind là danh sách loại, cách nhau bởi dấu phẩy / comma-separated kinds')
      .transform((s) => s.split(','))
      .pipe(z.array(UnitKindSchema))
      .optional(),
    parentId: UuidSchema.optional(),
    includeClosed: booleanQuery.optional(),
  })
  .strict();
/** Parsed list query. */
export type UnitListQuery = z.infer<typeof UnitListQuerySchema>;

/** `GET /api/units/:id` and `/history` query: the reference date for status and child counts. */
export const UnitDetailQuerySchema = z.object({ asOf: LocalDateSchema.optional() }).strict();

/** A short reference to a unit (parent, child, predecessor, successor). */
export const UnitRefSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: UnitKindSchema,
  validFrom: z.string(),
  validTo: z.string().nullable(),
  status: UnitStatusSchema,
});
/** A short unit reference. */
export type UnitRef = z.infer<typeof UnitRefSchema>;

/** One row of the unit list; the web builds the tree from `parentId` (a unit whose parent is not listed is a root). */
export const UnitListItemSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  shortName: z.string().nullable(),
  kind: UnitKindSchema,
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  legalRef: z.string().nullable(),
  address: z.string().nullable(),
  status: UnitStatusSchema,
  childCount: z.number().int(),
  abilities: AbilitiesSchema,
});
/** A unit as listed. */
export type UnitListItem = z.infer<typeof UnitListItemSchema>;

/** `GET /api/units` answer. */
export const UnitListResponseSchema = z.object({ asOf: z.string(), items: z.array(UnitListItemSchema), total: z.number().int() });
/** The list answer. */
export type UnitListResponse = z.infer<typeof UnitListResponseSchema>;

/** A predecessor or successor with the succession facts (effective date and legal basis). */
export const UnitLinkSchema = UnitRefSchema.extend({
  effectiveOn: z.string(),
  legalRef: z.string().nullable(),
  note: z.string().nullable(),
});
/** A succession link as seen from one unit. */
export type UnitLink = z.infer<typeof UnitLinkSchema>;

/** `GET /api/units/:id` answer (also returned by create, update and close). */
export const UnitDetailSchema = UnitListItemSchema.extend({
  closingLegalRef: z.string().nullable(),
  closingNote: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  parent: UnitRefSchema.nullable(),
  children: z.array(UnitRefSchema),
  predecessors: z.array(UnitLinkSchema),
  successors: z.array(UnitLinkSchema),
});
/** A unit with its neighbourhood. */
export type UnitDetail = z.infer<typeof UnitDetailSchema>;

/** `GET /api/units/:id/history` answer: every unit reachable through successions, both ways, and the links. */
export const UnitHistorySchema = z.object({
  units: z.array(UnitRefSchema),
  links: z.array(
    z.object({
      predecessorId: z.string(),
      successorId: z.string(),
      effectiveOn: z.string(),
      legalRef: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
});
/** The succession graph around a unit. */
export type UnitHistory = z.infer<typeof UnitHistorySchema>;

/** `POST /api/units`: a new unit under a parent in the caller's scope; `validFrom` defaults to today. */
export const CreateUnitRequestSchema = z
  .object({
    code: UnitCodeSchema,
    name: NameSchema,
    nameEn: OptionalText(300),
    shortName: OptionalText(100),
    kind: UnitKindSchema,
    parentId: UuidSchema,
    validFrom: LocalDateSchema.optional(),
    legalRef: OptionalText(500),
    address: OptionalText(500),
  })
  .strict();
/** Create input. */
export type CreateUnitRequest = z.infer<typeof CreateUnitRequestSchema>;

/** `PATCH /api/units/:id`: any subset of the editable fields (at least one). */
export const UpdateUnitRequestSchema = z
  .object({
    code: UnitCodeSchema.optional(),
    name: NameSchema.optional(),
    nameEn: OptionalText(300),
    shortName: OptionalText(100),
    kind: UnitKindSchema.optional(),
    parentId: UuidSchema.optional(),
    validFrom: LocalDateSchema.optional(),
    legalRef: OptionalText(500),
    address: OptionalText(500),
  })
  .strict()
  .refine((o) => Object.keys(o).length > 0, { message: 'Không có trường nào để sửa / nothing to update' });
/** Update input. */
export type UpdateUnitRequest = z.infer<typeof UpdateUnitRequestSchema>;

/** `POST /api/units/:id/close`: last day in effect, units that take over from the day after, legal basis. */
export const CloseUnitRequestSchema = z
  .object({
    validTo: LocalDateSchema,
    successorIds: z
      .array(UuidSchema)
      .max(100)
      .refine((ids) => new Set(ids).size === ids.length, 'Đơn vị kế thừa bị trùng / duplicate successor')
      .optional(),
    legalRef: OptionalText(500),
    note: OptionalText(1000),
  })
  .strict();
/** Close input. */
export type CloseUnitRequest = z.infer<typeof CloseUnitRequestSchema>;
