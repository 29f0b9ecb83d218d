import { z } from 'zod';
import { PERMISSIONS } from '@core/access/permissions';
import { isLocalDate } from '@core/calendar/local-date';

/** A UUID path or body parameter. */
export const UuidSchema = z.string().uuid();
/** `{ id }` path parameters. */
export const IdParamsSchema = z.object({ id: UuidSchema }).strict();
/** A real calendar date written 'YYYY-MM-DD': a malformed one and an impossible one (2025-02-30) get their own message. */
export const LocalDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Ngày phải có dạng YYYY-MM-DD / date must be YYYY-MM-DD', abort: true })
  .refine((s): boolean => isLocalDate(s), 'Ngày không tồn tại / no such date');
/** Permissions the caller has on one returned entity; the web app shows actions from these. */
export const AbilitiesSchema = z.array(z.enum(PERMISSIONS));
/** Paging query parameters. */
export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
/** A page of items with the total count. */
export const pageOf = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), total: z.number().int() });
