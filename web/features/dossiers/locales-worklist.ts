/** Strings of the worklist's switch and of a search by exact dossier code (part of the inbox's strings). */
export const worklistStrings = {
  vi: {
    waitingStatuses: 'Mọi trạng thái cần xử lý',
    waiting: 'Chỉ hồ sơ chờ đơn vị tôi',
    codeFound: 'Tìm thấy hồ sơ {{code}} theo mã.',
    codeHidden: 'Hồ sơ {{code}} được hiện theo mã dù bộ lọc đang đặt sẽ ẩn nó: {{filters}}.',
    hiddenBy: {
      status: 'trạng thái',
      waiting: 'chỉ hồ sơ chờ đơn vị tôi',
      mine: 'của tôi',
      due: 'hạn giải quyết',
      unitId: 'đơn vị',
      procedureId: 'thủ tục',
    },
  },
  en: {
    waitingStatuses: 'Every status to act on',
    waiting: 'Only waiting on my unit',
    codeFound: 'Dossier {{code}} found by its code.',
    codeHidden: 'Dossier {{code}} is shown by its code although the filters set would hide it: {{filters}}.',
    hiddenBy: {
      status: 'status',
      waiting: 'only waiting on my unit',
      mine: 'mine',
      due: 'due date',
      unitId: 'unit',
      procedureId: 'procedure',
    },
  },
} as const;
