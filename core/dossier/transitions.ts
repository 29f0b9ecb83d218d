import type { Permission } from '../access/permissions';
import { err, ok, type Result } from '../shared/result';
import { DOSSIER_STATUSES, type DossierStatus } from './statuses';

// Transitions of docs/DOMAIN.md §4.2, with the clock rules of §3.2–3.4 (NĐ 61/2018 + NĐ 107/2021).

/** Every action a person can take on a dossier. */
export const DOSSIER_ACTIONS = [
  'accept',
  'refuse',
  'request_completion',
  'start',
  'forward',
  'request_supplement',
  'resubmit',
  'request_payment',
  'confirm_payment',
  'withdraw',
  'stop',
  'issue_apology',
  'finish',
  'refuse_after_review',
  'return_result',
  'reassign',
  'send_back',
] as const;

/** An action on a dossier. */
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/** True when the string is a known action. */
export const isDossierAction = (s: string): s is DossierAction => (DOSSIER_ACTIONS as readonly string[]).includes(s);

/** One row of the transition table: from which statuses an action is allowed, and the status it leads to ('same' keeps it). */
export type Transition = { readonly from: readonly DossierStatus[]; readonly to: DossierStatus | 'same' };

const HANDLING: readonly DossierStatus[] = ['received', 'processing', 'supplement_requested', 'awaiting_payment'];

/** The transition table, as data. */
export const TRANSITIONS = {
  // Online submission: the one-stop unit accepts (receipt) or refuses (refusal slip) (docs/DOMAIN.md §4.3).
  accept: { from: ['submitted'], to: 'received' },
  refuse: { from: ['submitted'], to: 'not_received' },
  // An incomplete online submission is sent back with form 02 before acceptance: it stays submitted, the clock has not
  // started, and it is accepted only once the applicant has completed it (Decree 118/2025/NĐ-CP; Circular
  // 03/2025/TT-VPCP Annex I form 02 — articles not read here, docs/ONE-STOP.md "Counter outcomes").
  request_completion: { from: ['submitted'], to: 'same' },
  // The handler takes up a received dossier.
  start: { from: ['received'], to: 'processing' },
  // Liên thông: hand over to the next step of the route (control slip row, docs/DOMAIN.md §4.4).
  forward: { from: ['received', 'processing'], to: 'processing' },
  // Supplement pauses the clock (docs/DOMAIN.md §3.2).
  request_supplement: { from: ['received', 'processing'], to: 'supplement_requested' },
  resubmit: { from: ['supplement_requested'], to: 'processing' },
  request_payment: { from: ['processing'], to: 'awaiting_payment' },
  confirm_payment: { from: ['awaiting_payment'], to: 'processing' },
  withdraw: { from: ['submitted', ...HANDLING], to: 'withdrawn' },
  stop: { from: HANDLING, to: 'stopped' },
  // Apology letter with a new return date: the status is unchanged (docs/DOMAIN.md §3.4).
  issue_apology: { from: ['received', 'processing', 'awaiting_payment'], to: 'same' },
  finish: { from: ['processing'], to: 'done' },
  // A dossier found ineligible during handling ends with a written refusal (form 03), which is its result: it finishes
  // like any result (early / on time / late) and is returned (docs/DOMAIN.md §10.7).
  refuse_after_review: { from: ['processing'], to: 'done' },
  return_result: { from: ['done'], to: 'returned' },
  reassign: { from: HANDLING, to: 'same' },
  // A step finds the work of the previous one wanting and sends the dossier back to it with a reason, written on the
  // control slip's row (Circular 03/2025/TT-VPCP form 06, column "Ghi chú"); the legal clock keeps running.
  send_back: { from: ['processing'], to: 'same' },
} as const satisfies Record<DossierAction, Transition>;

