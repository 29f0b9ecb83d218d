import type { Role } from '@core/access/roles';
import { ROLE_LABELS } from '@contracts/users';

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

/** A timestamp as Vietnam time (UTC+7, no daylight saving): dd/MM/yyyy HH:mm. */
export function formatVnDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(Date.parse(iso) + VN_OFFSET_MS);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** A timestamp's Vietnam calendar day: dd/MM/yyyy. */
export function formatVnDate(iso: string | null | undefined): string {
  return formatVnDateTime(iso).slice(0, 10);
}

/** A role's display name in the current language. */
export function roleLabel(role: Role, lang: string): string {
  return ROLE_LABELS[role][lang === 'en' ? 'en' : 'vi'];
}

/** What an account's state is: deactivated, locked by failed sign-ins, or active. */
export type AccountStatus = 'active' | 'locked' | 'inactive';

/** The account's state for the status tag. */
export function accountStatus(u: { isActive: boolean; lockedUntil: string | null }): AccountStatus {
  if (!u.isActive) return 'inactive';
  return u.lockedUntil ? 'locked' : 'active';
}
