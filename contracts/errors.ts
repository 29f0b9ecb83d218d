import { z } from 'zod';

/** Stable error codes; the server maps each to one HTTP status. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'CSRF_INVALID',
  'RATE_LIMITED',
  'ACCOUNT_LOCKED',
  'INVALID_CREDENTIALS',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'INTERNAL',
] as const;

/** One of the stable error codes. */
export type ErrorCode = (typeof ERROR_CODES)[number] | `${Uppercase<string>}_${Uppercase<string>}`;

/** One field problem: where and what. */
export const IssueSchema = z.object({ path: z.string(), message: z.string(), code: z.string().optional() });

/** Every failure response: `{ error: { code, message, issues } }`. */
export const ErrorResponseSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), issues: z.array(IssueSchema) }),
});
/** Shape of an error response body. */
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
