import { DOSSIER_ACTION_LABELS, DOSSIER_STATUS_LABELS, type DossierAction, type DossierStatus } from '@core/dossier';

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

/** A timestamp as Vietnam time: dd/MM/yyyy HH:mm. */
export function vnDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(Date.parse(iso) + VN_OFFSET_MS);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

const lang = (l: string) => (l === 'en' ? 'en' : 'vi');

/** A status's display name. */
export const statusLabel = (s: DossierStatus, l: string) => DOSSIER_STATUS_LABELS[s][lang(l)];
/** An action's display name. */
export const actionLabel = (a: DossierAction, l: string) => DOSSIER_ACTION_LABELS[a][lang(l)];
