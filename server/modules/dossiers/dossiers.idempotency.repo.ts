import { preparedQuery, type Executor } from '../../infra/database';

/** The dossier an earlier request with the same Idempotency-Key created, with what its answer is made of. */
export type PriorRequest = {
  requestHash: string;
  dossierId: string;
  code: string;
  lookupKey: string;
  submittedAt: Date;
  completionToken: string | null;
};

// One round trip: expired keys go (this one whatever its age, up to 100 others per call, by the expires_at index), then
// the live row of this key is read with the dossier it created. $1 scope, $2 key, $3 now.
const priorQuery = preparedQuery<PriorRequest>(`
  WITH sweep AS (
    DELETE FROM idempotency_keys WHERE expires_at <= $3
      AND ((scope = $1 AND key = $2) OR (scope, key) IN (SELECT scope, key FROM idempotency_keys WHERE expires_at <= $3 LIMIT 100)))
  SELECT k.request_hash, d.id AS dossier_id, d.code, d.lookup_key, d.submitted_at, k.completion_token
  FROM idempotency_keys k JOIN dossiers d ON d.id = k.dossier_id
  WHERE k.scope = $1 AND k.key = $2 AND k.expires_at > $3`);

/** The live earlier request under a key, if any (expired keys are deleted on the way). */
export async function findPriorRequest(db: Executor, scope: string, key: string, now: Date): Promise<PriorRequest | undefined> {
  const row = (await priorQuery(db, [scope, key, now]))[0];
  return row ? { ...row, submittedAt: new Date(row.submittedAt) } : undefined;
}
