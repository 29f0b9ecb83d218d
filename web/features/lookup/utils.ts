import { vnMoment } from '@core/dossier-forms/format';
import { DOSSIER_CODE_RE } from '@contracts/lookup';

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

/** Index of the current progress step (received, processing, done, returned), or null when the dossier ended otherwise. */
export function progressStep(status: string): number | null {
  switch (status) {
    case 'submitted':
    case 'received':
      return 0;
    case 'processing':
    case 'supplement_requested':
    case 'awaiting_payment':
      return 1;
    case 'done':
      return 2;
    case 'returned':
      return 3;
    default:
      return null;
  }
}

/** True for a code the server would accept (same rule as contracts/lookup). */
export const isDossierCode = (s: string) => DOSSIER_CODE_RE.test(s);
