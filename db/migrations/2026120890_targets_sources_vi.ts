import { sql, type Kysely } from 'kysely';

// The two targets seeded by migration 2026112510 carried, in their source, English notes for developers ("UNVERIFIED",
// "CHƯA ĐỐI CHIẾU") that the targets and statistics pages show to their users. The source becomes the document's number
// and title; what is still to be checked is said in plain Vietnamese in the note, which the reform secretariat edits
// (issue #15 point 7). Only rows still holding the seeded text change: a source a user wrote stays as written.
const ON_TIME_OLD =
  "Kế hoạch cải cách hành chính hằng năm của UBND tỉnh (chỉ tiêu tỉ lệ hồ sơ TTHC giải quyết đúng hạn) — CHƯA ĐỐI CHIẾU: phải kiểm tra con số và số hiệu văn bản theo Kế hoạch CCHC của năm hiện hành / the province's yearly PAR plan target; UNVERIFIED: check the figure and the document number against the current year's plan";
const ON_TIME_NEW =
  'Kế hoạch cải cách hành chính năm của Ủy ban nhân dân tỉnh (chỉ tiêu tỉ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn)';
const ON_TIME_NOTE =
  'Giá trị khởi tạo, cần đối chiếu con số và số hiệu văn bản với Kế hoạch cải cách hành chính của năm hiện hành. Khi có kế hoạch năm mới: đặt ngày hết hiệu lực cho phiên bản này rồi thêm phiên bản mới kèm số hiệu văn bản.';
const SIPAS_OLD =
  'Nghị quyết 76/NQ-CP (15/7/2021) ban hành Chương trình tổng thể CCHC nhà nước giai đoạn 2021–2030: mức độ hài lòng trên 80% — CHƯA KIỂM CHỨNG / UNVERIFIED';
const SIPAS_NEW =
  'Nghị quyết 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030';
const SIPAS_NOTE =
  'Cần đối chiếu mức "trên 80%" cho giai đoạn 2021–2030 với văn bản (mức này đã có trong Nghị quyết 30c/NQ-CP ngày 08/11/2011 cho giai đoạn đến năm 2020). Văn bản ghi "trên", hệ thống so sánh từ 80% trở lên.';

async function set(db: Kysely<unknown>, key: string, from: string, to: string, note: string): Promise<void> {
  await sql`UPDATE targets SET source = ${to}, note = ${note} WHERE key = ${key} AND unit_id IS NULL AND source = ${from}`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await set(db, 'dossier.on_time_rate', ON_TIME_OLD, ON_TIME_NEW, ON_TIME_NOTE);
  await set(db, 'sipas.satisfaction', SIPAS_OLD, SIPAS_NEW, SIPAS_NOTE);
}

export async function down(): Promise<void> {
  // The seeded English notes are not restored: they were never meant for the page.
}
