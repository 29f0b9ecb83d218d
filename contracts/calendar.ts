import { z } from 'zod';
import { dateOf, isLocalDate, parseClock, parseMoment } from '@core/calendar/local-date';
import { isCutoff } from '@core/calendar/same-day';
import type { CalendarDayKind, CalendarDayStatus } from '@core/calendar/holidays';
import type { DurationUnit } from '@core/calendar/working-calendar';
import { AbilitiesSchema, UuidSchema } from './common';

/** Kinds of calendar entry (same list as core CALENDAR_DAY_KINDS). */
export const CALENDAR_DAY_KIND_VALUES = [
  'holiday',
  'tet',
  'compensatory',
  'swap_off',
  'makeup_workday',
  'local_closure',
] as const satisfies readonly CalendarDayKind[];
/** Statuses of a calendar entry: computed from the statutory rule, or announced and confirmed. */
export const CALENDAR_DAY_STATUS_VALUES = ['proposed', 'confirmed'] as const satisfies readonly CalendarDayStatus[];
/** Units of a processing time (docs/DOMAIN.md §3.1; same_day §3.9). */
export const DURATION_UNIT_VALUES = ['working_day', 'working_hour', 'calendar_day', 'same_day'] as const satisfies readonly DurationUnit[];
/** Largest processing time the API accepts, in any unit (about ten years of calendar days). */
export const MAX_DURATION_AMOUNT = 3650;
/** Years the working calendar covers. */
export const CALENDAR_YEAR_MIN = 2000;
/** Last year the working calendar covers. */
export const CALENDAR_YEAR_MAX = 2099;
/** Largest Excel upload, as base64 characters (the JSON body limit is 1 MB). */
export const MAX_IMPORT_BASE64 = 960_000;

/** A calendar entry kind. */
export const CalendarDayKindSchema = z.enum(CALENDAR_DAY_KIND_VALUES, {
  error: `Loại ngày phải là một trong: ${CALENDAR_DAY_KIND_VALUES.join(', ')} / unknown kind`,
});

const yearMessage = `Năm phải từ ${CALENDAR_YEAR_MIN} đến ${CALENDAR_YEAR_MAX} / year must be ${CALENDAR_YEAR_MIN}–${CALENDAR_YEAR_MAX}`;
/** A year of the calendar (path or query, given as text). */
export const CalendarYearSchema = z
  .string()
  .trim()
  .regex(/^\d{4}$/, yearMessage)
  .transform(Number)
  .pipe(z.number().int().min(CALENDAR_YEAR_MIN, yearMessage).max(CALENDAR_YEAR_MAX, yearMessage));

/** A real date 'YYYY-MM-DD' inside the calendar's years. */
export const CalendarDateSchema = z
  .string()
  .trim()
  .refine((s): boolean => isLocalDate(s), 'Ngày không hợp lệ, cần dạng YYYY-MM-DD / date must be a real YYYY-MM-DD date')
  .refine((s) => s >= `${CALENDAR_YEAR_MIN}-01-01` && s <= `${CALENDAR_YEAR_MAX}-12-31`, yearMessage);

// In a query string an unencoded '+' arrives as a space: '…T16:59:00 07:00' means '+07:00'.
const restorePlus = (s: string) => s.replace(/(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) (\d{2}:?\d{2})$/, '$1+$2');

/** An ISO 8601 moment; without an offset it is read as Vietnam time (+07:00). */
export const MomentSchema = (field: string) =>
  z
    .string({ error: `Thiếu ${field} / ${field} is required` })
    .trim()
    .max(40, `${field} quá dài / ${field} too long`)
    .transform(restorePlus)
    .refine((s) => parseMoment(s).ok, {
      message: `${field} không phải thời điểm ISO 8601 (ví dụ 2026-02-13T16:59:00+07:00) / ${field} must be an ISO 8601 moment such as 2026-02-13T16:59:00+07:00`,
      abort: true,
    })
    .refine((s) => {
      const r = parseMoment(s);
      const y = r.ok ? Number(dateOf(r.value).slice(0, 4)) : 0;
      return y >= CALENDAR_YEAR_MIN && y <= CALENDAR_YEAR_MAX;
    }, `${field} phải trong các năm ${CALENDAR_YEAR_MIN}–${CALENDAR_YEAR_MAX} / ${field} must fall in ${CALENDAR_YEAR_MIN}–${CALENDAR_YEAR_MAX}`);

