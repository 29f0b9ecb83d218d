import type { i18n as I18n } from 'i18next';
import { RETIRED_AUDIT_ACTIONS } from '@contracts/audit-labels';

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

/** A timestamp as Vietnam time (UTC+7, no daylight saving): dd/MM/yyyy HH:mm:ss. */
export function formatVnDateTime(iso: string): string {
  const d = new Date(Date.parse(iso) + VN_OFFSET_MS);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function lookup(i18n: I18n, group: string, key: string): string | undefined {
  // Action codes hold dots, which i18next reads as nesting: take the group's table and read the code in it.
  for (const lng of [i18n.language, 'vi']) {
    const table: unknown = i18n.getResource(lng, 'audit', group);
    const v: unknown =
      table && typeof table === 'object' && Object.hasOwn(table, key) ? (table as Record<string, unknown>)[key] : undefined;
    if (typeof v === 'string') return v;
  }
  return undefined;
}

/** The label of an action code (`user.grantRole` → "Cấp vai trò"; a retired code as its successor), or the code itself. */
export function actionLabel(i18n: I18n, action: string): string {
  return lookup(i18n, 'actions', action) ?? lookup(i18n, 'actions', RETIRED_AUDIT_ACTIONS[action] ?? '') ?? action;
}

/** True when the action code has a label. */
export function isKnownAction(i18n: I18n, action: string): boolean {
  return lookup(i18n, 'actions', action) !== undefined;
}

/** Every labelled action code, in the order of the strings. */
export function knownActions(i18n: I18n): string[] {
  const table: unknown = i18n.getResource('vi', 'audit', 'actions');
  return table && typeof table === 'object' ? Object.keys(table) : [];
}

/** The label of an entity type, or the type itself. */
export function entityTypeLabel(i18n: I18n, type: string): string {
  return lookup(i18n, 'entities', type) ?? type;
}

/** The label of a recorded field name, or the name itself. */
export function fieldLabel(i18n: I18n, field: string): string {
  return /^\d+$/.test(field) ? `#${Number(field) + 1}` : (lookup(i18n, 'fields', field) ?? field);
}
