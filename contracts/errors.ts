import { z } from 'zod';

/** An HTTP status an API error answers with. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 423 | 429 | 500;

/** One row of the error table: the HTTP status, then the default message in Vietnamese and in English. */
export type ErrorDefinition = readonly [status: ErrorStatus, vi: string, en: string];

// The one table of error codes. The server builds every error from it (server/http/errors.ts: a code that is not a key
// here does not compile), the OpenAPI document lists its codes, and the web app branches on the same keys. A call site
// may give a more precise message (with the names or dates it is about); the row's message is the default.
// An object that does not exist and one the caller may not see answer the same 404, so ids leak nothing.
// prettier-ignore
const TABLE = {
  // Every module
  VALIDATION_FAILED: [400, 'Dữ liệu không hợp lệ', 'invalid input'],
  UNAUTHENTICATED: [401, 'Bạn cần đăng nhập', 'sign-in required'],
  INVALID_CREDENTIALS: [401, 'Tên đăng nhập hoặc mật khẩu không đúng', 'wrong username or password'],
  FORBIDDEN: [403, 'Bạn không có quyền thực hiện thao tác này', 'permission denied'],
  CSRF_INVALID: [403, 'Mã chống giả mạo (CSRF) không hợp lệ, hãy tải lại trang', 'invalid CSRF token'],
  NOT_FOUND: [404, 'Đối tượng không tồn tại hoặc bạn không có quyền xem', 'not found'],
  CONFLICT: [409, 'Dữ liệu đã tồn tại', 'already exists'],
  PAYLOAD_TOO_LARGE: [413, 'Dữ liệu gửi lên quá lớn', 'request body too large'],
  UNSUPPORTED_MEDIA_TYPE: [415, 'Chỉ nhận application/json', 'only application/json is accepted'],
  ACCOUNT_LOCKED: [423, 'Tài khoản tạm khóa do đăng nhập sai nhiều lần', 'account locked'],
  RATE_LIMITED: [429, 'Quá nhiều yêu cầu, vui lòng thử lại sau', 'too many requests'],
  INTERNAL: [500, 'Lỗi hệ thống, vui lòng thử lại', 'internal error'],
  // Units
  UNIT_NOT_FOUND: [404, 'Đơn vị không tồn tại hoặc ngoài phạm vi của bạn', 'unit not found or out of scope'],
  UNIT_PARENT_NOT_FOUND: [404, 'Đơn vị cấp trên không tồn tại hoặc bạn không có quyền', 'parent unit not found'],
  UNIT_SUCCESSOR_NOT_FOUND: [404, 'Đơn vị kế thừa không tồn tại hoặc bạn không có quyền xem', 'successor not found'],
  UNIT_CODE_EXISTS: [409, 'Mã đơn vị đang được dùng cho đơn vị khác trong cùng thời gian', 'code already used by another unit in effect'],
  UNIT_ALREADY_CLOSED: [400, 'Đơn vị đã hết hiệu lực', 'unit already closed'],
  UNIT_HAS_OPEN_CHILDREN: [400, 'Còn đơn vị cấp dưới đang hoạt động; hãy giải thể hoặc chuyển chúng trước', 'close or move the open children first'],
  UNIT_PARENT_CLOSED: [400, 'Đơn vị cấp trên đã giải thể', 'the parent unit is closed'],
  UNIT_PARENT_CYCLE: [400, 'Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó', 'cannot move a unit under itself or its descendant'],
  UNIT_PARENT_KIND_INVALID: [400, 'Loại đơn vị này không thể trực thuộc đơn vị cấp trên đã chọn', 'this kind of unit cannot sit under that parent'],
  UNIT_SUCCESSOR_INVALID: [400, 'Đơn vị kế thừa không hợp lệ', 'invalid successor'],
  // Users and role grants
  USER_USERNAME_EXISTS: [409, 'Tên đăng nhập đã được dùng', 'username already taken'],
  USER_WRONG_PASSWORD: [400, 'Mật khẩu hiện tại không đúng', 'current password is wrong'],
  USER_PASSWORD_UNCHANGED: [400, 'Mật khẩu mới phải khác mật khẩu hiện tại', 'the new password must differ from the current one'],
  USER_SELF_DEACTIVATE: [400, 'Không thể tự khóa tài khoản của chính mình', 'you cannot deactivate yourself'],
  USER_SELF_PASSWORD_RESET: [400, 'Hãy đổi mật khẩu của chính mình tại trang cá nhân (cần mật khẩu hiện tại)', 'change your own password with your current password'],
  GRANT_NOT_FOUND: [404, 'Vai trò được trao không tồn tại hoặc ngoài phạm vi của bạn', 'grant not found'],
  GRANT_EXISTS: [409, 'Người dùng đã có vai trò này trên đơn vị này', 'the user already holds this role on this unit'],
  // Working calendar
  CALENDAR_UNIT_NOT_FOUND: [404, 'Đơn vị không tồn tại hoặc bạn không có quyền xem lịch của đơn vị này', 'unit not found'],
  CALENDAR_DAY_NOT_FOUND: [404, 'Ngày trong lịch không tồn tại hoặc bạn không có quyền xem', 'calendar entry not found'],
  CALENDAR_DAY_EXISTS: [409, 'Ngày này đã có trong lịch', 'the date already has an entry'],
  CALENDAR_YEAR_EXISTS: [409, 'Năm này đã có lịch nghỉ; hãy sửa từng ngày hoặc nhập lại từ Excel', 'the year already has entries'],
  CALENDAR_KIND_SCOPE: [400, 'Không đổi được giữa ngày nghỉ riêng của đơn vị và ngày nghỉ chung; hãy xóa rồi thêm mới', 'a local closure cannot become a province-wide entry or back; delete and add instead'],
  CALENDAR_MAKEUP_ON_WEEKDAY: [400, 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật', 'a make-up working day must be a Saturday or Sunday'],
  CALENDAR_OFFICE_HOURS_INVALID: [400, 'Giờ làm việc không hợp lệ: mỗi buổi phải có giờ bắt đầu trước giờ kết thúc, theo thứ tự, không chồng nhau', 'invalid office hours'],
  CALENDAR_OUT_OF_RANGE: [400, 'Kết quả vượt ngoài phạm vi lịch làm việc (2000–2099)', 'the result falls outside the working calendar (2000–2099)'],
  CALENDAR_IMPORT_UNREADABLE: [400, 'Không đọc được tệp Excel (.xlsx)', 'the file is not a readable .xlsx workbook'],
  CALENDAR_IMPORT_INVALID: [400, 'Tệp có dòng lỗi, chưa lưu ngày nào', 'the file has bad rows, nothing was saved'],
  // Procedure catalogue
  PROCEDURE_NOT_FOUND: [404, 'Thủ tục hành chính không tồn tại', 'procedure not found'],
  PROCEDURE_UNIT_NOT_FOUND: [404, 'Đơn vị không tồn tại hoặc bạn không có quyền', 'unit not found'],
  PROCEDURE_CODE_EXISTS: [409, 'Mã thủ tục đã có hiệu lực trong cùng thời gian', 'code already in effect in the same period'],
  PROCEDURE_NOT_IN_EFFECT: [400, 'Thủ tục không còn hoặc chưa có hiệu lực', 'procedure not in effect'],
  PROCEDURE_NOT_ONLINE: [400, 'Thủ tục này không tiếp nhận trực tuyến', 'this procedure is not offered online'],
  PROCEDURE_ALREADY_CLOSED: [400, 'Thủ tục đã hết hiệu lực hoặc đã được thay thế', 'the procedure already ended'],
  PROCEDURE_IN_USE: [400, 'Giấy tờ của thủ tục đã được dùng trong hồ sơ; hãy tạo phiên bản mới (Thay thế)', 'documents are used by dossiers; replace the procedure instead'],
  EXCEL_TOO_LARGE: [413, 'Tệp Excel vượt giới hạn cho phép', 'the Excel file exceeds a limit'],
  EXCEL_BUSY: [429, 'Máy chủ đang đọc nhiều tệp Excel, vui lòng thử lại sau ít phút', 'the server is reading as many Excel files as it may, try again in a few minutes'],
  PROCEDURE_IMPORT_UNREADABLE: [400, 'Không đọc được tệp Excel (.xlsx)', 'the file is not a readable .xlsx workbook'],
  PROCEDURE_IMPORT_INVALID: [400, 'Tệp có dòng lỗi, chưa lưu thủ tục nào', 'the file has bad rows, nothing was saved'],
  // One-stop dossiers
  DOSSIER_VERSION_CONFLICT: [409, 'Hồ sơ vừa được người khác cập nhật, hãy tải lại', 'the dossier was changed by someone else, reload it'],
  IDEMPOTENCY_KEY_REUSED: [409, 'Mã chống gửi trùng (Idempotency-Key) đã dùng cho một yêu cầu có nội dung khác', 'this Idempotency-Key was used for a request with another body'],
  DOSSIER_CODE_MALFORMED: [400, 'Mã hồ sơ không đúng định dạng', 'malformed dossier code'],
  DOSSIER_DOCUMENTS_MISSING: [400, 'Hồ sơ chưa đầy đủ', 'the dossier is incomplete'],
  DOSSIER_DOCUMENT_UNKNOWN: [400, 'Có giấy tờ không thuộc thành phần hồ sơ của thủ tục', 'a document is not in the procedure list'],
  DOSSIER_RECEIVING_UNIT_INVALID: [400, 'Đơn vị này không phải nơi tiếp nhận hồ sơ', 'this unit does not receive dossiers'],
  DOSSIER_HANDLING_COMMUNE_REQUIRED: [400, 'Thủ tục cấp xã tiếp nhận ngoài địa bàn xã: cần chọn xã, phường, đặc khu giải quyết hồ sơ', 'a commune-level procedure received outside any commune needs the commune that will handle it'],
  DOSSIER_HANDLING_COMMUNE_INVALID: [400, 'Đơn vị giải quyết phải là xã, phường, đặc khu đang hoạt động trong tỉnh', 'the handling commune must be a commune, ward or special zone in effect in the province'],
  DOSSIER_HANDLING_COMMUNE_NOT_APPLICABLE: [400, 'Chỉ chọn xã giải quyết cho thủ tục cấp xã tiếp nhận ngoài địa bàn xã', 'a handling commune is only named for a commune-level procedure received outside any commune'],
  DOSSIER_ROUTE_INVALID: [400, 'Quy trình của thủ tục không hợp lệ', 'invalid procedure route'],
  DOSSIER_INVALID_TRANSITION: [400, 'Không thể thực hiện thao tác này ở trạng thái hiện tại của hồ sơ', 'the action is not allowed in the dossier’s status'],
  DOSSIER_NOTE_REQUIRED: [400, 'Cần ghi lý do hoặc nội dung', 'a note (reason) is required'],
  DOSSIER_NO_NEXT_STEP: [400, 'Hồ sơ đang ở bước cuối của quy trình', 'the dossier is at the last step'],
  DOSSIER_NO_PREVIOUS_STEP: [400, 'Hồ sơ đang ở bước đầu của quy trình, không có bước trước để trả lại', 'the dossier is at the first step: there is no step to send it back to'],
  DOSSIER_HANDLER_INVALID: [400, 'Người xử lý không có quyền xử lý hồ sơ tại đơn vị này', 'the handler cannot process dossiers at this unit'],
  DOSSIER_SUPPLEMENT_REASON_REQUIRED: [400, 'Đơn vị đã yêu cầu bổ sung một lần; lần tiếp theo phải ghi rõ lý do', 'this agency already requested a supplement once: give a reason'],
  DOSSIER_CLOCK_MISSING: [400, 'Hồ sơ chưa được tiếp nhận nên chưa có thời hạn', 'the dossier has no legal clock yet'],
  DOSSIER_CLOSED: [400, 'Hồ sơ đã kết thúc', 'the dossier is closed'],
  DOSSIER_FILE_INVALID: [400, 'Tệp không hợp lệ', 'invalid file'],
  DOSSIER_FILE_TYPE_INVALID: [400, 'Tệp phải là PDF, JPG hoặc PNG', 'file must be PDF, JPG or PNG'],
  DOSSIER_COMPLETION_PENDING: [409, 'Hồ sơ đang chờ người nộp bổ sung, hoàn thiện; chưa thể tiếp nhận', 'the submission is waiting for the applicant to complete it'],
  DOSSIER_COMPLETION_NOT_REQUESTED: [409, 'Hồ sơ không ở trạng thái chờ bổ sung, hoàn thiện', 'the submission was not sent back for completion'],
  COUNTER_GUIDANCE_EMPTY: [400, 'Cần ghi ít nhất một giấy tờ còn thiếu hoặc chưa đúng', 'list at least one missing or wrong document'],
  COUNTER_REASON_REQUIRED: [400, 'Cần ghi lý do từ chối tiếp nhận', 'a reason for the refusal is required'],
  DOSSIER_FORM_NOT_AVAILABLE: [400, 'Hồ sơ chưa có văn bản này', 'this form is not available for the dossier'],
  // Reports: what one request may ask for, and a server already building as many as it may at once
  REPORT_TOO_LARGE: [400, 'Báo cáo quá lớn cho một lần tải; hãy thu hẹp khoảng thời gian hoặc đơn vị, hoặc tải bản Excel', 'the report is too large for one download: narrow the period or unit, or use Excel'],
  REPORT_BUSY: [429, 'Máy chủ đang lập nhiều báo cáo, vui lòng thử lại sau ít phút', 'the server is building as many reports as it may, try again in a few minutes'],
  // The legal clock's refusals, as a dossier action meets them (core/dossier CLOCK_ERROR_TO_DOSSIER)
  DOSSIER_INVALID_MOMENT: [400, 'Thời điểm không hợp lệ', 'invalid moment'],
  DOSSIER_INVALID_PROCESSING_TIME: [400, 'Thời hạn giải quyết của thủ tục không hợp lệ', 'invalid processing time'],
  DOSSIER_OUT_OF_CALENDAR_RANGE: [400, 'Thời hạn vượt ngoài phạm vi lịch làm việc', 'the due date falls outside the working calendar'],
  DOSSIER_EVENT_BEFORE_RECEIPT: [400, 'Thao tác không thể trước thời điểm tiếp nhận', 'the event is before the receipt'],
  DOSSIER_EVENT_OUT_OF_ORDER: [400, 'Thao tác không đúng thứ tự thời gian', 'the event is out of order'],
  DOSSIER_ALREADY_PAUSED: [400, 'Thời hạn đang tạm dừng chờ bổ sung', 'the clock is already paused'],
  DOSSIER_NOT_PAUSED: [400, 'Thời hạn không ở trạng thái tạm dừng', 'the clock is not paused'],
  DOSSIER_CASE_PAUSED: [400, 'Hồ sơ đang chờ bổ sung', 'the dossier is waiting for a supplement'],
  DOSSIER_CASE_FINISHED: [400, 'Hồ sơ đã giải quyết xong', 'the dossier is already finished'],
  DOSSIER_EXTENSION_TOO_LATE: [400, 'Phải gửi phiếu xin lỗi và hẹn lại chậm nhất 01 ngày làm việc trước hạn', 'the apology must come at least 1 working day before the due date'],
  DOSSIER_EXTENSION_ALREADY_GRANTED: [400, 'Chỉ được hẹn lại ngày trả kết quả một lần', 'a new return date may be set only once'],
  DOSSIER_EXTENSION_NOT_LATER: [400, 'Ngày hẹn mới phải sau ngày hẹn hiện tại', 'the new date must be later than the current one'],
  DOSSIER_EXTENSION_DUE_NOT_WORKING_DAY: [400, 'Ngày hẹn mới phải là ngày làm việc', 'the new date must be a working day'],
  // Targets
  TARGET_NOT_FOUND: [404, 'Chỉ tiêu không tồn tại hoặc bạn không có quyền xem', 'target not found'],
  TARGET_UNIT_NOT_FOUND: [404, 'Đơn vị không tồn tại hoặc bạn không có quyền xem', 'unit not found'],
  TARGET_PERIOD_CONFLICT: [409, 'Đã có chỉ tiêu trùng thời kỳ', 'another version covers the same period'],
  // Period lock of the statistics (issue #14 point 7)
  REPORT_ALREADY_LOCKED: [409, 'Kỳ báo cáo này đã được chốt số liệu', 'the period is already locked'],
  REPORT_PERIOD_OPEN: [409, 'Kỳ báo cáo chưa kết thúc, chưa chốt được số liệu', 'the period is not over yet'],
  REPORT_LOCKED: [
    409,
    'Báo cáo đã chốt số liệu, không sửa được; thay đổi sau chốt được liệt kê là điều chỉnh',
    'the report is locked; later changes are listed as adjustments',
  ],
  REPORT_LOCK_NOT_FOUND: [404, 'Không có kỳ chốt số liệu này hoặc bạn không có quyền xem', 'lock not found'],
} as const satisfies Record<string, ErrorDefinition>;

/** Every error code the API answers with. */
export type ErrorCode = keyof typeof TABLE;

/** The error table: code → [HTTP status, Vietnamese message, English message]. */
export const ERRORS: Readonly<Record<ErrorCode, ErrorDefinition>> = TABLE;

/** Every error code, in table order. */
export const ERROR_CODES = Object.keys(TABLE) as [ErrorCode, ...ErrorCode[]];

/** True when a string is a code of the table (the web app meets codes from the wire). */
export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(TABLE, code);

/** The HTTP status of an error code. */
export const errorStatus = (code: ErrorCode): ErrorStatus => TABLE[code][0];

/** The default message of an error code as the API writes messages: 'Tiếng Việt / English'. */
export const errorMessage = (code: ErrorCode): string => `${TABLE[code][1]} / ${TABLE[code][2]}`;

/** The default message of an error code in one language, as a sentence (first letter capital). */
export function errorText(code: ErrorCode, lang: string): string {
  const text = lang === 'en' ? TABLE[code][2] : TABLE[code][1];
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One field problem: where and what. */
export const IssueSchema = z.object({ path: z.string(), message: z.string(), code: z.string().optional() });

/** Every failure response: `{ error: { code, message, issues } }`. */
export const ErrorResponseSchema = z.object({
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string(), issues: z.array(IssueSchema) }),
});
/** Shape of an error response body. */
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/** Response schemas of the given error statuses, for a route's `schema.response`. */
export function errorResponses<S extends ErrorStatus>(...statuses: S[]): Record<S, typeof ErrorResponseSchema> {
  return Object.fromEntries(statuses.map((s) => [s, ErrorResponseSchema])) as Record<S, typeof ErrorResponseSchema>;
}
