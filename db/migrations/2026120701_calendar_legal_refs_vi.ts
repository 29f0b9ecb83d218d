import { sql, type Kysely } from 'kysely';

// The legal references and notices seeded with the calendar (migration 2026112503) were written in English, and some
// carried notes for developers; the calendar page shows them to its users. Each seeded text becomes the Vietnamese
// citation (Bộ luật Lao động 45/2019/QH14 Điều 111–112; the notices of each year: docs/DOMAIN.md §2.3–2.5). Only rows
// still holding a seeded text change: a reference a user wrote stays as written.
const LC = 'Bộ luật Lao động 2019';
// prettier-ignore
const RENAMED: ReadonlyArray<readonly [from: string, to: string]> = [
  ['Labour Code 2019 Art. 112(1)(a)', `${LC}, Điều 112 khoản 1 điểm a`],
  ['Labour Code 2019 Art. 112(1)(b)', `${LC}, Điều 112 khoản 1 điểm b`],
  ['Labour Code 2019 Art. 112(1)(c)', `${LC}, Điều 112 khoản 1 điểm c`],
  ['Labour Code 2019 Art. 112(1)(d)', `${LC}, Điều 112 khoản 1 điểm d`],
  ['Labour Code 2019 Art. 112(1)(đ)', `${LC}, Điều 112 khoản 1 điểm đ`],
  ['Labour Code 2019 Art. 112(1)(e)', `${LC}, Điều 112 khoản 1 điểm e`],
  ['Labour Code 2019 Art. 112(1)(b), 112(3)', `${LC}, Điều 112 khoản 1 điểm b và khoản 3`],
  ['Labour Code 2019 Art. 112(1)(đ), 112(3)', `${LC}, Điều 112 khoản 1 điểm đ và khoản 3`],
  ['Labour Code 2019 Art. 111(3)', `${LC}, Điều 111 khoản 3`],
  ['Labour Code 2019 Art. 112(1)(b); VPCP 8726/VPCP-KGVX (26/11/2024)', `${LC}, Điều 112 khoản 1 điểm b; Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ`],
  ['Labour Code 2019 Art. 112(1)(b); TB 9441/TB-BNV (16/10/2025), after the VPCP notice of 13/10/2025', `${LC}, Điều 112 khoản 1 điểm b; Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ`],
  ['Civil-servant day swap approved for 2025 (reference.md §6.2 [S70]; document number UNVERIFIED)', 'Hoán đổi ngày làm việc dịp 30/4 – 1/5/2025 của cán bộ, công chức, viên chức đã được Thủ tướng Chính phủ đồng ý'],
  ['Civil-servant day swap for National Day 2026 (reference.md §6.2 [S72]; document number UNVERIFIED)', 'Hoán đổi ngày làm việc dịp Quốc khánh 2026 của cán bộ, công chức, viên chức đã được Thủ tướng Chính phủ đồng ý'],
];

// The seeded notices, shown above the year's calendar: [ref, covers] as seeded → as shown.
// prettier-ignore
const NOTICES: ReadonlyArray<readonly [from: readonly [string, string], to: readonly [string, string]]> = [
  [['VPCP 8726/VPCP-KGVX', 'Tết Ất Tỵ 2025 for civil servants'], ['Công văn 8726/VPCP-KGVX', 'Lịch nghỉ Tết Ất Tỵ 2025 của cán bộ, công chức, viên chức']],
  [['Swap 2/5 ↔ 26/4/2025 (number UNVERIFIED)', '30/4–1/5 break with make-up work on Saturday 26/4'], ['Hoán đổi ngày làm việc 02/5 ↔ 26/4/2025', 'Nghỉ 30/4 – 4/5/2025, làm bù thứ Bảy 26/4/2025']],
  [['VPCP notice of 13/10/2025 (number not recorded)', 'Prime Minister’s approval of the 2026 Tết and National Day schedule'], ['Thông báo của Văn phòng Chính phủ ngày 13/10/2025', 'Thủ tướng Chính phủ đồng ý lịch nghỉ Tết Bính Ngọ và Quốc khánh năm 2026']],
  [['TB 9441/TB-BNV', 'Tết Bính Ngọ 2026 and 2026 holidays for civil servants'], ['Thông báo 9441/TB-BNV', 'Lịch nghỉ Tết Bính Ngọ và các ngày lễ năm 2026 của cán bộ, công chức, viên chức']],
];

async function rename(
  db: Kysely<unknown>,
  pairs: ReadonlyArray<readonly [string, string]>,
  notices: ReadonlyArray<readonly [readonly [string, string], readonly [string, string]]>,
): Promise<void> {
  for (const [from, to] of pairs) await sql`UPDATE calendar_days SET legal_ref = ${to} WHERE legal_ref = ${from}`.execute(db);
  for (const [[ref, covers], [toRef, toCovers]] of notices) {
    await sql`UPDATE calendar_notices SET ref = ${toRef}, covers = ${toCovers} WHERE ref = ${ref} AND covers = ${covers}`.execute(db);
  }
  // Every process keeps its working calendar by this version; a changed entry is a new calendar.
  await sql`UPDATE calendar_state SET version = version + 1`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await rename(db, RENAMED, NOTICES);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await rename(
    db,
    RENAMED.map(([from, to]) => [to, from] as const),
    NOTICES.map(([from, to]) => [to, from] as const),
  );
}
