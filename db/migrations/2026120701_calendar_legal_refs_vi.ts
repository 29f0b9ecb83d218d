import { sql, type Kysely } from 'kysely';

// The legal references seeded with the calendar (migration 2026112503) were written in English, and two of them
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

async function rename(db: Kysely<unknown>, pairs: ReadonlyArray<readonly [string, string]>): Promise<void> {
  for (const [from, to] of pairs) await sql`UPDATE calendar_days SET legal_ref = ${to} WHERE legal_ref = ${from}`.execute(db);
  // Every process keeps its working calendar by this version; a changed entry is a new calendar.
  await sql`UPDATE calendar_state SET version = version + 1`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await rename(db, RENAMED);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await rename(
    db,
    RENAMED.map(([from, to]) => [to, from] as const),
  );
}
