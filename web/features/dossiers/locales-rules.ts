// Strings of the one-stop rules by reception date on the dossier page (docs/DOMAIN.md §10), key `rules` of the
// `dossiers` namespace: the result kind, the hand-over deadline, a late apology, and the printed forms' titles by rule set.

/** Vietnamese and English strings under `dossiers:rules`. */
export const rulesStrings = {
  vi: {
    ruleSet: 'Quy định áp dụng',
    result: 'Kết quả giải quyết',
    granted: 'Giải quyết xong',
    refused: 'Từ chối giải quyết',
    refusedReason: 'Lý do: {{reason}}',
    handOver: 'Hạn chuyển hồ sơ đến cơ quan giải quyết',
    handOverHelp:
      'Tiếp nhận trong ngày làm việc trước {{cutoff}}: chuyển trong ngày; sau {{cutoff}} hoặc ngày nghỉ: đầu giờ ngày làm việc tiếp theo.',
    handOverBy: 'Chậm nhất {{at}}',
    handedAt: 'Đã chuyển {{at}}',
    handOverPending: 'Chưa chuyển',
    handOverOnTime: 'Đúng hạn',
    handOverLate: 'Quá hạn',
    apologyLate: 'Gửi muộn',
    apologyLateHelp: 'Văn bản xin lỗi gửi sau thời hạn: hồ sơ vẫn tính quá hạn, người nộp vẫn nhận văn bản và ngày hẹn mới.',
    paymentPaused: 'Không tính thời gian chờ thực hiện nghĩa vụ tài chính',
    forms: {
      'nd61-2018': {
        f01: 'Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
        f02: 'Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
        f03: 'Mẫu 03 — Phiếu từ chối tiếp nhận, giải quyết hồ sơ',
        f04: 'Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả',
        f05: 'Thông báo về việc dừng xử lý hồ sơ',
        f06: 'Mẫu 05 — Phiếu kiểm soát quá trình giải quyết hồ sơ',
      },
      'nd118-2025': {
        f01: 'Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
        f02: 'Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
        f03: 'Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ',
        f04: 'Mẫu 04 — Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết',
        f05: 'Mẫu 05 — Thông báo dừng giải quyết hồ sơ',
        f06: 'Mẫu 06 — Phiếu kiểm soát quá trình giải quyết hồ sơ',
      },
    },
  },
  en: {
    ruleSet: 'Rules applied',
    result: 'Result',
    granted: 'Resolved',
    refused: 'Refused after review',
    refusedReason: 'Reason: {{reason}}',
    handOver: 'Hand-over to the handling agency due',
    handOverHelp: 'Received on a working day before {{cutoff}}: the same day; after {{cutoff}} or on a day off: early next working day.',
    handOverBy: 'By {{at}}',
    handedAt: 'Handed over {{at}}',
    handOverPending: 'Not yet handed over',
    handOverOnTime: 'On time',
    handOverLate: 'Late',
    apologyLate: 'Sent late',
    apologyLateHelp:
      'The apology came after its deadline: the dossier still counts as late; the applicant still gets the letter and the new date.',
    paymentPaused: 'Time awaiting payment not counted',
    forms: {
      'nd61-2018': {
        f01: 'Form 01 — Receipt and appointment',
        f02: 'Form 02 — Request for supplement',
        f03: 'Form 03 — Refusal to receive or process',
        f04: 'Form 04 — Apology with the new return date',
        f05: 'Notice to stop processing',
        f06: 'Form 05 — Processing-control slip',
      },
      'nd118-2025': {
        f01: 'Form 01 — Receipt and appointment',
        f02: 'Form 02 — Request for supplement',
        f03: 'Form 03 — Refusal to receive or resolve',
        f04: 'Form 04 — Apology and request to extend the time',
        f05: 'Form 05 — Notice to stop resolving',
        f06: 'Form 06 — Processing-control slip',
      },
    },
  },
};
