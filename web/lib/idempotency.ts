import { ApiError } from './api';

// Safe retries (issue #16 point 7): an intake or an online submission carries an Idempotency-Key, so that sending it
// again after a dropped connection answers the dossier of the first try instead of making a second one.

/** One key per submission of a form: the same body sent again (a retry) reuses it; another body or a reset gets a new one. */
export function idempotencyKeys(newKey: () => string = () => crypto.randomUUID()) {
  let last: { body: string; key: string } | null = null;
  return {
    /** The key for sending this body. */
    keyFor(body: unknown): string {
      const text = JSON.stringify(body);
      if (last?.body !== text) last = { body: text, key: newKey() };
      return last.key;
    },
    /** Forgets the key once the answer arrived: the next submission is a new one. */
    reset(): void {
      last = null;
    },
  };
}

/** Retries a submission twice when the connection failed (no answer came back), never after an answer from the server. */
export const retryWithoutAnswer = (failures: number, error: unknown): boolean => failures < 2 && !(error instanceof ApiError);
