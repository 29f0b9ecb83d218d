/** One field problem reported back to the caller. */
export type Issue = { path: string; message: string; code?: string };

const STATUS: Record<string, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_INVALID: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** HTTP status for an error code; module codes fall back by suffix, then to 400. */
export function statusOf(code: string): number {
  const direct = STATUS[code];
  if (direct) return direct;
  if (code.endsWith('_NOT_FOUND')) return 404;
  if (code.endsWith('_CONFLICT') || code.endsWith('_EXISTS')) return 409;
  return 400;
}

/** A domain or request error with a stable code; the error handler turns it into `{error:{...}}`. */
export class AppError extends Error {
  readonly code: string;
  readonly issues: Issue[];
  readonly status: number;
  constructor(code: string, message: string, issues: Issue[] = []) {
    super(message);
    this.code = code;
    this.issues = issues;
    this.status = statusOf(code);
  }
}

/** The error for an object the caller may not see or that does not exist. */
export const notFound = (what = 'Đối tượng') => new AppError('NOT_FOUND', `${what} không tồn tại hoặc bạn không có quyền xem / not found`);
