import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ERRORS, errorMessage, errorStatus, errorText, isErrorCode } from './errors';

describe('the error table', () => {
  it.each(ERROR_CODES.map((c) => [c]))('%s has a status, and a message in Vietnamese and in English', (code) => {
    const [status, vi, en] = ERRORS[code];
    expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
    expect([400, 401, 403, 404, 409, 413, 415, 423, 429, 500]).toContain(status);
    expect(vi.trim().length).toBeGreaterThan(3);
    expect(en.trim().length).toBeGreaterThan(3);
    // The two halves are joined with ' / ', so neither may contain it.
    expect(vi).not.toContain(' / ');
    expect(en).not.toContain(' / ');
  });

  it.each([
    ['NOT_FOUND', 404],
    ['UNIT_NOT_FOUND', 404],
    ['DOSSIER_VERSION_CONFLICT', 409],
    ['USER_USERNAME_EXISTS', 409],
    ['ACCOUNT_LOCKED', 423],
    ['DOSSIER_CLOSED', 400],
  ] as const)('%s answers %i', (code, status) => expect(errorStatus(code)).toBe(status));

  it('writes messages the way the API does and reads them per language', () => {
    expect(errorMessage('UNAUTHENTICATED')).toBe('Bạn cần đăng nhập / sign-in required');
    expect(errorText('UNAUTHENTICATED', 'vi')).toBe('Bạn cần đăng nhập');
    expect(errorText('UNAUTHENTICATED', 'en')).toBe('Sign-in required');
  });

  it('knows its own codes only', () => {
    expect(isErrorCode('FORBIDDEN')).toBe(true);
    expect(isErrorCode('forbidden')).toBe(false);
    expect(isErrorCode('toString')).toBe(false);
  });
});
