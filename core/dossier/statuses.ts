// Dossier statuses aligned with the National Public Service Portal (DVCQG) sync codes 1–10 (docs/DOMAIN.md §4.1).

/** Every dossier status, in DVCQG code order. */
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

/** A dossier status (same values as the `dossiers.status` column). */
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** True when the string is a known status. */
export const isDossierStatus = (s: string): s is DossierStatus => (DOSSIER_STATUSES as readonly string[]).includes(s);

/** DVCQG status code of each status (docs/DOMAIN.md §4.1). */
export const DVCQG_STATUS_CODE = {
  submitted: 1,
  received: 2,
  not_received: 3,
  processing: 4,
  supplement_requested: 5,
  awaiting_payment: 6,
  withdrawn: 7,
  stopped: 8,
  done: 9,
  returned: 10,
} as const satisfies Record<DossierStatus, number>;

/** Display names of the statuses, Vietnamese (DVCQG wording) and English. */
export const DOSSIER_STATUS_LABELS = {
  // DVCQG words code 1 "Mới đăng ký"; the screens say what it waits for, as it is not received until accepted (issue #15 point 4).
  submitted: { vi: 'Chờ tiếp nhận', en: 'Awaiting acceptance' },
  received: { vi: 'Được tiếp nhận', en: 'Received' },
  not_received: { vi: 'Không được tiếp nhận', en: 'Not received' },
  processing: { vi: 'Đang xử lý', en: 'Processing' },
  supplement_requested: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested' },
  awaiting_payment: { vi: 'Chờ thực hiện nghĩa vụ tài chính', en: 'Awaiting payment' },
  withdrawn: { vi: 'Công dân rút hồ sơ', en: 'Withdrawn' },
  stopped: { vi: 'Dừng xử lý', en: 'Stopped' },
  done: { vi: 'Đã xử lý xong', en: 'Done' },
  returned: { vi: 'Đã trả kết quả', en: 'Result returned' },
} as const satisfies Record<DossierStatus, { vi: string; en: string }>;

/** Statuses after which nothing more can happen. */
export const TERMINAL_STATUSES: readonly DossierStatus[] = ['not_received', 'withdrawn', 'stopped', 'returned'];

/** Statuses in which the legal clock runs, so due-soon and overdue marks apply. */
export const CLOCK_RUNNING_STATUSES: readonly DossierStatus[] = ['received', 'processing', 'awaiting_payment'];

/** Statuses of a dossier still being handled (received, not finished, not ended). */
export const OPEN_STATUSES: readonly DossierStatus[] = ['received', 'processing', 'supplement_requested', 'awaiting_payment'];

// Decree 61/2018/NĐ-CP and Decree 118/2025/NĐ-CP (docs/DOMAIN.md §4.1): the one-stop unit receives (an online
// submission is accepted or refused), the handling units resolve, and the one-stop unit returns the result.
/** Statuses in which a dossier waits on the unit holding it: to accept, to handle (or paused there), to return. */
export const WAITING_STATUSES: readonly DossierStatus[] = [
  'submitted',
  'received',
  'processing',
  'supplement_requested',
  'awaiting_payment',
  'done',
];
