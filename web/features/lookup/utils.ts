import { OPEN_STATUSES, isDossierStatus, normalizeLookupKey } from '@core/dossier';
import { vnMoment } from '@core/dossier-forms/format';

/** A moment for display at Vietnam time: "16 giờ 30 phút, ngày 25 tháng 11 năm 2026" or "25 Nov 2026, 16:30". */
export function formatMoment(iso: string | null, lang: string): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (lang !== 'en') return vnMoment(d);
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
}

/** The steps of the public progress bar: reception, handling, result ready, result returned. */
export const PROGRESS_STEPS = ['received', 'processing', 'done', 'returned'] as const;

/**
 * Index of the current progress step: an online submission waits at reception, every other open status (core's
 * OPEN_STATUSES) is being handled; null when the dossier ended without a result (or the status is unknown).
 */
export function progressStep(status: string): number | null {
  if (!isDossierStatus(status)) return null;
  if (status === 'submitted' || status === 'received') return 0;
  if (OPEN_STATUSES.includes(status)) return 1;
  if (status === 'done') return 2;
  if (status === 'returned') return 3;
  return null;
}

/** The lookup key in the address as stored (core's reading of what a citizen typed), or null when it cannot be a key. */
export const lookupKeyOf = (s: string) => normalizeLookupKey(s);
