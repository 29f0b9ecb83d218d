import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { idempotencyKeys, retryWithoutAnswer } from './idempotency';

describe('idempotency keys of form submissions', () => {
  it('reuses the key for the same body, takes a new one for another body or after a reset', () => {
    let n = 0;
    const keys = idempotencyKeys(() => `key-${++n}`);
    expect(keys.keyFor({ a: 1 })).toBe('key-1');
    expect(keys.keyFor({ a: 1 })).toBe('key-1'); // a retry
    expect(keys.keyFor({ a: 2 })).toBe('key-2'); // the form was changed
    keys.reset(); // answered
    expect(keys.keyFor({ a: 2 })).toBe('key-3');
  });

  it('makes keys the server accepts', () => {
    expect(idempotencyKeys().keyFor({})).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/);
  });

  it.each([
    [0, new TypeError('Failed to fetch'), true],
    [1, new TypeError('Failed to fetch'), true],
    [2, new TypeError('Failed to fetch'), false],
    [0, new ApiError(409, 'IDEMPOTENCY_KEY_REUSED', 'x'), false],
    [0, new ApiError(500, 'INTERNAL', 'x'), false],
  ])('after %i failures, %s → retry %s', (n, e, retry) => expect(retryWithoutAnswer(n, e)).toBe(retry));
});
