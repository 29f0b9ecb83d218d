import type { z } from 'zod';
import { ErrorResponseSchema } from '@contracts/errors';

/** An API failure carrying the server's stable code and every field issue. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: Array<{ path: string; message: string }>;
  constructor(status: number, code: string, message: string, issues: Array<{ path: string; message: string }> = []) {
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
  opts: { body?: unknown; query?: Query; schema?: z.ZodType<T> } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
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

/** The ApiError of a failed answer: the server's `{error:{code,message,issues}}`, else a bare HTTP status. */
export function apiErrorOf(status: number, body: string): ApiError {
  let json: unknown;
  try {
    json = body ? JSON.parse(body) : undefined;
  } catch {
    json = undefined;
  }
  const parsed = ErrorResponseSchema.safeParse(json);
  return parsed.success
    ? new ApiError(status, parsed.data.error.code, parsed.data.error.message, parsed.data.error.issues)
    : new ApiError(status, 'INTERNAL', `HTTP ${status}`);
}
