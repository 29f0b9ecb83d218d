import { ApiError, localizeMessage } from '@web/lib/api';

/** Field errors for `form.setFields` from an API error's issues whose path is `body.<field>` (or `body.<field>.<n>`). */
export function fieldErrorsOf<F extends string>(error: unknown, fields: readonly F[], lang: string): Array<{ name: F; errors: string[] }> {
  if (!(error instanceof ApiError)) return [];
  const byField = new Map<F, string[]>();
  const isField = (s: string | undefined): s is F => s !== undefined && (fields as readonly string[]).includes(s);
  for (const issue of error.issues) {
    const field = /^body\.([A-Za-z]+)/.exec(issue.path)?.[1];
    if (!isField(field)) continue;
    byField.set(field, [...(byField.get(field) ?? []), localizeMessage(issue.message, lang)]);
  }
  return [...byField].map(([name, errors]) => ({ name, errors: [...new Set(errors)] }));
}
