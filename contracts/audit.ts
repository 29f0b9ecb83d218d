import { z } from 'zod';
import { LocalDateSchema, PageQuerySchema, UuidSchema } from './common';
import { optionalParam } from './users';

/**
 * Query of `GET /api/audit`; `from`/`to` are Vietnam (UTC+7) calendar days, both inclusive; `q` finds every word, with or
 * without tone marks, in the object's code or name, its id, the actor, the action's or the object kind's words.
 */
export const AuditQuerySchema = PageQuerySchema.extend({
  q: optionalParam(z.string().trim().max(200)),
  actorId: optionalParam(UuidSchema),
  entityType: optionalParam(z.string().trim().max(50)),
  entityId: optionalParam(z.string().trim().max(100)),
  action: optionalParam(z.string().trim().max(100)),
  unitId: optionalParam(UuidSchema),
  from: optionalParam(LocalDateSchema),
  to: optionalParam(LocalDateSchema),
})
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'Ngày bắt đầu phải trước ngày kết thúc / from must not be after to',
    path: ['to'],
  });
/** Parsed audit query. */
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

/** One audit entry; `before`/`after` are the changed fields as JSON (secrets shown as "[redacted]"). */
export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  /** The actor's full name, when the account still exists. */
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  /** The object's code or name when the entry was written (dossier code, unit name…), null when unknown. */
  entityLabel: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  /** Names of the objects the before/after refer to by id (unit, staff, procedure, dossier code, file), by id. */
  names: z.record(z.string(), z.string()).default({}),
});
/** An audit entry as listed. */
export type AuditEntryView = z.infer<typeof AuditEntrySchema>;

/** A page of audit entries, newest first. */
export const AuditListResponseSchema = z.object({ items: z.array(AuditEntrySchema), total: z.number().int() });
/** Answer of `GET /api/audit`. */
export type AuditListResponse = z.infer<typeof AuditListResponseSchema>;

/** Answer of `GET /api/audit/entity-types`. */
export const AuditEntityTypesResponseSchema = z.object({ items: z.array(z.string()) });