/** A same-day cutoff hour 'HH:MM' (00:00–23:59, Vietnam time): a receipt after it is due the next working day (docs/DOMAIN.md §3.9). */
export const CutoffSchema = z
  .string({ error: 'Giờ chốt phải là giờ trong ngày dạng HH:MM / cutoff must be a time of day HH:MM' })
  .trim()
  .refine(isCutoff, {
    message:
      'Giờ chốt phải là giờ trong ngày dạng HH:MM, từ 00:00 đến 23:59 (ví dụ 15:00) / cutoff must be a time of day HH:MM from 00:00 to 23:59, e.g. 15:00',
  });

const amountMessage = `Thời hạn phải là số từ 0 đến ${MAX_DURATION_AMOUNT} / amount must be a number from 0 to ${MAX_DURATION_AMOUNT}`;

/**
 * `GET /api/calendar/due-date`: when the dossier was received, its processing time, and optionally the handling unit.
 * `unit=same_day` needs no amount and takes an optional `cutoff` (HH:MM, default the rule's 15:00; docs/DOMAIN.md §3.9).
 */
export const DueDateQuerySchema = z
  .object({
    receivedAt: MomentSchema('receivedAt'),
    amount: z
      .string()
      .trim()
      .regex(/^-?\d+(\.\d+)?$/, amountMessage)
      .transform(Number)
      .pipe(z.number().min(0, amountMessage).max(MAX_DURATION_AMOUNT, amountMessage))
      .optional(),
    unit: z.enum(DURATION_UNIT_VALUES, {
      error:
        'Đơn vị thời hạn phải là working_day, working_hour, calendar_day hoặc same_day / unit must be working_day, working_hour, calendar_day or same_day',
    }),
    cutoff: CutoffSchema.optional(),
    unitId: UuidSchema.optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.amount === undefined && q.unit !== 'same_day') {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'Thiếu amount / amount is required' });
    }
    if (q.cutoff !== undefined && q.unit !== 'same_day') {
      ctx.addIssue({
        code: 'custom',
        path: ['cutoff'],
        message: 'Giờ chốt chỉ dùng với unit=same_day / cutoff applies to unit=same_day only',
      });
    }
    if (q.unit === 'calendar_day' && q.amount !== undefined && !Number.isInteger(q.amount)) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: 'Số ngày theo lịch phải là số nguyên / calendar_day amounts must be whole days',
      });
    }
  });
/** Parsed due-date query. */
export type DueDateQuery = z.infer<typeof DueDateQuerySchema>;

/** A proposed (not yet confirmed) day the answer depends on. */
export const ProvisionalDaySchema = z.object({ date: z.string(), name: z.string() });

/** The due moment (ISO 8601, +07:00) and what it rests on. */
export const DueDateResponseSchema = z.object({
  receivedAt: z.string(),
  /** First working moment at or after the receipt: the clock starts here. */
  countFrom: z.string(),
  dueAt: z.string(),
  /** The amount asked (0 for a same-day procedure). */
  amount: z.number(),
  unit: z.enum(DURATION_UNIT_VALUES),
  /** same_day: the cutoff applied (asked, else the rule's default on the receipt date); null for other units. */
  cutoff: z.string().nullable(),
  /** same_day: due at the close of the day of receipt, or of the next working day; null for other units. */
  resolvedOn: z.enum(['same_day', 'next_working_day']).nullable(),
  unitId: z.string().nullable(),
  /** Proposed days between the receipt and the due date: the answer may change when they are confirmed or edited. */
  provisionalDays: z.array(ProvisionalDaySchema),
});
/** Due-date answer. */
export type DueDateResponse = z.infer<typeof DueDateResponseSchema>;

/** `GET /api/calendar/working-time`: office time between two moments. */
export const WorkingTimeQuerySchema = z
  .object({ from: MomentSchema('from'), to: MomentSchema('to'), unitId: UuidSchema.optional() })
  .strict()
  .superRefine((q, ctx) => {
    const a = parseMoment(q.from);
    const b = parseMoment(q.to);
    if (a.ok && b.ok && b.value < a.value)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'to phải sau from / to must not be before from' });
  });
/** Parsed working-time query. */
export type WorkingTimeQuery = z.infer<typeof WorkingTimeQuerySchema>;

/** Working time between two moments in minutes, hours and 8-hour working days. */
export const WorkingTimeResponseSchema = z.object({
  from: z.string(),
  to: z.string(),
  workingMinutes: z.number(),
  workingHours: z.number(),
  workingDays: z.number(),
  unitId: z.string().nullable(),
});
/** Working-time answer. */
export type WorkingTimeResponse = z.infer<typeof WorkingTimeResponseSchema>;

/** `GET /api/calendar/days`: a year, optionally narrowed to the entries that apply to one unit. */
export const CalendarDaysQuerySchema = z.object({ year: CalendarYearSchema, unitId: UuidSchema.optional() }).strict();
/** Parsed days query. */
export type CalendarDaysQuery = z.infer<typeof CalendarDaysQuerySchema>;

