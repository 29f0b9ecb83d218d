import { sql, type Kysely } from 'kysely';
import { asLocalDate, sameDayRuleOn } from '@core/calendar';
import type { DB } from '@db/types';
import type { DocumentForm, DurationUnit, OnlineLevel, ProcedureLevel } from '@db/types-one-stop';

// Demo procedure catalogue of Đắk Lắk (about 70 procedures; docs/DOMAIN.md §9.2). Names, durations and fees follow the
// usual published catalogue and may lag amendments.
//
// National codes (the national TTHC database's). CORROBORATED, each by at least two independent public sources
// (provincial portals' submission links and public integration code quoting the national database): 2.000815
// chứng thực bản sao từ bản chính, 2.000884 chứng thực chữ ký, 1.001193 đăng ký khai sinh, 1.000894 đăng ký kết hôn,
// 1.000656 đăng ký khai tử, 1.004873 xác nhận tình trạng hôn nhân, 2.000635 cấp bản sao trích lục hộ tịch,
// 1.001612 đăng ký thành lập hộ kinh doanh (it was wrongly on a notary procedure before), 3.000333 cấp Phiếu lý lịch tư
// pháp cho công dân (the code under the Ministry of Public Security). ILLUSTRATIVE (format of the national database,
// not checked; kept off the screens' wording): every other code, among them 1.001022 (nhận cha, mẹ, con: one source;
// 1.004884, used before, is "đăng ký lại khai sinh" in two sources) and 1.001653 (the notary card, renumbered because
// 1.001612 is taken).
//
// Moved in 2025, as the demo shows them (units in db/seeds/daklak-org.ts):
// - Phiếu lý lịch tư pháp: from Sở Tư pháp to Công an tỉnh on 1/3/2025 (the Ministry of Justice's task handed to the
//   Ministry of Public Security; hand-overs reported by provinces on 28/2/2025): both procedures now at '66.CA'.
// - District-level tasks went to the communes with the two-tier local government on 1/7/2025 (Resolution 202/2025/QH15;
//   the June 2025 decrees dividing powers, as the legal-basis constants below name them, unverified: Decree
//   120/2025/NĐ-CP for civil status, 151/2025/NĐ-CP for land): household business registration, building permits for private houses, civil status with a foreign element,
//   first land registration of households are commune-level entries below, not district ones.
// - Departments merged in March 2025: business and investment registration at Sở Tài chính (ex Sở KH&ĐT), land and
//   environment at Sở Nông nghiệp và Môi trường, labour and employment at Sở Nội vụ (ex Sở LĐ-TB&XH).
//
// Same-day procedures (docs/DOMAIN.md §3.9): certification (Decree 23/2015/NĐ-CP Art. 7) and the civil-status events the
// Law on Civil Status 60/2014/QH13 registers at once (Art. 16 birth, 18 marriage, 34 death; copies of extracts), with the
// 15:00 cutoff of the rule.
//
// RULE (contracts/procedures.ts): a commune-level procedure is ONE entry for the whole province, its handling unit
// is the province '66'; a dossier's handling unit is its receiving commune, and route steps at '66' mean
// "the receiving commune".

type Doc = [name: string, form: DocumentForm, quantity?: number, required?: boolean];
type Step = [unitCode: string, name: string, share: number];
type SeedProcedure = {
  code: string;
  name: string;
  sector: string;
  unit: string;
  duration: [number, DurationUnit];
  fee: string;
  feeAmount?: number;
  online: OnlineLevel;
  legal: string;
  docs: Doc[];
  level?: ProcedureLevel;
  inter?: boolean;
  steps?: Step[];
  result?: string;
  validFrom?: string;
  validTo?: string;
};

const O: DocumentForm = 'original';
const C: DocumentForm = 'copy';
const CC: DocumentForm = 'certified_copy';
const OC: DocumentForm = 'original_or_copy';

const CENTRE = '66.TTPVHCC';
const PROVINCE = '66';
/** The day the merged province and the two-tier local government took effect. */
const FROM = '2025-07-01';
const ID_CARD: Doc = ['Căn cước/Căn cước công dân hoặc giấy tờ tùy thân có ảnh (xuất trình)', OC, 1, true];
const NO_FEE = 'Không';

// Default route at a department: the provincial centre receives, the department examines, its head signs.
const deptRoute = (unit: string, examine = 0.8): Step[] => [
  [CENTRE, 'Tiếp nhận, kiểm tra và chuyển hồ sơ', 0.05],
  [unit, 'Thẩm định hồ sơ, trình lãnh đạo', examine],
  [unit, 'Lãnh đạo ký duyệt, chuyển kết quả về Trung tâm', Math.round((0.95 - examine) * 10_000) / 10_000],
];
// Default route of a commune-level procedure: the receiving commune examines, its chairperson signs.
const communeRoute: Step[] = [
  [PROVINCE, 'Công chức chuyên môn của xã tiếp nhận, thẩm định hồ sơ', 0.75],
  [PROVINCE, 'Chủ tịch UBND xã ký, trả kết quả', 0.25],
];
const sameDay: Step[] = [[PROVINCE, 'Tiếp nhận, giải quyết và trả kết quả trong ngày tại xã', 1]];

const LLTP = 'Luật Lý lịch tư pháp năm 2009; Nghị định 111/2010/NĐ-CP; Thông tư 244/2016/TT-BTC (lệ phí)';
const CONG_CHUNG = 'Luật Công chứng năm 2024; Nghị định 104/2025/NĐ-CP';
const XAY_DUNG = 'Luật Xây dựng năm 2014 (sửa đổi 2020); Nghị định 175/2024/NĐ-CP';
const DUOC = 'Luật Dược năm 2016 (sửa đổi 2024); Nghị định 54/2017/NĐ-CP';
const KBCB = 'Luật Khám bệnh, chữa bệnh năm 2023; Nghị định 96/2023/NĐ-CP';
const ATTP = 'Luật An toàn thực phẩm năm 2010; Nghị định 15/2018/NĐ-CP';
const DOANH_NGHIEP = 'Luật Doanh nghiệp năm 2020 (sửa đổi 2025); Nghị định 168/2025/NĐ-CP; Thông tư 47/2019/TT-BTC (lệ phí)';
const DAT_DAI = 'Luật Đất đai năm 2024; Nghị định 101/2024/NĐ-CP; Nghị định 151/2025/NĐ-CP';
const HO_TICH = 'Luật Hộ tịch năm 2014; Nghị định 123/2015/NĐ-CP; Nghị định 120/2025/NĐ-CP';
const CHUNG_THUC = 'Nghị định 23/2015/NĐ-CP về chứng thực; Thông tư 226/2016/TT-BTC (phí)';
const GDDT = 'Luật Giáo dục năm 2019; Thông tư 21/2019/TT-BGDĐT';
const LAO_DONG = 'Bộ luật Lao động năm 2019; Nghị định 152/2020/NĐ-CP, Nghị định 70/2023/NĐ-CP';
const DU_LICH = 'Luật Du lịch năm 2017; Nghị định 168/2017/NĐ-CP; Thông tư 33/2018/TT-BTC (phí)';

const APPLICATION = (what: string): Doc => [`Đơn/Tờ khai ${what} (theo mẫu)`, O, 1, true];

