import type { Timeliness } from '../calendar/legal-clock';

/** Dossier statuses (DVCQG codes 1–10, reference.md §4.2). */
export const DOSSIER_STATUSES = [
  'submitted',
  'received',
  'not_received',
  'processing',
  'supplement_requested',
  'awaiting_payment',
  'withdrawn',
  'stopped',
  'done',
  'returned',
] as const;
/** One dossier status. */
export type DossierStatusName = (typeof DOSSIER_STATUSES)[number];

/** Public wording of each status, in Vietnamese and English (DVCQG labels, reference.md §4.2). */
export const STATUS_LABELS: Record<DossierStatusName, { vi: string; en: string }> = {
  submitted: { vi: 'Mới đăng ký', en: 'Submitted' },
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  not_received: { vi: 'Không được tiếp nhận', en: 'Not accepted' },
  processing: { vi: 'Đang xử lý', en: 'Being processed' },
  supplement_requested: { vi: 'Yêu cầu bổ sung hồ sơ', en: 'Supplement requested' },
  awaiting_payment: { vi: 'Chờ thực hiện nghĩa vụ tài chính', en: 'Awaiting payment' },
  withdrawn: { vi: 'Đã rút hồ sơ', en: 'Withdrawn' },
  stopped: { vi: 'Dừng xử lý', en: 'Processing stopped' },
  done: { vi: 'Đã có kết quả, chờ trả', en: 'Result ready' },
  returned: { vi: 'Đã trả kết quả', en: 'Result returned' },
};

/** Vietnamese status label; unknown values are shown as they are. */
export const statusLabelVi = (s: string): string => (STATUS_LABELS as Record<string, { vi: string }>)[s]?.vi ?? s;

/** Step and dossier timeliness labels (reference.md §4.4, control slip). */
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
