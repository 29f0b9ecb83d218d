/** A typed outcome: either a value or an error code with details, never a throw. */
export type Result<T, E extends string = string> =
  { ok: true; value: T } | { ok: false; code: E; message?: string; details?: Record<string, unknown> };

/** Wraps a value as a successful Result. */
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

/** Builds a failed Result with a stable error code. */
export const err = <E extends string>(code: E, message?: string, details?: Record<string, unknown>): Result<never, E> => ({
  ok: false,
  code,
  ...(message === undefined ? {} : { message }),
  ...(details === undefined ? {} : { details }),
});

/** Marks a switch branch that must be unreachable; adding a union member becomes a compile error. */
export function assertNever(x: never): never {
  throw new Error(`Unexpected value: ${String(x)}`);
}
