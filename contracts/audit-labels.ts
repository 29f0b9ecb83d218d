import { COUNTER_OUTCOME_LABELS, type CounterOutcomeKind, type DossierAction } from '@core/dossier';

/** A Vietnamese label with its English counterpart. */
type Words = { vi: string; en: string };

// The dossier actions carry the names the dossier's history shows (web/features/dossiers/locales.ts `event`);
// web/features/audit/utils/labels.test.ts holds the two lists to the same words.
const DOSSIER_ACTION_LABELS = {
  receive: { vi: 'Tiếp nhận tại quầy', en: 'Received at the counter' },
  submit: { vi: 'Nộp trực tuyến', en: 'Submitted online' },
  accept: { vi: 'Tiếp nhận', en: 'Accepted' },
  refuse: { vi: 'Từ chối tiếp nhận', en: 'Refused' },
  request_completion: { vi: 'Yêu cầu bổ sung, hoàn thiện (mẫu 02)', en: 'Sent back for completion (form 02)' },
  complete_submission: { vi: 'Người nộp bổ sung, hoàn thiện', en: 'Completed by the applicant' },
  start: { vi: 'Bắt đầu xử lý', en: 'Processing started' },
  forward: { vi: 'Chuyển bước', en: 'Forwarded' },
  request_supplement: { vi: 'Yêu cầu bổ sung', en: 'Supplement requested' },
  resubmit: { vi: 'Nộp bổ sung', en: 'Supplement received' },
  request_payment: { vi: 'Yêu cầu nộp phí', en: 'Payment requested' },
  confirm_payment: { vi: 'Đã nộp phí', en: 'Payment confirmed' },
  withdraw: { vi: 'Rút hồ sơ', en: 'Withdrawn' },
  stop: { vi: 'Dừng xử lý', en: 'Stopped' },
  issue_apology: { vi: 'Xin lỗi, hẹn lại', en: 'Apology and new date' },
  finish: { vi: 'Hoàn thành', en: 'Finished' },
  refuse_after_review: { vi: 'Từ chối giải quyết', en: 'Refused after review' },
  return_result: { vi: 'Trả kết quả', en: 'Result returned' },
  reassign: { vi: 'Giao lại', en: 'Reassigned' },
  send_back: { vi: 'Trả lại bước trước', en: 'Sent back' },
} as const satisfies Record<DossierAction | 'receive' | 'submit' | 'complete_submission', Words>;

const OTHER_ACTION_LABELS = {
  'user.create': { vi: 'Tạo người dùng', en: 'Create user' },
  'user.update': { vi: 'Sửa người dùng', en: 'Edit user' },
  'user.grantRole': { vi: 'Cấp vai trò', en: 'Grant role' },
  'user.revokeRole': { vi: 'Thu hồi vai trò', en: 'Revoke role' },
  'user.changePassword': { vi: 'Đổi mật khẩu', en: 'Change password' },
  'user.locked': { vi: 'Khóa tài khoản do đăng nhập sai', en: 'Account locked after failed sign-ins' },
  'session.login': { vi: 'Đăng nhập', en: 'Sign in' },
  'session.logout': { vi: 'Đăng xuất', en: 'Sign out' },
  'unit.create': { vi: 'Tạo đơn vị', en: 'Create unit' },
  'unit.update': { vi: 'Sửa đơn vị', en: 'Edit unit' },
  'unit.close': { vi: 'Đóng đơn vị', en: 'Close unit' },
  'calendar.day.create': { vi: 'Thêm ngày nghỉ, làm bù', en: 'Add holiday or make-up day' },
  'calendar.day.update': { vi: 'Sửa ngày nghỉ, làm bù', en: 'Edit holiday or make-up day' },
  'calendar.day.confirm': { vi: 'Xác nhận ngày nghỉ', en: 'Confirm holiday' },
  'calendar.day.delete': { vi: 'Xóa ngày nghỉ, làm bù', en: 'Delete holiday or make-up day' },
  'calendar.year.propose': { vi: 'Đề xuất lịch năm', en: 'Propose year calendar' },
  'calendar.year.confirm': { vi: 'Xác nhận lịch năm', en: 'Confirm year calendar' },
  'calendar.year.import': { vi: 'Nhập lịch năm từ tệp', en: 'Import year calendar from a file' },
  'calendar.office_hours.update': { vi: 'Sửa giờ làm việc', en: 'Change office hours' },
  'target.create': { vi: 'Thêm phiên bản chỉ tiêu', en: 'Add target version' },
  'target.update': { vi: 'Sửa phiên bản chỉ tiêu', en: 'Edit target version' },
  'target.delete': { vi: 'Xóa phiên bản chỉ tiêu', en: 'Delete target version' },
  'procedure.create': { vi: 'Thêm thủ tục hành chính', en: 'Add procedure' },
  'procedure.update': { vi: 'Sửa thủ tục hành chính', en: 'Edit procedure' },
  'procedure.replace': { vi: 'Thay thế thủ tục hành chính', en: 'Replace procedure' },
  'report.lock': { vi: 'Chốt số liệu kỳ báo cáo', en: 'Lock a reporting period' },
  'report.lock.note': { vi: 'Sửa ghi chú kỳ đã chốt', en: 'Edit the note of a locked period' },
  'dossier.file.upload': { vi: 'Thêm tệp vào hồ sơ', en: 'Add a file to the dossier' },
  'database.backup': { vi: 'Sao lưu cơ sở dữ liệu', en: 'Database backup' },
} as const satisfies Record<string, Words>;

