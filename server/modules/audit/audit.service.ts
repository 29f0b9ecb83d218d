import type { Insertable } from 'kysely';
import type { AuditAction } from '@contracts/audit-labels';
import type { AuditLogTable } from '@db/types';
import type { Executor } from '../../infra/database';
import type { Actor } from '../../http';
import { insertAuditEntry } from './audit.repo';

/** One change to record: which entity, what it was and what it became. */
export type AuditChange = {
  /** A code with words in AUDIT_ACTION_LABELS: the audit page shows, and the log is searched by, those words. */
  action: AuditAction;
  entityType: string;
  entityId: string;
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
  /** The object's code or name; when absent the database derives it (migration 2026120930). */
  label?: string | null;
};

// Secrets never enter the audit log, even hashed.
const SECRET_KEYS = new Set(['passwordHash', 'password', 'csrfToken']);

function scrub(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (k, v: unknown) => (SECRET_KEYS.has(k) ? '[redacted]' : v));
}

/** The values of one audit row (its id and time are the database's). */
export type AuditValues = Required<Omit<Insertable<AuditLogTable>, 'id' | 'at'>>;

/** The audit row of one change, for a caller that writes it in the same statement as the change itself. */
export function auditValues(actor: Pick<Actor, 'userId' | 'username'> | null, change: AuditChange, requestId?: string): AuditValues {
  return {
    actorId: actor?.userId ?? null,
    actorUsername: actor?.username ?? null,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    unitId: change.unitId ?? null,
    before: scrub(change.before),
    after: scrub(change.after),
    requestId: requestId ?? null,
    entityLabel: change.label ?? null,
  };
}

/** Appends one entry to the audit log, inside the caller's transaction. */
export async function recordAudit(
  trx: Executor,
  actor: Pick<Actor, 'userId' | 'username'> | null,
  change: AuditChange,
  requestId?: string,
): Promise<void> {
  await insertAuditEntry(trx, auditValues(actor, change, requestId));
}
