import type { FormRule } from 'antd';
import type { z } from 'zod';
import { localizeMessage } from './api';

// A form checks a field with the contract's own schema, so the browser accepts exactly what the server will: no
// regular expression or limit is copied into web/. Contract messages are bilingual ('Tiếng Việt / English').

// Blank text is empty too: the forms send a blank optional field as absent, which the server accepts.
const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * Why the value fails the schema, in the reader's language: `message` when given (the form's own i18n text), else the
 * reader's half of the contract's first message. Null when the value passes, and for an empty value: whether a field
 * must be filled is a `required` rule of its own, as in antd.
 */
export function contractFieldError(schema: z.ZodType, value: unknown, lang: string, message?: string): string | null {
  if (isEmpty(value)) return null;
  const parsed = schema.safeParse(value);
  if (parsed.success) return null;
  return message ?? localizeMessage(parsed.error.issues[0]?.message ?? '', lang);
}

/** An antd Form rule that checks the field's value with a contract schema (see contractFieldError). */
export function contractRule(schema: z.ZodType, lang: string, message?: string): FormRule {
  return {
    validator: (_rule, value: unknown) => {
      const error = contractFieldError(schema, value, lang, message);
      return error === null ? Promise.resolve() : Promise.reject(new Error(error));
    },
  };
}