/** Every action code the app writes to the audit log. */
export type AuditAction =
  keyof typeof OTHER_ACTION_LABELS | `dossier.${keyof typeof DOSSIER_ACTION_LABELS}` | `counter_outcome.${CounterOutcomeKind}`;

const prefixed = <K extends string>(prefix: string, table: Record<K, Words>) =>
  Object.fromEntries(Object.entries<Words>(table).map(([k, v]) => [`${prefix}.${k}`, v]));

/** The words of every audit action code (the audit page shows them and the log is searched by them). */
export const AUDIT_ACTION_LABELS = {
  ...OTHER_ACTION_LABELS,
  ...prefixed('dossier', DOSSIER_ACTION_LABELS),
  ...prefixed('counter_outcome', COUNTER_OUTCOME_LABELS),
} as Record<AuditAction, Words>;

/**
 * Codes older entries carry that the app no longer writes (scripts/admin-create.ts before issue #15), each read as the
 * code it became: the log keeps them as written and shows and finds them by the same words.
 */
export const RETIRED_AUDIT_ACTIONS: Readonly<Record<string, AuditAction>> = {
  'unit.created': 'unit.create',
  'user.created': 'user.create',
  'role.granted': 'user.grantRole',
};

/** The words of every kind of object the audit log records. */
export const AUDIT_ENTITY_LABELS = {
  user: { vi: 'Người dùng', en: 'User' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  dossier: { vi: 'Hồ sơ', en: 'Dossier' },
  procedure: { vi: 'Thủ tục hành chính', en: 'Procedure' },
  counter_outcome: { vi: 'Phiếu tại quầy', en: 'Counter slip' },
  report_lock: { vi: 'Kỳ báo cáo đã chốt', en: 'Locked reporting period' },
  calendar_day: { vi: 'Ngày trong lịch', en: 'Calendar day' },
  calendar_year: { vi: 'Lịch năm', en: 'Year calendar' },
  calendar_office_hours: { vi: 'Giờ làm việc', en: 'Office hours' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  database: { vi: 'Cơ sở dữ liệu', en: 'Database' },
  // Written by scripts/admin-create.ts before issue #15; a grant is now recorded on its user.
  role_grant: { vi: 'Vai trò được cấp', en: 'Role grant' },
} as const satisfies Record<string, Words>;

/** A kind of object the audit log records. */
export type AuditEntityType = keyof typeof AUDIT_ENTITY_LABELS;

/** Whether a string is a labelled action code. */
export function isAuditAction(code: string): code is AuditAction {
  return Object.hasOwn(AUDIT_ACTION_LABELS, code);
}
