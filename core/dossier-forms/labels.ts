import type { Timeliness } from '../calendar/legal-clock';

import { DOSSIER_STATUS_LABELS, DOSSIER_STATUSES, type DossierStatus } from '../dossier/statuses';

// One wording of each status for clerks, forms and the public page: core/dossier's DVCQG labels.
export { DOSSIER_STATUSES };
/** One dossier status. */
export type DossierStatusName = DossierStatus;
/** Public wording of each status, in Vietnamese and English (DVCQG labels, docs/DOMAIN.md §4.1). */
export const STATUS_LABELS: Record<DossierStatusName, { vi: string; en: string }> = DOSSIER_STATUS_LABELS;

/** Vietnamese status label; unknown values are shown as they are. */
export const statusLabelVi = (s: string): string => (STATUS_LABELS as Record<string, { vi: string }>)[s]?.vi ?? s;

/** Step and dossier timeliness labels (docs/DOMAIN.md §3.5; control slip §4.4). */
export const TIMELINESS_LABELS: Record<Timeliness, { vi: string; en: string }> = {
  early: { vi: 'Trước hạn', en: 'Early' },
  on_time: { vi: 'Đúng hạn', en: 'On time' },
  late: { vi: 'Quá hạn', en: 'Late' },
};

/** How a submitted document must be presented. */
export const DOCUMENT_FORM_LABELS: Record<'original' | 'copy' | 'certified_copy' | 'original_or_copy', string> = {
  original: 'Bản chính',
  copy: 'Bản sao',
  certified_copy: 'Bản sao chứng thực',
  original_or_copy: 'Bản chính hoặc bản sao',
};