// One procedure per line, so the catalogue reads as a table.
// prettier-ignore
const PROVINCIAL: SeedProcedure[] = [
  // Sở Tư pháp
  { code: '3.000333', name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', sector: 'Lý lịch tư pháp', unit: '66.CA', duration: [10, 'working_day'], fee: '200.000 đồng/lần/người; sinh viên, người có công: 100.000 đồng', feeAmount: 200_000, online: 'full', legal: LLTP, result: 'Phiếu lý lịch tư pháp', docs: [APPLICATION('yêu cầu cấp Phiếu lý lịch tư pháp'), ID_CARD, ['Giấy ủy quyền (trường hợp ủy quyền làm thủ tục)', CC, 1, false]], validFrom: '2026-01-01' },
  { code: '3.000333', name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', sector: 'Lý lịch tư pháp', unit: '66.CA', duration: [10, 'working_day'], fee: '200.000 đồng/lần/người', feeAmount: 200_000, online: 'partial', legal: LLTP, result: 'Phiếu lý lịch tư pháp', docs: [APPLICATION('yêu cầu cấp Phiếu lý lịch tư pháp'), ID_CARD, ['Sổ hộ khẩu hoặc giấy xác nhận thông tin về cư trú', C, 1, true]], validTo: '2025-12-31' },
  { code: '2.001418', name: 'Cấp Phiếu lý lịch tư pháp cho cơ quan nhà nước, cơ quan tiến hành tố tụng', sector: 'Lý lịch tư pháp', unit: '66.CA', duration: [10, 'working_day'], fee: NO_FEE, online: 'partial', legal: LLTP, result: 'Phiếu lý lịch tư pháp', docs: [['Văn bản yêu cầu cấp Phiếu lý lịch tư pháp', O], ['Thông tin về người được yêu cầu cấp Phiếu', O]] },
  { code: '1.001653', name: 'Đăng ký hành nghề và cấp Thẻ công chứng viên', sector: 'Công chứng', unit: '66.STP', duration: [10, 'working_day'], fee: '1.000.000 đồng/hồ sơ', feeAmount: 1_000_000, online: 'partial', legal: CONG_CHUNG, result: 'Thẻ công chứng viên', docs: [APPLICATION('đề nghị đăng ký hành nghề'), ['Quyết định bổ nhiệm công chứng viên', C], ['Giấy tờ chứng minh là thành viên hợp danh hoặc hợp đồng lao động với tổ chức hành nghề công chứng', C], ['Ảnh chân dung 2x3 cm', O, 1]] },
  { code: '1.001640', name: 'Thành lập Văn phòng công chứng', sector: 'Công chứng', unit: '66.STP', duration: [20, 'working_day'], fee: '1.000.000 đồng/hồ sơ', feeAmount: 1_000_000, online: 'partial', legal: CONG_CHUNG, result: 'Quyết định cho phép thành lập Văn phòng công chứng', docs: [APPLICATION('đề nghị thành lập Văn phòng công chứng'), ['Đề án thành lập Văn phòng công chứng', O], ['Quyết định bổ nhiệm công chứng viên của các thành viên', C], ['Giấy tờ chứng minh về trụ sở', C]], steps: [[CENTRE, 'Tiếp nhận, chuyển hồ sơ', 0.05], ['66.STP', 'Thẩm định, trình UBND tỉnh', 0.55], ['66.VPUBND', 'UBND tỉnh xem xét, quyết định', 0.4]], inter: true },
  { code: '1.001647', name: 'Đăng ký hoạt động Văn phòng công chứng', sector: 'Công chứng', unit: '66.STP', duration: [10, 'working_day'], fee: '1.000.000 đồng/hồ sơ', feeAmount: 1_000_000, online: 'partial', legal: CONG_CHUNG, result: 'Giấy đăng ký hoạt động', docs: [APPLICATION('đăng ký hoạt động'), ['Giấy tờ chứng minh về trụ sở', C], ['Hồ sơ đề nghị đăng ký hành nghề của các công chứng viên', O]] },
  { code: '1.008927', name: 'Đăng ký hoạt động của tổ chức hành nghề luật sư', sector: 'Luật sư', unit: '66.STP', duration: [10, 'working_day'], fee: '100.000 đồng/hồ sơ', feeAmount: 100_000, online: 'full', legal: 'Luật Luật sư năm 2006 (sửa đổi 2012); Nghị định 123/2013/NĐ-CP', result: 'Giấy đăng ký hoạt động', docs: [APPLICATION('đăng ký hoạt động'), ['Điều lệ công ty luật (nếu là công ty)', O, 1, false], ['Chứng chỉ hành nghề luật sư, Thẻ luật sư', C], ['Giấy tờ chứng minh trụ sở', C]] },
  { code: '2.000908', name: 'Đăng ký hoạt động của doanh nghiệp đấu giá tài sản', sector: 'Đấu giá tài sản', unit: '66.STP', duration: [7, 'working_day'], fee: '1.000.000 đồng/hồ sơ', feeAmount: 1_000_000, online: 'partial', legal: 'Luật Đấu giá tài sản năm 2016 (sửa đổi 2024)', result: 'Giấy đăng ký hoạt động', docs: [APPLICATION('đăng ký hoạt động'), ['Điều lệ doanh nghiệp', C], ['Chứng chỉ hành nghề đấu giá của đấu giá viên', C], ['Giấy tờ chứng minh trụ sở', C]] },
  { code: '1.005139', name: 'Nhập quốc tịch Việt Nam', sector: 'Quốc tịch', unit: '66.STP', duration: [45, 'working_day'], fee: '3.000.000 đồng/trường hợp', feeAmount: 3_000_000, online: 'none', legal: 'Luật Quốc tịch Việt Nam năm 2008 (sửa đổi 2025); Nghị định 16/2020/NĐ-CP', result: 'Văn bản đề xuất của UBND tỉnh gửi Bộ Tư pháp', inter: true, docs: [APPLICATION('xin nhập quốc tịch Việt Nam'), ['Bản sao Giấy khai sinh, Hộ chiếu hoặc giấy tờ có giá trị thay thế', CC], ['Bản khai lý lịch', O], ['Phiếu lý lịch tư pháp', O], ['Giấy tờ chứng minh trình độ tiếng Việt', CC], ['Giấy tờ chứng minh chỗ ở, thời gian thường trú tại Việt Nam', CC]], steps: [[CENTRE, 'Tiếp nhận, chuyển hồ sơ', 0.05], ['66.CA', 'Công an tỉnh xác minh nhân thân', 0.45], ['66.STP', 'Sở Tư pháp tổng hợp, trình UBND tỉnh', 0.5]] },
  { code: '1.005137', name: 'Xác nhận có quốc tịch Việt Nam ở trong nước', sector: 'Quốc tịch', unit: '66.STP', duration: [5, 'working_day'], fee: '100.000 đồng/trường hợp', feeAmount: 100_000, online: 'partial', legal: 'Luật Quốc tịch Việt Nam năm 2008; Nghị định 16/2020/NĐ-CP', result: 'Giấy xác nhận có quốc tịch Việt Nam', docs: [APPLICATION('đề nghị xác nhận có quốc tịch Việt Nam'), ['Giấy tờ chứng minh đã từng có quốc tịch Việt Nam', C], ['02 ảnh 4x6 cm', O, 2]] },
  // Sở Xây dựng
  { code: '1.009972', name: 'Cấp giấy phép xây dựng mới đối với công trình cấp I, II (công trình không theo tuyến)', sector: 'Hoạt động xây dựng', unit: '66.SXD', duration: [20, 'working_day'], fee: '150.000 đồng/giấy phép', feeAmount: 150_000, online: 'partial', legal: XAY_DUNG, result: 'Giấy phép xây dựng', docs: [APPLICATION('đề nghị cấp giấy phép xây dựng'), ['Giấy tờ hợp pháp về đất đai', CC], ['Quyết định phê duyệt dự án, văn bản thông báo kết quả thẩm định', C], ['02 bộ bản vẽ thiết kế xây dựng', O, 2], ['Bản kê khai năng lực của tổ chức thiết kế', O]], steps: deptRoute('66.SXD', 0.75) },
  { code: '1.009973', name: 'Điều chỉnh giấy phép xây dựng đối với công trình cấp I, II', sector: 'Hoạt động xây dựng', unit: '66.SXD', duration: [20, 'working_day'], fee: '150.000 đồng/giấy phép', feeAmount: 150_000, online: 'partial', legal: XAY_DUNG, result: 'Giấy phép xây dựng điều chỉnh', docs: [APPLICATION('đề nghị điều chỉnh giấy phép xây dựng'), ['Bản chính giấy phép xây dựng đã được cấp', O], ['Bản vẽ thiết kế điều chỉnh', O, 2]] },
  { code: '1.009974', name: 'Gia hạn giấy phép xây dựng đối với công trình cấp I, II', sector: 'Hoạt động xây dựng', unit: '66.SXD', duration: [5, 'working_day'], fee: NO_FEE, online: 'full', legal: XAY_DUNG, result: 'Giấy phép xây dựng được gia hạn', docs: [APPLICATION('đề nghị gia hạn giấy phép xây dựng'), ['Bản chính giấy phép xây dựng đã được cấp', O]] },
  { code: '1.009982', name: 'Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III', sector: 'Hoạt động xây dựng', unit: '66.SXD', duration: [20, 'working_day'], fee: '300.000 đồng/chứng chỉ', feeAmount: 300_000, online: 'full', legal: XAY_DUNG, result: 'Chứng chỉ hành nghề', docs: [APPLICATION('đề nghị cấp chứng chỉ hành nghề'), ['Văn bằng do cơ sở đào tạo hợp pháp cấp', C], ['Bản khai kinh nghiệm công việc chuyên môn', O], ['Ảnh màu 4x6 cm', O, 1]] },
  { code: '1.009984', name: 'Cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III', sector: 'Hoạt động xây dựng', unit: '66.SXD', duration: [20, 'working_day'], fee: '1.000.000 đồng/chứng chỉ', feeAmount: 1_000_000, online: 'full', legal: XAY_DUNG, result: 'Chứng chỉ năng lực', docs: [APPLICATION('đề nghị cấp chứng chỉ năng lực'), ['Quyết định thành lập hoặc Giấy chứng nhận đăng ký doanh nghiệp', C], ['Chứng chỉ hành nghề của các chức danh chủ chốt', C], ['Danh sách công trình đã thực hiện', O]] },
  { code: '1.011645', name: 'Thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng (dự án nhóm B, C)', sector: 'Hoạt động xây dựng', unit: '66.SXD', duration: [25, 'working_day'], fee: 'Theo Thông tư 28/2023/TT-BTC (tính theo tổng mức đầu tư)', online: 'partial', legal: XAY_DUNG, result: 'Thông báo kết quả thẩm định', docs: [['Tờ trình thẩm định Báo cáo nghiên cứu khả thi', O], ['Báo cáo nghiên cứu khả thi đầu tư xây dựng', O], ['Hồ sơ khảo sát xây dựng, thiết kế cơ sở', O]] },
  // Sở Công Thương
  { code: '2.000620', name: 'Cấp Giấy phép bán buôn sản phẩm rượu', sector: 'Lưu thông hàng hóa trong nước', unit: '66.SCT', duration: [10, 'working_day'], fee: '1.200.000 đồng/giấy phép (thành phố thuộc tỉnh)', feeAmount: 1_200_000, online: 'full', legal: 'Luật Phòng, chống tác hại của rượu, bia năm 2019; Nghị định 105/2017/NĐ-CP (sửa đổi 17/2020/NĐ-CP)', result: 'Giấy phép bán buôn sản phẩm rượu', docs: [APPLICATION('đề nghị cấp Giấy phép'), ['Hợp đồng hoặc văn bản giới thiệu của nhà cung cấp', C], ['Tài liệu chứng minh quyền sử dụng kho', C]] },
  { code: '2.000633', name: 'Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu', sector: 'Kinh doanh khí và xăng dầu', unit: '66.SCT', duration: [15, 'working_day'], fee: '1.200.000 đồng/giấy', feeAmount: 1_200_000, online: 'partial', legal: 'Nghị định 83/2014/NĐ-CP (sửa đổi 80/2023/NĐ-CP) về kinh doanh xăng dầu', result: 'Giấy chứng nhận cửa hàng đủ điều kiện', docs: [APPLICATION('đề nghị cấp Giấy chứng nhận'), ['Giấy tờ chứng minh quyền sử dụng cửa hàng', C], ['Giấy chứng nhận thẩm duyệt thiết kế về PCCC', C], ['Giấy xác nhận đăng ký kế hoạch bảo vệ môi trường', C]] },
  { code: '1.000775', name: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm do Sở Công Thương thực hiện', sector: 'An toàn thực phẩm', unit: '66.SCT', duration: [20, 'working_day'], fee: '2.500.000 đồng/lần thẩm định (cơ sở sản xuất)', feeAmount: 2_500_000, online: 'partial', legal: ATTP, result: 'Giấy chứng nhận cơ sở đủ điều kiện ATTP', docs: [APPLICATION('đề nghị cấp Giấy chứng nhận'), ['Bản thuyết minh về cơ sở vật chất, trang thiết bị', O], ['Giấy xác nhận đủ sức khỏe của chủ cơ sở và người trực tiếp sản xuất', C], ['Giấy xác nhận đã được tập huấn kiến thức ATTP', C]] },
  { code: '2.000144', name: 'Cấp Giấy phép hoạt động điện lực trong lĩnh vực phát điện đối với nhà máy có quy mô dưới 3 MW', sector: 'Điện', unit: '66.SCT', duration: [15, 'working_day'], fee: '700.000 đồng/giấy phép', feeAmount: 700_000, online: 'partial', legal: 'Luật Điện lực năm 2024; Nghị định 146/2025/NĐ-CP', result: 'Giấy phép hoạt động điện lực', docs: [APPLICATION('đề nghị cấp giấy phép'), ['Danh sách, bằng cấp của người quản lý kỹ thuật', C], ['Hồ sơ nghiệm thu công trình phát điện', C]] },
  { code: '2.000131', name: 'Xác nhận đăng ký thực hiện khuyến mại theo hình thức mang tính may rủi trên địa bàn một tỉnh', sector: 'Xúc tiến thương mại', unit: '66.SCT', duration: [5, 'working_day'], fee: NO_FEE, online: 'full', legal: 'Luật Thương mại năm 2005; Nghị định 81/2018/NĐ-CP', result: 'Văn bản xác nhận', docs: [APPLICATION('đăng ký thực hiện khuyến mại'), ['Thể lệ chương trình khuyến mại', O], ['Mẫu vé số dự thưởng (nếu có)', O, 1, false]] },
  // Sở Y tế
  { code: '1.004616', name: 'Cấp Chứng chỉ hành nghề dược (cấp lần đầu)', sector: 'Dược phẩm', unit: '66.SYT', duration: [20, 'working_day'], fee: '500.000 đồng/hồ sơ', feeAmount: 500_000, online: 'full', legal: DUOC, result: 'Chứng chỉ hành nghề dược', docs: [APPLICATION('đề nghị cấp Chứng chỉ hành nghề dược'), ['Văn bằng chuyên môn', CC], ['Giấy xác nhận thời gian thực hành', O], ['02 ảnh chân dung 4x6 cm', O, 2]] },
  { code: '1.004599', name: 'Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược cho nhà thuốc', sector: 'Dược phẩm', unit: '66.SYT', duration: [20, 'working_day'], fee: '1.000.000 đồng/lần thẩm định', feeAmount: 1_000_000, online: 'partial', legal: DUOC, result: 'Giấy chứng nhận đủ điều kiện kinh doanh dược', docs: [APPLICATION('đề nghị cấp Giấy chứng nhận'), ['Tài liệu kỹ thuật về địa điểm, trang thiết bị', O], ['Chứng chỉ hành nghề dược của người phụ trách chuyên môn', C]] },
  { code: '1.012263', name: 'Cấp giấy phép hành nghề khám bệnh, chữa bệnh đối với chức danh bác sỹ', sector: 'Khám bệnh, chữa bệnh', unit: '66.SYT', duration: [30, 'calendar_day'], fee: '360.000 đồng/hồ sơ', feeAmount: 360_000, online: 'partial', legal: KBCB, result: 'Giấy phép hành nghề', docs: [APPLICATION('đề nghị cấp giấy phép hành nghề'), ['Văn bằng chuyên môn', CC], ['Giấy chứng nhận đủ sức khỏe hành nghề', O], ['Văn bản xác nhận hoàn thành thực hành', O], ['02 ảnh 4x6 cm', O, 2]] },
  { code: '1.012287', name: 'Cấp giấy phép hoạt động đối với phòng khám đa khoa', sector: 'Khám bệnh, chữa bệnh', unit: '66.SYT', duration: [60, 'calendar_day'], fee: '5.700.000 đồng/lần thẩm định', feeAmount: 5_700_000, online: 'partial', legal: KBCB, result: 'Giấy phép hoạt động', docs: [APPLICATION('đề nghị cấp giấy phép hoạt động'), ['Danh sách người hành nghề', O], ['Bản kê khai cơ sở vật chất, thiết bị y tế', O], ['Điều lệ tổ chức và hoạt động', O]], steps: deptRoute('66.SYT', 0.85) },
  { code: '1.002425', name: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất thực phẩm bảo vệ sức khỏe', sector: 'An toàn thực phẩm', unit: '66.SYT', duration: [15, 'working_day'], fee: '3.000.000 đồng/lần thẩm định', feeAmount: 3_000_000, online: 'partial', legal: ATTP, result: 'Giấy chứng nhận cơ sở đủ điều kiện ATTP', docs: [APPLICATION('đề nghị cấp Giấy chứng nhận'), ['Bản thuyết minh về cơ sở vật chất', O], ['Giấy chứng nhận GMP', C]] },
  { code: '1.003386', name: 'Cấp giấy xác nhận nội dung quảng cáo thực phẩm', sector: 'An toàn thực phẩm', unit: '66.SYT', duration: [10, 'working_day'], fee: '1.100.000 đồng/lần thẩm định', feeAmount: 1_100_000, online: 'full', legal: ATTP, result: 'Giấy xác nhận nội dung quảng cáo', docs: [APPLICATION('đề nghị xác nhận nội dung quảng cáo'), ['Bản công bố sản phẩm', C], ['Mẫu nội dung quảng cáo dự kiến', O]] },
  // Sở Giáo dục và Đào tạo
  { code: '1.005088', name: 'Chuyển trường đối với học sinh trung học phổ thông', sector: 'Giáo dục trung học', unit: '66.SGDDT', duration: [3, 'working_day'], fee: NO_FEE, online: 'full', legal: 'Thông tư 50/2021/TT-BGDĐT về chuyển trường', result: 'Văn bản đồng ý chuyển trường', docs: [APPLICATION('xin chuyển trường'), ['Học bạ', O], ['Giấy chứng nhận trúng tuyển vào lớp 10', O]], steps: [[CENTRE, 'Tiếp nhận hồ sơ', 0.1], ['66.SGDDT', 'Xem xét, đồng ý chuyển trường', 0.9]] },
  { code: '1.005092', name: 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc', sector: 'Văn bằng, chứng chỉ', unit: '66.SGDDT', duration: [4, 'working_hour'], fee: NO_FEE, online: 'full', legal: 'Nghị định 23/2015/NĐ-CP; Thông tư 21/2019/TT-BGDĐT', result: 'Bản sao văn bằng, chứng chỉ', docs: [APPLICATION('đề nghị cấp bản sao'), ID_CARD], steps: [[CENTRE, 'Tiếp nhận hồ sơ', 0.25], ['66.SGDDT', 'Đối chiếu sổ gốc, cấp bản sao', 0.75]] },
  { code: '1.005095', name: 'Chỉnh sửa nội dung văn bằng, chứng chỉ', sector: 'Văn bằng, chứng chỉ', unit: '66.SGDDT', duration: [5, 'working_day'], fee: NO_FEE, online: 'partial', legal: GDDT, result: 'Quyết định chỉnh sửa văn bằng', docs: [APPLICATION('đề nghị chỉnh sửa văn bằng'), ['Văn bằng, chứng chỉ đề nghị chỉnh sửa', O], ['Giấy tờ hộ tịch làm căn cứ chỉnh sửa', CC]] },
  { code: '2.001809', name: 'Cho phép trung tâm ngoại ngữ, tin học hoạt động giáo dục', sector: 'Giáo dục thường xuyên', unit: '66.SGDDT', duration: [20, 'working_day'], fee: NO_FEE, online: 'partial', legal: 'Thông tư 21/2018/TT-BGDĐT', result: 'Quyết định cho phép hoạt động giáo dục', docs: [['Tờ trình đề nghị cho phép hoạt động', O], ['Quyết định thành lập trung tâm', C], ['Danh sách giáo viên kèm văn bằng', C], ['Chương trình, tài liệu giảng dạy', O]] },
  { code: '1.006390', name: 'Thành lập trường trung học phổ thông tư thục', sector: 'Giáo dục trung học', unit: '66.SGDDT', duration: [20, 'working_day'], fee: NO_FEE, online: 'none', legal: 'Nghị định 46/2017/NĐ-CP (sửa đổi 125/2024/NĐ-CP)', result: 'Quyết định cho phép thành lập', inter: true, docs: [['Tờ trình đề nghị thành lập trường', O], ['Đề án thành lập trường', O], ['Văn bản chứng minh quyền sử dụng đất', C]], steps: [[CENTRE, 'Tiếp nhận, chuyển hồ sơ', 0.05], ['66.SGDDT', 'Thẩm định, trình UBND tỉnh', 0.6], ['66.VPUBND', 'Chủ tịch UBND tỉnh quyết định', 0.35]] },
  // Sở Nông nghiệp và Môi trường, Văn phòng Đăng ký đất đai
  { code: '1.012755', name: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng, tặng cho, thừa kế', sector: 'Đất đai', unit: '66.SNNMT.VPDKDD', duration: [10, 'working_day'], fee: 'Lệ phí trước bạ, thuế thu nhập cá nhân theo thông báo của cơ quan thuế; lệ phí cấp giấy 50.000 đồng', feeAmount: 50_000, online: 'partial', legal: DAT_DAI, result: 'Giấy chứng nhận quyền sử dụng đất hoặc xác nhận biến động', inter: true, docs: [['Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu 11/ĐK)', O], ['Hợp đồng, văn bản chuyển nhượng, tặng cho, thừa kế đã công chứng, chứng thực', O], ['Giấy chứng nhận đã cấp', O], ['Tờ khai lệ phí trước bạ, tờ khai thuế thu nhập cá nhân', O, 2]], steps: [['66.SNNMT.VPDKDD', 'Kiểm tra hồ sơ, chuyển thông tin địa chính cho cơ quan thuế', 0.4], ['66.THUE', 'Xác định nghĩa vụ tài chính, ra thông báo thuế', 0.3], ['66.SNNMT.VPDKDD', 'Chỉnh lý, cập nhật hồ sơ địa chính, trao Giấy chứng nhận', 0.3]] },
  { code: '1.012760', name: 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', sector: 'Đất đai', unit: '66.SNNMT.VPDKDD', duration: [7, 'working_day'], fee: '50.000 đồng/giấy', feeAmount: 50_000, online: 'partial', legal: DAT_DAI, result: 'Giấy chứng nhận mới', docs: [['Đơn đề nghị cấp đổi Giấy chứng nhận (Mẫu 11/ĐK)', O], ['Giấy chứng nhận đã cấp', O]], steps: [['66.SNNMT.VPDKDD', 'Tiếp nhận, kiểm tra, đo đạc (nếu cần)', 0.7], ['66.SNNMT.VPDKDD', 'In, ký Giấy chứng nhận', 0.3]] },
  { code: '1.012771', name: 'Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', sector: 'Đăng ký biện pháp bảo đảm', unit: '66.SNNMT.VPDKDD', duration: [3, 'working_day'], fee: '80.000 đồng/hồ sơ', feeAmount: 80_000, online: 'full', legal: 'Bộ luật Dân sự năm 2015; Nghị định 99/2022/NĐ-CP; Thông tư 202/2016/TT-BTC', result: 'Xác nhận đăng ký thế chấp trên Giấy chứng nhận', docs: [['Phiếu yêu cầu đăng ký thế chấp', O], ['Hợp đồng thế chấp', OC], ['Giấy chứng nhận quyền sử dụng đất', O]], steps: [['66.SNNMT.VPDKDD', 'Tiếp nhận, ghi nội dung đăng ký, trả kết quả', 1]] },
  { code: '1.012779', name: 'Cung cấp thông tin, dữ liệu đất đai', sector: 'Đất đai', unit: '66.SNNMT.VPDKDD', duration: [3, 'working_day'], fee: 'Theo Nghị quyết của HĐND tỉnh về phí khai thác dữ liệu đất đai', online: 'full', legal: DAT_DAI, result: 'Thông tin, dữ liệu đất đai', docs: [['Phiếu yêu cầu cung cấp thông tin, dữ liệu đất đai (Mẫu 01/PYC)', O]], steps: [['66.SNNMT.VPDKDD', 'Trích xuất, cung cấp dữ liệu', 1]] },
  { code: '1.010727', name: 'Cấp giấy phép môi trường (thẩm quyền UBND tỉnh)', sector: 'Môi trường', unit: '66.SNNMT', duration: [30, 'calendar_day'], fee: 'Theo Nghị quyết của HĐND tỉnh về phí thẩm định cấp giấy phép môi trường', online: 'partial', legal: 'Luật Bảo vệ môi trường năm 2020; Nghị định 08/2022/NĐ-CP (sửa đổi 05/2025/NĐ-CP)', result: 'Giấy phép môi trường', docs: [['Văn bản đề nghị cấp giấy phép môi trường', O], ['Báo cáo đề xuất cấp giấy phép môi trường', O], ['Bản sao báo cáo nghiên cứu khả thi hoặc tài liệu tương đương', C]], steps: deptRoute('66.SNNMT', 0.85) },
  { code: '1.004232', name: 'Cấp giấy phép khai thác, sử dụng nước dưới đất', sector: 'Tài nguyên nước', unit: '66.SNNMT', duration: [30, 'working_day'], fee: 'Theo Nghị quyết của HĐND tỉnh', online: 'partial', legal: 'Luật Tài nguyên nước năm 2023; Nghị định 54/2024/NĐ-CP', result: 'Giấy phép khai thác nước dưới đất', docs: [['Đơn đề nghị cấp giấy phép', O], ['Báo cáo kết quả thăm dò, đánh giá trữ lượng nước dưới đất', O], ['Kết quả phân tích chất lượng nguồn nước', O]] },
  { code: '1.003626', name: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông, lâm, thủy sản', sector: 'Quản lý chất lượng nông lâm thủy sản', unit: '66.SNNMT', duration: [15, 'working_day'], fee: '700.000 đồng/lần thẩm định', feeAmount: 700_000, online: 'full', legal: ATTP, result: 'Giấy chứng nhận cơ sở đủ điều kiện ATTP', docs: [APPLICATION('đề nghị cấp Giấy chứng nhận'), ['Bản thuyết minh về cơ sở vật chất, trang thiết bị', O]] },
  // Sở Tài chính (đăng ký doanh nghiệp, đầu tư)
  { code: '2.001610', name: 'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên', sector: 'Thành lập và hoạt động của doanh nghiệp', unit: '66.STC', duration: [3, 'working_day'], fee: '50.000 đồng/lần (miễn khi nộp trực tuyến); phí công bố 100.000 đồng', feeAmount: 50_000, online: 'full', legal: DOANH_NGHIEP, result: 'Giấy chứng nhận đăng ký doanh nghiệp', docs: [['Giấy đề nghị đăng ký doanh nghiệp', O], ['Điều lệ công ty', O], ['Bản sao giấy tờ pháp lý của chủ sở hữu', C], ['Văn bản ủy quyền cho người nộp hồ sơ (nếu có)', O, 1, false]], steps: [['66.STC', 'Phòng Đăng ký kinh doanh thẩm định hồ sơ', 0.8], ['66.STC', 'Cấp Giấy chứng nhận đăng ký doanh nghiệp', 0.2]] },
  { code: '2.001620', name: 'Đăng ký thành lập công ty cổ phần', sector: 'Thành lập và hoạt động của doanh nghiệp', unit: '66.STC', duration: [3, 'working_day'], fee: '50.000 đồng/lần (miễn khi nộp trực tuyến); phí công bố 100.000 đồng', feeAmount: 50_000, online: 'full', legal: DOANH_NGHIEP, result: 'Giấy chứng nhận đăng ký doanh nghiệp', docs: [['Giấy đề nghị đăng ký doanh nghiệp', O], ['Điều lệ công ty', O], ['Danh sách cổ đông sáng lập', O], ['Bản sao giấy tờ pháp lý của cổ đông sáng lập', C]], steps: [['66.STC', 'Phòng Đăng ký kinh doanh thẩm định hồ sơ', 0.8], ['66.STC', 'Cấp Giấy chứng nhận đăng ký doanh nghiệp', 0.2]] },
  { code: '2.002042', name: 'Đăng ký thay đổi người đại diện theo pháp luật của công ty', sector: 'Thành lập và hoạt động của doanh nghiệp', unit: '66.STC', duration: [3, 'working_day'], fee: '50.000 đồng/lần (miễn khi nộp trực tuyến)', feeAmount: 50_000, online: 'full', legal: DOANH_NGHIEP, result: 'Giấy chứng nhận đăng ký doanh nghiệp (thay đổi)', docs: [['Thông báo thay đổi nội dung đăng ký doanh nghiệp', O], ['Nghị quyết, quyết định về việc thay đổi', O]], steps: [['66.STC', 'Thẩm định, cấp Giấy chứng nhận', 1]] },
  { code: '2.002047', name: 'Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn', sector: 'Thành lập và hoạt động của doanh nghiệp', unit: '66.STC', duration: [3, 'working_day'], fee: NO_FEE, online: 'full', legal: DOANH_NGHIEP, result: 'Giấy xác nhận về việc doanh nghiệp đăng ký tạm ngừng kinh doanh', docs: [['Thông báo tạm ngừng kinh doanh', O], ['Nghị quyết, quyết định của chủ sở hữu hoặc hội đồng thành viên', O]], steps: [['66.STC', 'Thẩm định, cấp giấy xác nhận', 1]] },
  { code: '1.009645', name: 'Chấp thuận chủ trương đầu tư của UBND tỉnh', sector: 'Đầu tư tại Việt Nam', unit: '66.STC', duration: [35, 'calendar_day'], fee: NO_FEE, online: 'partial', legal: 'Luật Đầu tư năm 2020 (sửa đổi 2025); Nghị định 31/2021/NĐ-CP', result: 'Quyết định chấp thuận chủ trương đầu tư', inter: true, docs: [['Văn bản đề nghị thực hiện dự án đầu tư', O], ['Đề xuất dự án đầu tư', O], ['Tài liệu chứng minh năng lực tài chính của nhà đầu tư', C], ['Giấy tờ pháp lý của nhà đầu tư', C]], steps: [['66.STC', 'Tiếp nhận, lấy ý kiến các sở, ngành', 0.3], ['66.SXD', 'Sở Xây dựng góp ý về quy hoạch', 0.15], ['66.SNNMT', 'Sở NN&MT góp ý về đất đai, môi trường', 0.15], ['66.VPUBND', 'UBND tỉnh xem xét, quyết định', 0.4]] },
  // Sở Văn hóa, Thể thao và Du lịch
  { code: '1.004628', name: 'Cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa', sector: 'Lữ hành', unit: '66.SVHTTDL', duration: [10, 'working_day'], fee: '3.000.000 đồng/giấy phép', feeAmount: 3_000_000, online: 'full', legal: DU_LICH, result: 'Giấy phép kinh doanh dịch vụ lữ hành nội địa', docs: [APPLICATION('đề nghị cấp giấy phép'), ['Giấy chứng nhận đăng ký doanh nghiệp', C], ['Giấy chứng nhận ký quỹ', O], ['Văn bằng chuyên ngành lữ hành của người phụ trách', C]] },
  { code: '1.001432', name: 'Cấp thẻ hướng dẫn viên du lịch nội địa', sector: 'Lữ hành', unit: '66.SVHTTDL', duration: [10, 'working_day'], fee: '650.000 đồng/thẻ', feeAmount: 650_000, online: 'full', legal: DU_LICH, result: 'Thẻ hướng dẫn viên du lịch', docs: [APPLICATION('đề nghị cấp thẻ'), ['Sơ yếu lý lịch có xác nhận', O], ['Giấy chứng nhận sức khỏe', O], ['Chứng chỉ nghiệp vụ hướng dẫn du lịch nội địa', C], ['02 ảnh 3x4 cm', O, 2]] },
  { code: '1.001455', name: 'Công nhận hạng cơ sở lưu trú du lịch hạng 3 sao đối với khách sạn', sector: 'Du lịch', unit: '66.SVHTTDL', duration: [30, 'calendar_day'], fee: '2.000.000 đồng/hồ sơ', feeAmount: 2_000_000, online: 'partial', legal: DU_LICH, result: 'Quyết định công nhận hạng', docs: [APPLICATION('đề nghị công nhận hạng'), ['Bản tự đánh giá chất lượng theo tiêu chuẩn', O], ['Danh sách người quản lý và nhân viên', O]] },
  { code: '1.000913', name: 'Cấp Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao', sector: 'Thể dục thể thao', unit: '66.SVHTTDL', duration: [7, 'working_day'], fee: NO_FEE, online: 'full', legal: 'Luật Thể dục, thể thao năm 2006 (sửa đổi 2018); Nghị định 36/2019/NĐ-CP', result: 'Giấy chứng nhận đủ điều kiện', docs: [APPLICATION('đề nghị cấp Giấy chứng nhận'), ['Bản tóm tắt tình hình chuẩn bị các điều kiện kinh doanh', O], ['Văn bằng, chứng chỉ của nhân viên chuyên môn', C]] },
  // Sở Nội vụ
  { code: '1.000105', name: 'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', sector: 'Việc làm', unit: '66.SNV', duration: [5, 'working_day'], fee: '600.000 đồng/giấy phép', feeAmount: 600_000, online: 'full', legal: LAO_DONG, result: 'Giấy phép lao động', docs: [APPLICATION('đề nghị cấp giấy phép lao động'), ['Giấy chứng nhận sức khỏe', O], ['Phiếu lý lịch tư pháp', O], ['Văn bằng, giấy tờ chứng minh chuyên gia, lao động kỹ thuật', CC], ['02 ảnh màu 4x6 cm', O, 2], ['Hộ chiếu', CC]] },
  { code: '1.000459', name: 'Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động', sector: 'Việc làm', unit: '66.SNV', duration: [3, 'working_day'], fee: NO_FEE, online: 'full', legal: LAO_DONG, result: 'Văn bản xác nhận', docs: [['Văn bản đề nghị xác nhận', O], ['Giấy chứng nhận sức khỏe', O], ['Giấy tờ chứng minh thuộc diện không cấp giấy phép', C]] },
  { code: '1.001978', name: 'Giải quyết hưởng trợ cấp thất nghiệp', sector: 'Việc làm', unit: '66.SNV', duration: [20, 'working_day'], fee: NO_FEE, online: 'full', legal: 'Luật Việc làm năm 2013; Nghị định 28/2015/NĐ-CP', result: 'Quyết định hưởng trợ cấp thất nghiệp', docs: [APPLICATION('đề nghị hưởng trợ cấp thất nghiệp'), ['Quyết định thôi việc hoặc hợp đồng lao động đã hết hạn', C], ['Sổ bảo hiểm xã hội', O]] },
  { code: '1.003807', name: 'Công nhận ban vận động thành lập hội có phạm vi hoạt động trong tỉnh', sector: 'Tổ chức phi chính phủ', unit: '66.SNV', duration: [30, 'calendar_day'], fee: NO_FEE, online: 'partial', legal: 'Nghị định 45/2010/NĐ-CP (sửa đổi 33/2012/NĐ-CP) về tổ chức, hoạt động và quản lý hội', result: 'Quyết định công nhận ban vận động', docs: [['Đơn đề nghị công nhận ban vận động thành lập hội', O], ['Danh sách và lý lịch trích ngang của người dự kiến là thành viên ban vận động', O]] },
  // Công an tỉnh
  { code: '2.002206', name: 'Cấp hộ chiếu phổ thông ở trong nước tại Công an cấp tỉnh', sector: 'Quản lý xuất nhập cảnh', unit: '66.CA', duration: [8, 'working_day'], fee: '200.000 đồng/hộ chiếu', feeAmount: 200_000, online: 'full', legal: 'Luật Xuất cảnh, nhập cảnh của công dân Việt Nam năm 2019; Thông tư 25/2021/TT-BTC', result: 'Hộ chiếu phổ thông', docs: [['Tờ khai đề nghị cấp hộ chiếu (mẫu TK01)', O], ['02 ảnh chân dung 4x6 cm', O, 2], ID_CARD], steps: [['66.CA', 'Phòng Quản lý xuất nhập cảnh tiếp nhận, thu nhận sinh trắc học', 0.15], ['66.CA', 'Xét duyệt, in và trả hộ chiếu', 0.85]] },
  { code: '1.000132', name: 'Cấp Giấy chứng nhận đủ điều kiện về an ninh, trật tự để kinh doanh một số ngành, nghề đầu tư kinh doanh có điều kiện', sector: 'Quản lý ngành, nghề kinh doanh có điều kiện', unit: '66.CA', duration: [5, 'working_day'], fee: '300.000 đồng/giấy', feeAmount: 300_000, online: 'full', legal: 'Nghị định 96/2016/NĐ-CP (sửa đổi 56/2023/NĐ-CP)', result: 'Giấy chứng nhận đủ điều kiện về an ninh, trật tự', docs: [['Văn bản đề nghị cấp Giấy chứng nhận', O], ['Giấy chứng nhận đăng ký doanh nghiệp', C], ['Bản khai lý lịch của người đứng tên', O]], steps: [['66.CA', 'Tiếp nhận, thẩm định hồ sơ, kiểm tra thực tế', 0.8], ['66.CA', 'Lãnh đạo Công an tỉnh ký cấp', 0.2]] },
  { code: '1.010886', name: 'Thẩm định thiết kế về phòng cháy và chữa cháy', sector: 'Phòng cháy, chữa cháy', unit: '66.CA', duration: [10, 'working_day'], fee: 'Theo Thông tư 258/2016/TT-BTC (tính theo tổng mức đầu tư)', online: 'partial', legal: 'Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024; Nghị định 105/2025/NĐ-CP', result: 'Giấy chứng nhận thẩm định thiết kế về PCCC', docs: [['Văn bản đề nghị thẩm định thiết kế', O], ['Hồ sơ thiết kế kỹ thuật hoặc thiết kế bản vẽ thi công', O], ['Văn bản chấp thuận chủ trương đầu tư', C]], steps: [['66.CA', 'Phòng Cảnh sát PCCC và CNCH thẩm định', 0.85], ['66.CA', 'Ký cấp giấy chứng nhận', 0.15]] },
];

// prettier-ignore
const COMMUNE: SeedProcedure[] = [
  { code: '1.001193', name: 'Đăng ký khai sinh', sector: 'Hộ tịch', unit: PROVINCE, duration: [0, 'same_day'], fee: 'Miễn lệ phí khi đăng ký đúng hạn', online: 'full', legal: HO_TICH, result: 'Giấy khai sinh, Trích lục khai sinh', docs: [['Tờ khai đăng ký khai sinh (theo mẫu)', O], ['Giấy chứng sinh hoặc văn bản của người làm chứng', O], ID_CARD], steps: sameDay },
  { code: '1.001023', name: 'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi', sector: 'Hộ tịch', unit: PROVINCE, duration: [10, 'working_day'], fee: 'Miễn lệ phí', online: 'full', inter: true, legal: `${HO_TICH}; Luật Cư trú năm 2020; Luật Bảo hiểm y tế; Nghị định 63/2024/NĐ-CP`, result: 'Giấy khai sinh; xác nhận đăng ký thường trú; thẻ bảo hiểm y tế', docs: [['Tờ khai điện tử liên thông (đăng ký khai sinh, thường trú, cấp thẻ BHYT)', O], ['Giấy chứng sinh', O], ['Giấy tờ chứng minh chỗ ở hợp pháp (khi nơi thường trú khác của cha, mẹ)', C, 1, false]], steps: [[PROVINCE, 'Xã đăng ký khai sinh, chuyển thông tin liên thông', 0.3], ['66.CA', 'Công an đăng ký thường trú', 0.4], [PROVINCE, 'Xã nhận kết quả thẻ BHYT từ cơ quan BHXH, trả kết quả', 0.3]] },
  { code: '1.000894', name: 'Đăng ký kết hôn', sector: 'Hộ tịch', unit: PROVINCE, duration: [0, 'same_day'], fee: 'Miễn lệ phí', online: 'partial', legal: HO_TICH, result: 'Giấy chứng nhận kết hôn', docs: [['Tờ khai đăng ký kết hôn (theo mẫu)', O], ['Giấy xác nhận tình trạng hôn nhân (nếu cư trú ở xã khác)', O, 1, false], ID_CARD], steps: [[PROVINCE, 'Công chức tư pháp – hộ tịch kiểm tra, ghi sổ', 0.6], [PROVINCE, 'Chủ tịch UBND xã ký, trao Giấy chứng nhận kết hôn', 0.4]] },
  { code: '1.000656', name: 'Đăng ký khai tử', sector: 'Hộ tịch', unit: PROVINCE, duration: [0, 'same_day'], fee: 'Miễn lệ phí khi đăng ký đúng hạn', online: 'full', legal: HO_TICH, result: 'Trích lục khai tử', docs: [['Tờ khai đăng ký khai tử (theo mẫu)', O], ['Giấy báo tử hoặc giấy tờ thay thế', O]], steps: sameDay },
  { code: '1.003583', name: 'Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất, hỗ trợ chi phí mai táng', sector: 'Hộ tịch', unit: PROVINCE, duration: [10, 'working_day'], fee: 'Miễn lệ phí', online: 'full', inter: true, legal: `${HO_TICH}; Luật Cư trú năm 2020; Nghị định 63/2024/NĐ-CP`, result: 'Trích lục khai tử; xóa đăng ký thường trú; quyết định hưởng chế độ', docs: [['Tờ khai điện tử liên thông', O], ['Giấy báo tử', O], ['Sổ bảo hiểm xã hội của người chết (nếu có)', O, 1, false]], steps: [[PROVINCE, 'Xã đăng ký khai tử, chuyển thông tin liên thông', 0.3], ['66.CA', 'Công an xóa đăng ký thường trú', 0.3], [PROVINCE, 'Xã giải quyết hỗ trợ mai táng, trả kết quả', 0.4]] },
  { code: '1.004873', name: 'Cấp Giấy xác nhận tình trạng hôn nhân', sector: 'Hộ tịch', unit: PROVINCE, duration: [3, 'working_day'], fee: '15.000 đồng/giấy (miễn khi nộp trực tuyến)', feeAmount: 15_000, online: 'full', legal: HO_TICH, result: 'Giấy xác nhận tình trạng hôn nhân', docs: [['Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (theo mẫu)', O], ['Bản án, quyết định ly hôn hoặc trích lục khai tử của vợ/chồng (nếu có)', C, 1, false]], steps: communeRoute },
  { code: '1.001022', name: 'Đăng ký nhận cha, mẹ, con', sector: 'Hộ tịch', unit: PROVINCE, duration: [3, 'working_day'], fee: '15.000 đồng/việc', feeAmount: 15_000, online: 'partial', legal: HO_TICH, result: 'Trích lục đăng ký nhận cha, mẹ, con', docs: [['Tờ khai đăng ký nhận cha, mẹ, con (theo mẫu)', O], ['Văn bản giám định ADN hoặc chứng cứ chứng minh quan hệ', O]], steps: communeRoute },
  { code: '2.000528', name: 'Đăng ký khai sinh có yếu tố nước ngoài', sector: 'Hộ tịch', unit: PROVINCE, duration: [3, 'working_day'], fee: '75.000 đồng/việc', feeAmount: 75_000, online: 'partial', legal: HO_TICH, result: 'Giấy khai sinh', docs: [['Tờ khai đăng ký khai sinh (theo mẫu)', O], ['Giấy chứng sinh', O], ['Văn bản thỏa thuận của cha mẹ về việc chọn quốc tịch cho con', O], ['Hộ chiếu của cha/mẹ là người nước ngoài', C]], steps: communeRoute },
  { code: '2.000635', name: 'Cấp bản sao trích lục hộ tịch', sector: 'Hộ tịch', unit: PROVINCE, duration: [0, 'same_day'], fee: '8.000 đồng/bản sao', feeAmount: 8_000, online: 'full', legal: HO_TICH, result: 'Bản sao trích lục hộ tịch', docs: [['Tờ khai cấp bản sao trích lục hộ tịch (theo mẫu)', O], ID_CARD], steps: sameDay },
  { code: '2.000815', name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', sector: 'Chứng thực', unit: PROVINCE, duration: [0, 'same_day'], fee: '2.000 đồng/trang; từ trang thứ ba 1.000 đồng/trang, tối đa 200.000 đồng/bản', feeAmount: 2_000, online: 'partial', legal: CHUNG_THUC, result: 'Bản sao được chứng thực', docs: [['Bản chính giấy tờ, văn bản làm cơ sở chứng thực', O], ['Bản sao cần chứng thực (nếu người yêu cầu tự chuẩn bị)', C, 1, false]], steps: sameDay },
  { code: '2.000884', name: 'Chứng thực chữ ký trong giấy tờ, văn bản', sector: 'Chứng thực', unit: PROVINCE, duration: [0, 'same_day'], fee: '10.000 đồng/trường hợp', feeAmount: 10_000, online: 'none', legal: CHUNG_THUC, result: 'Giấy tờ, văn bản được chứng thực chữ ký', docs: [ID_CARD, ['Giấy tờ, văn bản cần chứng thực chữ ký', O]], steps: sameDay },
  { code: '2.001035', name: 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở', sector: 'Chứng thực', unit: PROVINCE, duration: [2, 'working_day'], fee: '50.000 đồng/hợp đồng', feeAmount: 50_000, online: 'none', legal: CHUNG_THUC, result: 'Hợp đồng, giao dịch được chứng thực', docs: [['Dự thảo hợp đồng, giao dịch', O], ID_CARD, ['Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản', C]], steps: communeRoute },
  { code: '1.001776', name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng', sector: 'Bảo trợ xã hội', unit: PROVINCE, duration: [15, 'working_day'], fee: NO_FEE, online: 'partial', legal: 'Nghị định 20/2021/NĐ-CP (sửa đổi 76/2024/NĐ-CP) về chính sách trợ giúp xã hội', result: 'Quyết định hưởng trợ cấp xã hội', docs: [['Tờ khai đề nghị trợ giúp xã hội (theo mẫu)', O], ['Giấy xác nhận khuyết tật (đối với người khuyết tật)', C, 1, false]], steps: [[PROVINCE, 'Công chức văn hóa – xã hội xác minh, niêm yết công khai', 0.7], [PROVINCE, 'Chủ tịch UBND xã quyết định', 0.3]] },
  { code: '1.001758', name: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', sector: 'Bảo trợ xã hội', unit: PROVINCE, duration: [3, 'working_day'], fee: NO_FEE, online: 'partial', legal: 'Nghị định 20/2021/NĐ-CP', result: 'Quyết định hỗ trợ chi phí mai táng', docs: [['Tờ khai đề nghị hỗ trợ chi phí mai táng (theo mẫu)', O], ['Giấy báo tử hoặc trích lục khai tử', C]], steps: communeRoute },
  { code: '1.012790', name: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận lần đầu cho hộ gia đình, cá nhân', sector: 'Đất đai', unit: PROVINCE, duration: [20, 'working_day'], fee: '50.000 đồng/giấy; nghĩa vụ tài chính theo thông báo của cơ quan thuế', feeAmount: 50_000, online: 'partial', inter: true, legal: DAT_DAI, result: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', docs: [['Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu 04/ĐK)', O], ['Giấy tờ về quyền sử dụng đất (nếu có)', C, 1, false], ['Mảnh trích đo bản đồ địa chính (nếu có)', O, 1, false], ['Giấy tờ về nghĩa vụ tài chính (nếu có)', C, 1, false]], steps: [[PROVINCE, 'Xã tiếp nhận, xác nhận hiện trạng, niêm yết công khai', 0.35], ['66.SNNMT.VPDKDD', 'Văn phòng Đăng ký đất đai kiểm tra, chuyển thông tin địa chính', 0.25], ['66.THUE', 'Cơ quan thuế xác định nghĩa vụ tài chính', 0.15], [PROVINCE, 'Chủ tịch UBND xã ký Giấy chứng nhận, trao kết quả', 0.25]] },
  { code: '1.012791', name: 'Hòa giải tranh chấp đất đai', sector: 'Đất đai', unit: PROVINCE, duration: [30, 'calendar_day'], fee: NO_FEE, online: 'none', legal: DAT_DAI, result: 'Biên bản hòa giải', docs: [['Đơn đề nghị hòa giải tranh chấp đất đai', O], ['Giấy tờ liên quan đến thửa đất tranh chấp', C, 1, false]], steps: communeRoute },
  { code: '1.009995', name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ', sector: 'Hoạt động xây dựng', unit: PROVINCE, duration: [15, 'working_day'], fee: '75.000 đồng/giấy phép', feeAmount: 75_000, online: 'full', legal: XAY_DUNG, result: 'Giấy phép xây dựng', docs: [['Đơn đề nghị cấp giấy phép xây dựng (theo mẫu)', O], ['Giấy tờ hợp pháp về đất đai', CC], ['02 bộ bản vẽ thiết kế xây dựng', O, 2]], steps: communeRoute },
  { code: '1.001612', name: 'Đăng ký thành lập hộ kinh doanh', sector: 'Thành lập và hoạt động của hộ kinh doanh', unit: PROVINCE, duration: [3, 'working_day'], fee: 'Theo Nghị quyết của HĐND tỉnh (miễn khi nộp trực tuyến)', online: 'full', legal: DOANH_NGHIEP, result: 'Giấy chứng nhận đăng ký hộ kinh doanh', docs: [['Giấy đề nghị đăng ký hộ kinh doanh (theo mẫu)', O], ['Biên bản họp thành viên hộ gia đình (nếu hộ gia đình đăng ký)', O, 1, false]], steps: communeRoute },
];

// How often each procedure is used, relative (default 1): a commune's certification and civil-status counters take most
// dossiers of a province, land registration and business registration follow, a department's specialised licences are
// rare. Illustrative shares shaped like the published yearly one-stop reports of provinces, not Đắk Lắk's own figures.
/** Relative yearly volume of the demo dossiers by national code (db/seeds/dossiers-demo.ts draws by it). */
export const DEMO_VOLUMES: Readonly<Record<string, number>> = {
  '2.000815': 400, // chứng thực bản sao
  '2.000884': 80, // chứng thực chữ ký
  '2.001035': 25, // chứng thực hợp đồng, giao dịch
  '1.001193': 60, // khai sinh
  '1.001023': 35, // liên thông khai sinh, thường trú, BHYT
  '2.000635': 60, // bản sao trích lục hộ tịch
  '1.004873': 40, // xác nhận tình trạng hôn nhân
  '1.000894': 25, // kết hôn
  '1.000656': 18, // khai tử
  '1.003583': 10, // liên thông khai tử
  '1.001022': 3,
  '2.000528': 1,
  '1.001776': 15, // trợ cấp xã hội hằng tháng
  '1.001758': 4,
  '1.012790': 15, // đăng ký đất đai lần đầu
  '1.012791': 2,
  '1.009995': 10, // giấy phép xây dựng nhà ở riêng lẻ
  '1.001612': 15, // hộ kinh doanh
  '1.012755': 60, // đăng ký biến động đất đai
  '1.012760': 20,
  '1.012771': 40, // đăng ký thế chấp
  '1.012779': 10,
  '3.000333': 30, // Phiếu lý lịch tư pháp
  '2.002206': 20, // hộ chiếu
  '2.001610': 8, // thành lập công ty TNHH một thành viên
  '2.002042': 6,
  '2.002047': 4,
  '1.001978': 15, // trợ cấp thất nghiệp
  '1.005092': 5, // bản sao văn bằng từ sổ gốc
  '1.005088': 4,
};

/** The demo catalogue (provincial, then commune-level) as written. */
export const DAKLAK_PROCEDURES: readonly SeedProcedure[] = [...PROVINCIAL, ...COMMUNE.map((p) => ({ ...p, level: 'commune' as const }))];

/**
 * Seeds the demo catalogue for the Đắk Lắk units (ids by unit code, as returned by seedDaklakUnits), inside the
 * caller's transaction. Idempotent: a second run finds the first procedure and adds nothing. Returns how many
 * procedures the catalogue holds after the call (seeded or already there).
 */
export async function seedDaklakProcedures(trx: Kysely<DB>, unitIds: Record<string, string>): Promise<number> {
  const id = (code: string) => {
    const u = unitIds[code];
    if (!u) throw new Error(`procedure seed: unit ${code} missing`);
    return u;
  };
  // Same lock as the catalogue writers: two concurrent seeds (demo and tests on one database) do not both insert.
  await sql`SELECT pg_advisory_xact_lock(660005)`.execute(trx);
  const ownUnits = [...new Set(DAKLAK_PROCEDURES.map((p) => id(p.unit)))];
  const existing = await trx
    .selectFrom('procedures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('handlingUnitId', 'in', ownUnits)
    .executeTakeFirst();
  if (Number(existing?.n ?? 0) > 0) return Number(existing?.n);
  for (const p of DAKLAK_PROCEDURES) {
    const row = await trx
      .insertInto('procedures')
      .values({
        nationalCode: p.code,
        name: p.name,
        sector: p.sector,
        level: p.level ?? 'province',
        handlingUnitId: id(p.unit),
        durationValue: p.duration[0],
        durationUnit: p.duration[1],
        // Same-day procedures take the cutoff of the rule in force on their first day (docs/DOMAIN.md §3.9).
        sameDayCutoff: p.duration[1] === 'same_day' ? sameDayRuleOn(asLocalDate(p.validFrom ?? FROM)).defaultCutoff : null,
        feeText: p.fee,
        feeAmount: p.feeAmount ?? null,
        onlineLevel: p.online,
        isInterAgency: p.inter ?? false,
        // Land procedures with fees or taxes: the time to meet them is not counted (Land Law 2024; docs/DOMAIN.md §10.5).
        paymentPausesClock: p.sector === 'Đất đai' && p.fee !== NO_FEE,
        resultText: p.result ?? null,
        legalBasis: p.legal,
        validFrom: p.validFrom ?? FROM,
        validTo: p.validTo ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('procedureDocuments')
      .values(
        p.docs.map(([name, form, quantity, required], i) => ({
          procedureId: row.id,
          position: i + 1,
          name,
          form,
          quantity: quantity ?? 1,
          isRequired: required ?? true,
        })),
      )
      .execute();
    const steps = p.steps ?? (p.level === 'commune' ? communeRoute : deptRoute(p.unit));
    await trx
      .insertInto('procedureSteps')
      .values(steps.map(([unit, name, share], i) => ({ procedureId: row.id, position: i + 1, unitId: id(unit), name, timeShare: share })))
      .execute();
  }
  return DAKLAK_PROCEDURES.length;
}