/** The permission each action needs (core/access): clerks create, handlers process, unit heads approve. */
export const ACTION_PERMISSION = {
  accept: 'dossier.create',
  refuse: 'dossier.create',
  request_completion: 'dossier.create',
  start: 'dossier.process',
  forward: 'dossier.process',
  request_supplement: 'dossier.process',
  resubmit: 'dossier.process',
  request_payment: 'dossier.process',
  confirm_payment: 'dossier.process',
  withdraw: 'dossier.create',
  stop: 'dossier.approve',
  issue_apology: 'dossier.approve',
  finish: 'dossier.approve',
  refuse_after_review: 'dossier.approve',
  return_result: 'dossier.create',
  reassign: 'dossier.process',
  send_back: 'dossier.process',
} as const satisfies Record<DossierAction, Permission>;

/** Actions done at the one-stop counter: the receiving unit's grants also count, besides the current unit's. */
export const RECEPTION_ACTIONS: readonly DossierAction[] = [
  'accept',
  'refuse',
  'request_completion',
  'resubmit',
  'withdraw',
  'return_result',
];

/** Actions that must carry a note (the reason written on the slip). */
export const NOTE_REQUIRED: readonly DossierAction[] = [
  'refuse',
  'request_supplement',
  'withdraw',
  'stop',
  'issue_apology',
  'refuse_after_review',
  'reassign',
  'send_back',
];

/** Display names of the actions. */
export const DOSSIER_ACTION_LABELS = {
  accept: { vi: 'Tiếp nhận', en: 'Accept' },
  refuse: { vi: 'Từ chối tiếp nhận', en: 'Refuse' },
  request_completion: { vi: 'Yêu cầu bổ sung, hoàn thiện (mẫu 02)', en: 'Send back for completion (form 02)' },
  start: { vi: 'Bắt đầu xử lý', en: 'Start processing' },
  forward: { vi: 'Chuyển bước tiếp theo', en: 'Forward to next step' },
  request_supplement: { vi: 'Yêu cầu bổ sung', en: 'Request supplement' },
  resubmit: { vi: 'Nhận hồ sơ bổ sung', en: 'Record resubmission' },
  request_payment: { vi: 'Yêu cầu nộp phí, lệ phí', en: 'Request payment' },
  confirm_payment: { vi: 'Xác nhận đã nộp', en: 'Confirm payment' },
  withdraw: { vi: 'Rút hồ sơ', en: 'Withdraw' },
  stop: { vi: 'Dừng xử lý', en: 'Stop processing' },
  issue_apology: { vi: 'Xin lỗi và hẹn lại', en: 'Apologise and extend' },
  finish: { vi: 'Hoàn thành xử lý', en: 'Finish' },
  refuse_after_review: { vi: 'Từ chối giải quyết', en: 'Refuse after review' },
  return_result: { vi: 'Trả kết quả', en: 'Return result' },
  reassign: { vi: 'Giao lại người xử lý', en: 'Reassign' },
  send_back: { vi: 'Trả lại bước trước', en: 'Send back to the previous step' },
} as const satisfies Record<DossierAction, { vi: string; en: string }>;

/** Why a transition is refused. */
export type TransitionErrorCode = 'DOSSIER_INVALID_TRANSITION';

/** The status an action leads to from a status, or DOSSIER_INVALID_TRANSITION. */
export function nextStatus(status: DossierStatus, action: DossierAction): Result<DossierStatus, TransitionErrorCode> {
  const t: Transition = TRANSITIONS[action];
  if (!t.from.includes(status))
    return err('DOSSIER_INVALID_TRANSITION', `Action ${action} is not allowed in status ${status}`, { status, action });
  return ok(t.to === 'same' ? status : t.to);
}

/** The actions the state machine allows from a status. */
export function actionsFrom(status: DossierStatus): DossierAction[] {
  return DOSSIER_ACTIONS.filter((a) => (TRANSITIONS[a].from as readonly DossierStatus[]).includes(status));
}

/** Statuses reachable from a status in one step (for documentation and tests). */
export function successorsOf(status: DossierStatus): DossierStatus[] {
  return [...new Set(actionsFrom(status).map((a) => (TRANSITIONS[a].to === 'same' ? status : TRANSITIONS[a].to)))].sort(
    (a, b) => DOSSIER_STATUSES.indexOf(a) - DOSSIER_STATUSES.indexOf(b),
  );
}
