import type { UnitKind } from '@db/types';

// Demo organisation data for Đắk Lắk beyond the commune list (which comes from daklak-units.json).
// Department codes are internal ("66.<abbreviation>"): their official electronic identifiers were not checked.

/** Resolution merging Đắk Lắk and Phú Yên into the new Đắk Lắk from 1 July 2025 (docs/DOMAIN.md §9.1). */
export const NQ_PROVINCES_2025 = 'Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh';
/** UBTVQH resolution arranging Đắk Lắk's commune-level units in 2025 (number from public listings; the text itself was not read). */
export const NQ_COMMUNES_2025 =
  'Nghị quyết số 1660/NQ-UBTVQH15 ngày 16/6/2025 của UBTVQH về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Đắk Lắk năm 2025';

/** A unit of the demo seed other than the communes; `parent` is the code of its parent (default: the province). */
export type SeedUnit = {
  code: string;
  name: string;
  nameEn: string;
  shortName?: string;
  kind: UnitKind;
  parent?: string;
  legalRef?: string;
};

/** Provincial departments and agencies after the March 2025 department mergers, and the one-stop centre. */
export const DAKLAK_DEPARTMENTS: SeedUnit[] = [
  {
    code: '66.VPUBND',
    name: 'Văn phòng Ủy ban nhân dân tỉnh',
    shortName: 'VP UBND tỉnh',
    nameEn: "Office of the Provincial People's Committee",
    kind: 'department',
  },
  {
    code: '66.VPDDBQH',
    name: 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh',
    shortName: 'VP ĐĐBQH và HĐND',
    nameEn: "Office of the National Assembly Delegation and the Provincial People's Council",
    kind: 'department',
  },
  { code: '66.SNV', name: 'Sở Nội vụ', shortName: 'SNV', nameEn: 'Department of Home Affairs', kind: 'department' },
  { code: '66.STP', name: 'Sở Tư pháp', shortName: 'STP', nameEn: 'Department of Justice', kind: 'department' },
  { code: '66.STC', name: 'Sở Tài chính', shortName: 'STC', nameEn: 'Department of Finance', kind: 'department' },
  { code: '66.SCT', name: 'Sở Công Thương', shortName: 'SCT', nameEn: 'Department of Industry and Trade', kind: 'department' },
  {
    code: '66.SNNMT',
    name: 'Sở Nông nghiệp và Môi trường',
    shortName: 'SNNMT',
    nameEn: 'Department of Agriculture and Environment',
    kind: 'department',
  },
  { code: '66.SXD', name: 'Sở Xây dựng', shortName: 'SXD', nameEn: 'Department of Construction', kind: 'department' },
  {
    code: '66.SGDDT',
    name: 'Sở Giáo dục và Đào tạo',
    shortName: 'SGDĐT',
    nameEn: 'Department of Education and Training',
    kind: 'department',
  },
  { code: '66.SYT', name: 'Sở Y tế', shortName: 'SYT', nameEn: 'Department of Health', kind: 'department' },
  {
    code: '66.SKHCN',
    name: 'Sở Khoa học và Công nghệ',
    shortName: 'SKHCN',
    nameEn: 'Department of Science and Technology',
    kind: 'department',
  },
  {
    code: '66.SVHTTDL',
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    shortName: 'SVHTTDL',
    nameEn: 'Department of Culture, Sports and Tourism',
    kind: 'department',
  },
  {
    code: '66.SDTTG',
    name: 'Sở Dân tộc và Tôn giáo',
    shortName: 'SDTTG',
    nameEn: 'Department of Ethnic and Religious Affairs',
    kind: 'department',
  },
  { code: '66.TTR', name: 'Thanh tra tỉnh', shortName: 'TTr tỉnh', nameEn: 'Provincial Inspectorate', kind: 'department' },
  {
    code: '66.BQLKCN',
    name: 'Ban Quản lý các khu công nghiệp tỉnh',
    shortName: 'BQL các KCN',
    nameEn: 'Industrial Zones Management Board',
    kind: 'department',
  },
  // Vertical agencies that receive dossiers at the one-stop centre.
  { code: '66.CA', name: 'Công an tỉnh', shortName: 'CA tỉnh', nameEn: 'Provincial Police', kind: 'department' },
  { code: '66.THUE', name: 'Thuế tỉnh Đắk Lắk', shortName: 'Thuế tỉnh', nameEn: 'Dak Lak Provincial Tax Office', kind: 'department' },
  // Units inside a department, so a department's subtree is more than one node.
  {
    code: '66.SNNMT.VPDKDD',
    name: 'Văn phòng Đăng ký đất đai',
    shortName: 'VPĐKĐĐ',
    nameEn: 'Land Registration Office',
    kind: 'department',
    parent: '66.SNNMT',
  },
  {
    code: '66.SNNMT.CCKL',
    name: 'Chi cục Kiểm lâm',
    shortName: 'CCKL',
    nameEn: 'Forest Protection Sub-department',
    kind: 'department',
    parent: '66.SNNMT',
  },
  // NĐ 118/2025/NĐ-CP: one-stop handling at the provincial public-administration service centre.
  {
    code: '66.TTPVHCC',
    name: 'Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk',
    shortName: 'TTPVHCC tỉnh',
    nameEn: 'Dak Lak Provincial Public Administration Service Centre',
    kind: 'one_stop_centre',
    legalRef:
      'Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông',
  },
];

