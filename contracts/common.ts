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

/**
 * The one rule every string the API takes obeys, whatever its field: no NUL character (`\u0000`, `%00`), which
 * PostgreSQL text cannot hold and C-string code cuts at. The server applies it to each request's path parameters,
 * query string and body before their schema (server/http/nul-guard.ts), so a new field or route is covered unasked.
 */
export const NUL_RULE = 'Không được chứa ký tự NUL (\\u0000) / must not contain a NUL character (\\u0000)';

const NUL = '\u0000';

/** The dotted paths ('applicant.name', 'documentIds.0') of every string, or object key, holding a NUL in a parsed value. */
export function nulPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.includes(NUL) ? [path] : [];
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return [];
  const join = (k: string | number) => (path ? `${path}.${k}` : String(k));
  if (Array.isArray(value)) return value.flatMap((v, i) => nulPaths(v, join(i)));
  return Object.entries(value).flatMap(([k, v]) => (k.includes(NUL) ? [join(k.split(NUL).join('\\u0000'))] : nulPaths(v, join(k))));
}
