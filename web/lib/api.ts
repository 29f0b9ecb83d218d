import { z } from 'zod';
import { IssueSchema, isErrorCode, type ErrorCode } from '@contracts/errors';

/** An API failure carrying the server's code (a key of the error table in contracts/errors.ts) and every field issue. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly issues: Array<{ path: string; message: string }>;
  constructor(status: number, code: ErrorCode, message: string, issues: Array<{ path: string; message: string }> = []) {
    super(message);
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

function csrfToken(): string {
  const m = /(?:^|;\s*)cchc_csrf=([^;]+)/.exec(document.cookie);
  return m?.[1] ? decodeURIComponent(m[1]) : '';
}

/** Whether this browser may be signed in: the readable CSRF cookie lives exactly as long as the session cookie. */
export const mayBeSignedIn = (): boolean => csrfToken() !== '';

/** The half of a bilingual server message ('Tiếng Việt / English') in the current language. */
export function localizeMessage(message: string, lang: string): string {
  const i = message.indexOf(' / ');
  if (i < 0) return message;
  return lang === 'en' ? message.slice(i + 3) : message.slice(0, i);
}

/** Query parameters; undefined and empty values are left out. */
export type Query = Record<string, string | number | boolean | undefined | null>;

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

/** Calls the API; parses the answer with the contract schema when one is given. */
export async function api<T = unknown>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  opts: { body?: unknown; query?: Query; schema?: z.ZodType<T>; idempotencyKey?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (opts.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey;
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken();
  const res = await fetch(withQuery(path, opts.query), {
    method,
    headers,
    credentials: 'same-origin',
    ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
  });
  const text = await res.text();
  if (!res.ok) throw apiErrorOf(res.status, text);
  const json: unknown = text ? JSON.parse(text) : undefined;
  return opts.schema ? opts.schema.parse(json) : (json as T);
}

// Read leniently: an answer from a server of another version may carry a code this app does not know yet.
const WireErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), issues: z.array(IssueSchema) }) });

/** The ApiError of a failed answer: the server's `{error:{code,message,issues}}`, else a bare HTTP status. */
export function apiErrorOf(status: number, body: string): ApiError {
  let json: unknown;
  try {
    json = body ? JSON.parse(body) : undefined;
  } catch {
    json = undefined;
  }
  const parsed = WireErrorSchema.safeParse(json);
  if (!parsed.success) return new ApiError(status, 'INTERNAL', `HTTP ${status}`);
  const { code, message, issues } = parsed.data.error;
  return new ApiError(status, isErrorCode(code) ? code : 'INTERNAL', message, issues);
}

/** True when an error is the API's answer with the given code (codes of the error table only). */
export const isApiError = (error: unknown, code: ErrorCode): error is ApiError => error instanceof ApiError && error.code === code;
