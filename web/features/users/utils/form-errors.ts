import type { FormInstance } from 'antd';
import { ApiError } from '@web/lib/api';

/**
 * Puts each server issue on its form field: `body.username` → `username`; `rename` maps other paths
 * (e.g. `body.grants.0.role` → `initialRole`). Issues on fields the form lacks stay in the ErrorAlert.
 */
export function applyServerIssues(
  form: FormInstance,
  error: unknown,
  fields: readonly string[],
  rename: Record<string, string> = {},
): void {
  if (!(error instanceof ApiError)) return;
  const byField = new Map<string, string[]>();
  for (const issue of error.issues) {
    const path = issue.path.replace(/^body\./, '');
    const name = rename[path] ?? path;
    if (!fields.includes(name)) continue;
    byField.set(name, [...(byField.get(name) ?? []), issue.message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
}
