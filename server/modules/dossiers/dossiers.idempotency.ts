import { createHash } from 'node:crypto';
import { IDEMPOTENCY_KEY_HEADER, IdempotencyKeySchema } from '@contracts/dossiers';
import { AppError, validationError, type Deps } from '../../http';
import { findPriorRequest, type PriorRequest } from './dossiers.idempotency.repo';
import type { KeyValues } from './dossiers.intake.repo';

// Safe retries (issue #16 point 7): counter intake and online submission take an Idempotency-Key header. The key, the
// route and actor (scope) and a hash of the body are stored with the dossier in the intake statement; a retry with the
// same key and body is answered with that dossier, the same key with another body is refused (409), and keys live 24 h.

/** How long a key answers with its dossier. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** A request's key as it will be stored, or null when the request carried none. */
export type Idempotency = { scope: string; key: string; requestHash: string; now: Date };

// Keys in sorted order so that the same body serialised in another key order hashes the same.
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The request's Idempotency-Key under a scope with the hash of its body; null without the header; 400 when malformed. */
export function idempotencyOf(header: string | string[] | undefined, scope: string, body: unknown, now: Date): Idempotency | null {
  if (header === undefined) return null;
  const parsed = IdempotencyKeySchema.safeParse(Array.isArray(header) ? header.join(',') : header);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'malformed';
    throw validationError([{ path: `headers.${IDEMPOTENCY_KEY_HEADER}`, message, code: 'VALIDATION_FAILED' }]);
  }
  return { scope, key: parsed.data, requestHash: createHash('sha256').update(canonical(body)).digest('hex'), now };
}

/** The key's row for the intake statement. */
export function keyValues(i: Idempotency | null, dossierId: string, completionToken: string | null = null): KeyValues | null {
  if (!i) return null;
  const expiresAt = new Date(i.now.getTime() + IDEMPOTENCY_TTL_MS);
  return { scope: i.scope, key: i.key, requestHash: i.requestHash, dossierId, createdAt: i.now, expiresAt, completionToken };
}

/** The dossier an earlier request with this key created (null: none, or expired); 409 when that request had another body. */
export async function priorRequest(deps: Deps, i: Idempotency | null): Promise<PriorRequest | null> {
  if (!i) return null;
  const prior = await findPriorRequest(deps.db, i.scope, i.key, i.now);
  if (!prior) return null;
  if (prior.requestHash !== i.requestHash) {
    throw new AppError(
      'IDEMPOTENCY_KEY_REUSED',
      'Idempotency-Key này đã dùng cho một yêu cầu có nội dung khác / this Idempotency-Key was used for a request with another body',
      [{ path: `headers.${IDEMPOTENCY_KEY_HEADER}`, message: 'reused with another body', code: 'IDEMPOTENCY_KEY_REUSED' }],
    );
  }
  return prior;
}

/** True when a write failed because a concurrent request with the same key stored its dossier first. */
export function isKeyTaken(e: unknown): boolean {
  const err = e as { code?: unknown; constraint?: unknown } | null;
  return err?.code === '23505' && err.constraint === 'idempotency_keys_pkey';
}
