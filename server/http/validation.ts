import type { z } from 'zod';
import { ERRORS } from '@contracts/errors';
import { AppError, type Issue } from './errors';

// Every module reports bad input the same way: one issue per problem at the request part's path ('body.applicant.name',
// 'querystring.year'), and a top message that names each problem, so a caller (or a clerk reading an alert) sees why.

/** The Vietnamese and English halves of a 'Tiếng Việt / English' message (a one-language message serves both). */
export function halves(message: string): [vi: string, en: string] {
  const i = message.indexOf(' / ');
  return i < 0 ? [message, message] : [message.slice(0, i), message.slice(i + 3)];
}

/** Appends a detail to both halves of a 'Tiếng Việt / English' message (or to a one-language one). */
export function withDetail(message: string, detail: string): string {
  const i = message.indexOf(' / ');
  return i < 0 ? `${message}: ${detail}` : `${message.slice(0, i)}: ${detail} / ${message.slice(i + 3)}: ${detail}`;
}

/** What Fastify reports of one schema failure (ajv's and fastify-type-provider-zod's errors both have this shape). */
export type SchemaError = { instancePath: string; keyword: string; params?: unknown; message?: string };

/** The issues of a failed schema validation of one request part ('body', 'querystring', 'params', 'headers'). */
export function schemaIssues(errors: readonly SchemaError[], part: string): Issue[] {
  return errors.map((v) => {
    const sub = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const keys = (v.params as { keys?: string[] } | undefined)?.keys;
    const message = v.message ?? 'invalid';
    // zod names unknown keys in its message already; otherwise they go after each language's half.
    const detailed = keys?.length && !keys.every((k) => message.includes(k)) ? withDetail(message, keys.join(', ')) : message;
    return { path: sub ? `${part}.${sub}` : part, message: detailed, code: String(v.keyword) };
  });
}

/** The issues of a zod error met outside route validation (a parsed file row, a stored document), under `part`. */
export function zodIssues(error: z.ZodError, part: string): Issue[] {
  return error.issues.map((i) => ({ path: [part, ...i.path.map(String)].filter(Boolean).join('.'), message: i.message, code: i.code }));
}

const SHOWN = 5;

/** The 400 for bad input: every issue kept, the first few named in each language's half of the message. */
export function validationError(issues: readonly Issue[]): AppError {
  const [vi, en] = [1, 2].map((lang) => {
    const named = issues.slice(0, SHOWN).map((i) => {
      const field = i.path.replace(/^(body|querystring|query|params|headers)\.?/, '');
      const text = halves(i.message)[lang - 1] ?? i.message;
      return field && !text.includes(field) ? `${field}: ${text}` : text;
    });
    const more = issues.length > SHOWN ? '; …' : '';
    return `${ERRORS.VALIDATION_FAILED[lang]}${named.length ? `: ${named.join('; ')}${more}` : ''}`;
  });
  return new AppError('VALIDATION_FAILED', `${vi} / ${en}`, [...issues]);
}
