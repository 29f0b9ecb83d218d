// Strings of the dossier register dialog (Mẫu 07), key `register` of the `dossiers` namespace.

/** Vietnamese and English strings under `dossiers:register`. */
export const registerStrings = {
  vi: {
    button: 'Sổ theo dõi hồ sơ',
    title: 'Sổ theo dõi hồ sơ (Mẫu 07)',
    help: 'Hồ sơ được tiếp nhận trong khoảng thời gian đã chọn, tại đơn vị hoặc do đơn vị (kể cả các đơn vị trực thuộc) giải quyết. Tối đa 366 ngày.',
    period: 'Thời gian tiếp nhận',
    unit: 'Đơn vị',
    unitPlaceholder: 'Chọn đơn vị',
    noExcel: 'Bạn không có quyền xuất Excel tại đơn vị này; vẫn có thể tải bản PDF',
    pdf: 'Tải PDF',
    excel: 'Tải Excel',
    close: 'Đóng',
  },
  en: {
    button: 'Dossier register',
    title: 'Dossier register (form 07)',
    help: 'Dossiers received in the chosen period at the unit or handled by it (sub-units included). At most 366 days.',
    period: 'Received between',
    unit: 'Unit',
    unitPlaceholder: 'Pick a unit',
    noExcel: 'You may not export Excel for this unit; the PDF is still available',
    pdf: 'Download PDF',
    excel: 'Download Excel',
    close: 'Close',
  },
};