/** A lunar date with its Vietnamese label. */
export const LunarLabelSchema = z.object({
  day: z.number().int(),
  month: z.number().int(),
  year: z.number().int(),
  leap: z.boolean(),
  label: z.string(),
});

/** One calendar entry as shown; `id` is null for a statutory proposal not stored yet. */
export const CalendarDayViewSchema = z.object({
  id: z.string().nullable(),
  date: z.string(),
  weekday: z.number().int().min(1).max(7),
  kind: CalendarDayKindSchema,
  name: z.string(),
  nameEn: z.string().nullable(),
  legalRef: z.string(),
  status: z.enum(CALENDAR_DAY_STATUS_VALUES),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  lunar: LunarLabelSchema,
  updatedAt: z.string().nullable(),
  abilities: AbilitiesSchema,
});
/** A calendar entry as shown. */
export type CalendarDayView = z.infer<typeof CalendarDayViewSchema>;

/** A government notice announcing a year's schedule. */
export const CalendarNoticeSchema = z.object({
  id: z.string(),
  year: z.number().int(),
  ref: z.string(),
  issuedOn: z.string().nullable(),
  covers: z.string(),
  source: z.string().nullable(),
});
/** A notice. */
export type CalendarNotice = z.infer<typeof CalendarNoticeSchema>;

/** `GET /api/calendar/days` answer. `stored` is false when the year has no province-wide entries yet (the days are then the statutory proposal, computed on the fly). */
export const CalendarYearResponseSchema = z.object({
  year: z.number().int(),
  stored: z.boolean(),
  days: z.array(CalendarDayViewSchema),
  notices: z.array(CalendarNoticeSchema),
  summary: z.object({
    workingDays: z.number().int(),
    closedWeekdays: z.number().int(),
    makeupDays: z.number().int(),
    proposed: z.number().int(),
  }),
  /** What the caller may do with the province-wide calendar of this year ('calendar.manage' = add, confirm, import). */
  abilities: AbilitiesSchema,
});
/** Year answer. */
export type CalendarYearResponse = z.infer<typeof CalendarYearResponseSchema>;

const text = (max: number, vi: string, en: string) =>
  z
    .string({ error: `Nhập ${vi} / ${en} required` })
    .trim()
    .min(1, `Nhập ${vi} / ${en} required`)
    .max(max, `${vi} quá dài (tối đa ${max} ký tự) / ${en} longer than ${max} characters`);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** `POST /api/calendar/days`: a new entry; a local closure names its unit, other kinds are province-wide. */
export const CreateCalendarDayRequestSchema = z
  .object({
    date: CalendarDateSchema,
    kind: CalendarDayKindSchema,
    name: text(300, 'tên ngày', 'name'),
    nameEn: optionalText(300),
    legalRef: text(500, 'căn cứ pháp lý', 'legal reference'),
    unitId: UuidSchema.nullable().optional(),
    status: z.enum(CALENDAR_DAY_STATUS_VALUES).optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.kind === 'local_closure' && !b.unitId)
      ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'Ngày nghỉ riêng cần chọn đơn vị / a local closure needs a unit' });
    if (b.kind !== 'local_closure' && b.unitId)
      ctx.addIssue({
        code: 'custom',
        path: ['unitId'],
        message: 'Chỉ ngày nghỉ riêng mới gắn với đơn vị / only a local closure belongs to a unit',
      });
  });
/** Create input. */
export type CreateCalendarDayRequest = z.infer<typeof CreateCalendarDayRequestSchema>;

/** `PATCH /api/calendar/days/:id`: any subset of the fields; an edited proposal becomes confirmed. */
export const UpdateCalendarDayRequestSchema = z
  .object({
    date: CalendarDateSchema.optional(),
    kind: CalendarDayKindSchema.optional(),
    name: text(300, 'tên ngày', 'name').optional(),
    nameEn: optionalText(300),
    legalRef: text(500, 'căn cứ pháp lý', 'legal reference').optional(),
  })
  .strict()
  .refine((o) => Object.keys(o).length > 0, { message: 'Không có trường nào để sửa / nothing to update' });
/** Update input. */
export type UpdateCalendarDayRequest = z.infer<typeof UpdateCalendarDayRequestSchema>;

/** `{ year }` path parameter. */
export const YearParamsSchema = z.object({ year: CalendarYearSchema }).strict();

/** Answer of a year-wide action (confirm all, propose). */
export const YearActionResponseSchema = z.object({ year: z.number().int(), changed: z.number().int() });

