// Strings of the statistics' counter section (issue #14 point 2), key `counterSection` of the `dossierStats` namespace.

/** Vietnamese and English strings under `dossierStats:counterSection`. */
export const counterSectionStrings = {
  vi: {
    title: 'Hướng dẫn, từ chối tại quầy',
    help: 'Các lượt hướng dẫn bổ sung (mẫu 02) và từ chối tiếp nhận (mẫu 03) tại nơi tiếp nhận trong kỳ. Đây không phải hồ sơ, không tính vào số liệu giải quyết và tỉ lệ đúng hạn ở trên.',
    guided: 'Đã hướng dẫn',
    refused: 'Từ chối tại quầy',
    log: 'Xem sổ tại quầy',
  },
  en: {
    title: 'Guidance and refusals at the counter',
    help: 'Guidance to complete (form 02) and refusals at the counter (form 03) in the period. They are not dossiers and are not part of the figures and rates above.',
    guided: 'Guided',
    refused: 'Refused at the counter',
    log: 'Open the counter log',
  },
};