/** A unit that ended on 30 June 2025, with the units that took over its territory from 1 July 2025. */
export type HistoricalUnit = SeedUnit & { validFrom: string; successors: string[]; successionLegalRef: string };

/** The two provinces merged into the new Đắk Lắk; both are kept under it so its administrators see the history. */
export const FORMER_PROVINCES: HistoricalUnit[] = [
  {
    code: '66',
    name: 'Tỉnh Đắk Lắk (trước 01/7/2025)',
    nameEn: 'Dak Lak Province (before 1 July 2025)',
    kind: 'province',
    // NQ 22/2003/QH11 split the old Đắk Lắk into Đắk Lắk and Đắk Nông from 1 January 2004.
    validFrom: '2004-01-01',
    legalRef: 'Nghị quyết số 22/2003/QH11 của Quốc hội về việc chia và điều chỉnh địa giới hành chính một số tỉnh',
    successors: ['66'],
    successionLegalRef: NQ_PROVINCES_2025,
  },
  {
    code: '54',
    name: 'Tỉnh Phú Yên (trước 01/7/2025)',
    nameEn: 'Phu Yen Province (before 1 July 2025)',
    kind: 'province',
    // Re-established when Phú Khánh was divided (Quốc hội resolution of 30 June 1989).
    validFrom: '1989-07-01',
    legalRef:
      'Nghị quyết của Quốc hội ngày 30/6/1989 về việc phân vạch địa giới hành chính các tỉnh Nghĩa Bình, Phú Khánh và Bình Trị Thiên',
    successors: ['66'],
    successionLegalRef: NQ_PROVINCES_2025,
  },
];

/**
 * A few former districts (GSO district codes), each mapped to the 2025 communes and wards that took over
 * its territory. Demo data: the lists name the main successors; check them against NQ 1660 before real use.
 */
export const FORMER_DISTRICTS: HistoricalUnit[] = [
  {
    code: '643',
    name: 'Thành phố Buôn Ma Thuột',
    nameEn: 'Buon Ma Thuot City',
    kind: 'district',
    parent: '66',
    validFrom: '2004-01-01',
    successors: ['24133', '24163', '24121', '24154', '24169', '24175'],
    successionLegalRef: NQ_COMMUNES_2025,
  },
  {
    code: '644',
    name: 'Thị xã Buôn Hồ',
    nameEn: 'Buon Ho Town',
    kind: 'district',
    parent: '66',
    // Nghị định 07/NĐ-CP of 23 December 2008, in force 18 January 2009.
    validFrom: '2009-01-18',
    legalRef: 'Nghị định số 07/NĐ-CP ngày 23/12/2008 của Chính phủ (thành lập thị xã Buôn Hồ)',
    successors: ['24305', '24340', '24328'],
    successionLegalRef: NQ_COMMUNES_2025,
  },
  {
    code: '648',
    name: "Huyện Cư M'gar",
    nameEn: "Cu M'gar District",
    kind: 'district',
    parent: '66',
    validFrom: '2004-01-01',
    successors: ['24259', '24265', '24277', '24280', '24286', '24301'],
    successionLegalRef: NQ_COMMUNES_2025,
  },
  {
    code: '654',
    name: 'Huyện Krông Pắc',
    nameEn: 'Krong Pac District',
    kind: 'district',
    parent: '66',
    validFrom: '2004-01-01',
    successors: ['24490', '24496', '24502', '24505', '24526', '24529'],
    successionLegalRef: NQ_COMMUNES_2025,
  },
  {
    code: '555',
    name: 'Thành phố Tuy Hòa',
    nameEn: 'Tuy Hoa City',
    kind: 'district',
    parent: '54',
    validFrom: '2005-01-05',
    successors: ['22015', '22240', '22045'],
    successionLegalRef: NQ_COMMUNES_2025,
  },
];