/** `DELETE /api/calendar/days/:id` answer. */
export const DeletedResponseSchema = z.object({ id: z.string(), deleted: z.literal(true) });

const clockMessage = 'Giờ phải có dạng HH:mm / time must be HH:mm';
/** One office session 'HH:mm'–'HH:mm' (start inclusive, end exclusive). */
export const OfficeSessionSchema = z
  .object({
    start: z.string().refine((s) => parseClock(s).ok, clockMessage),
    end: z.string().refine((s) => parseClock(s).ok, clockMessage),
  })
  .strict();
/** Sessions of one day (at most four). */
export const SessionListSchema = z.array(OfficeSessionSchema).max(4, 'Tối đa 4 buổi mỗi ngày / at most 4 sessions a day');

/** `PUT /api/calendar/office-hours`: office hours in effect from a date (replaces a period starting that day). */
export const PutOfficeHoursRequestSchema = z
  .object({
    validFrom: CalendarDateSchema,
    /** Seven session lists, Monday first; an empty list = closed. */
    weekly: z.array(SessionListSchema).length(7, 'Cần đủ 7 ngày trong tuần / seven weekdays required'),
    /** Sessions kept on a make-up working Saturday; default Monday's. */
    makeupDay: SessionListSchema.nullable().optional(),
    legalRef: optionalText(500),
  })
  .strict();
/** Office-hours input. */
export type PutOfficeHoursRequest = z.infer<typeof PutOfficeHoursRequestSchema>;

/** An office-hours period as stored. */
export const OfficeHoursPeriodSchema = z.object({
  id: z.string(),
  validFrom: z.string(),
  weekly: z.array(z.array(z.object({ start: z.string(), end: z.string() }))),
  makeupDay: z.array(z.object({ start: z.string(), end: z.string() })).nullable(),
  legalRef: z.string().nullable(),
  updatedAt: z.string(),
});
/** A stored period. */
export type OfficeHoursPeriod = z.infer<typeof OfficeHoursPeriodSchema>;

/** `GET /api/calendar/office-hours` answer: every period and the one in effect today. */
export const OfficeHoursResponseSchema = z.object({
  current: OfficeHoursPeriodSchema.nullable(),
  periods: z.array(OfficeHoursPeriodSchema),
  abilities: AbilitiesSchema,
});
/** Office-hours answer. */
export type OfficeHoursResponse = z.infer<typeof OfficeHoursResponseSchema>;

/** `POST /api/calendar/import`: a year's schedule as an .xlsx file in base64; `dryRun` only checks it. */
export const ImportCalendarRequestSchema = z
  .object({
    year: z.number().int().min(CALENDAR_YEAR_MIN, yearMessage).max(CALENDAR_YEAR_MAX, yearMessage),
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .regex(/\.xlsx$/i, 'Chỉ nhận tệp .xlsx / only .xlsx files'),
    contentBase64: z
      .string()
      .min(1, 'Tệp rỗng / empty file')
      .max(MAX_IMPORT_BASE64, 'Tệp quá lớn (tối đa khoảng 700 KB) / file too large (about 700 KB at most)')
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Nội dung không phải base64 / content is not base64'),
    dryRun: z.boolean().optional(),
    notice: z
      .object({
        ref: text(300, 'số hiệu văn bản', 'notice reference'),
        issuedOn: CalendarDateSchema.nullable().optional(),
        covers: text(500, 'nội dung văn bản', 'notice summary'),
      })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();
/** Import input. */
export type ImportCalendarRequest = z.infer<typeof ImportCalendarRequestSchema>;

/** One row read from the file. */
export const ImportRowSchema = z.object({
  row: z.number().int(),
  date: z.string(),
  kind: CalendarDayKindSchema,
  name: z.string(),
  nameEn: z.string().nullable(),
  legalRef: z.string(),
});
/** A problem on one row of the file (row numbers as Excel shows them). */
export const ImportErrorSchema = z.object({ row: z.number().int(), message: z.string() });
/** Import answer: rows read, problems found, and what was saved (nothing on a dry run). */
export const ImportCalendarResponseSchema = z.object({
  year: z.number().int(),
  dryRun: z.boolean(),
  rows: z.array(ImportRowSchema),
  errors: z.array(ImportErrorSchema),
  imported: z.number().int(),
  replaced: z.number().int(),
});
/** Import answer. */
export type ImportCalendarResponse = z.infer<typeof ImportCalendarResponseSchema>;

/** `GET /api/calendar/template.xlsx`: the year whose province-wide days prefill the template. */
export const TemplateQuerySchema = z.object({ year: CalendarYearSchema.optional() }).strict();
