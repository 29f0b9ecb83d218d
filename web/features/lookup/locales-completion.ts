// Strings of the online submission's completion page (issue #14 point 2), key `completion` of the `lookup` namespace.

/** Vietnamese and English strings under `lookup:completion`. */
export const completionStrings = {
  vi: {
    title: 'Bổ sung, hoàn thiện hồ sơ {{code}}',
    asked: 'Yêu cầu bổ sung, hoàn thiện (mẫu 02) lúc {{at}}',
    askedHelp:
      'Vui lòng đính kèm các giấy tờ còn thiếu hoặc đã sửa, rồi bấm "Gửi bổ sung". Cán bộ một cửa sẽ kiểm tra và tiếp nhận; thời hạn giải quyết tính từ khi hồ sơ được tiếp nhận.',
    nothingAsked: 'Hồ sơ không có yêu cầu bổ sung nào đang chờ.',
    invalid: 'Đường dẫn bổ sung không hợp lệ hoặc đã hết tác dụng. Vui lòng dùng đúng đường dẫn nhận được khi nộp hồ sơ.',
    send: 'Gửi bổ sung',
    pickFiles: 'Vui lòng đính kèm ít nhất một tệp',
    sent: 'Đã gửi bổ sung hồ sơ {{code}}',
    sentHint: 'Cán bộ một cửa sẽ kiểm tra và tiếp nhận hồ sơ. Thời hạn giải quyết tính từ khi hồ sơ được tiếp nhận.',
    track: 'Theo dõi hồ sơ',
    saveLink: 'Nếu được yêu cầu bổ sung, hoàn thiện hồ sơ, bạn bổ sung tại đường dẫn sau (hãy lưu lại, chỉ hiện một lần):',
    openLink: 'Trang bổ sung hồ sơ',
  },
  en: {
    title: 'Complete dossier {{code}}',
    asked: 'Asked to supplement and complete (form 02) at {{at}}',
    askedHelp:
      'Attach the missing or corrected documents, then press "Send". The one-stop officer checks and receives the dossier; the processing time runs from its receipt.',
    nothingAsked: 'Nothing is waiting to be added to this dossier.',
    invalid: 'This completion link is invalid or no longer in use. Use the link you received when you submitted.',
    send: 'Send',
    pickFiles: 'Attach at least one file',
    sent: 'Documents sent for dossier {{code}}',
    sentHint: 'The one-stop officer will check and receive the dossier. The processing time runs from its receipt.',
    track: 'Track the dossier',
    saveLink: 'If you are asked to complete the dossier, do it at this link (keep it, it is shown only once):',
    openLink: 'Dossier completion page',
  },
};
