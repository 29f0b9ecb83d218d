import { errorMessage, errorStatus, type ErrorCode, type ErrorStatus } from '@contracts/errors';

/** One field problem reported back to the caller. */
export type Issue = { path: string; message: string; code?: string };

/** A domain or request error with a code of the error table (contracts/errors.ts); the error handler answers it. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: Issue[];
  readonly status: ErrorStatus;
  /** `message` ('Tiếng Việt / English') defaults to the table's message of the code. */
  constructor(code: ErrorCode, message: string = errorMessage(code), issues: Issue[] = []) {
    super(message);
    this.code = code;
    this.issues = issues;
    this.status = errorStatus(code);
  }
}

/** The error for an object the caller may not see or that does not exist (both answer the same 404). */
export const notFound = (what = 'Đối tượng') => new AppError('NOT_FOUND', `${what} không tồn tại hoặc bạn không có quyền xem / not found`);
