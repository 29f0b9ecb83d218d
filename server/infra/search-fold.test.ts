import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { foldVietnamese } from '@core/shared/text';
import { ENGINES, openTestDatabase } from '@tests/harness';
import type { Database } from './database';

// The one search rule has two spellings, foldVietnamese (core/shared/text.ts) and cchc_fold (migration
// 2026120880): on both databases they must fold every string of this table to the same text.
const STRINGS = [
  'Cấp Phiếu lý lịch tư pháp số 1',
  'ĐĂNG KÝ KHAI SINH',
  'Đăng ký kết hôn có yếu tố nước ngoài',
  'ly lich tu phap',
  // Decomposed (NFD) input, as some keyboards and PDF copies send it.
  'Đăng ký khai sinh'.normalize('NFD'),
  'Nguye\u0302\u0303n Thi\u0323 Hu\u031bo\u031b\u0300ng',
  'Hòa Hoà Thủy Thuỷ Xóa Xoá',
  'Ắ Ặ Ẵ Ẳ Ầ Ẩ Ẫ Ậ Ề Ể Ễ Ệ Ố Ồ Ổ Ỗ Ộ Ớ Ờ Ở Ỡ Ợ Ứ Ừ Ử Ữ Ự Ỳ Ỷ Ỹ Ỵ Í Ì Ỉ Ĩ Ị',
  'ắ ặ ẵ ẳ ầ ẩ ẫ ậ ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ỳ ỷ ỹ ỵ í ì ỉ ĩ ị đ Đ',
  '  Sở\tTư  pháp\n\u00a0tỉnh\u2003Đắk Lắk\u202f ',
  'G-2026-000123 / 1.001234 (50%_x)',
  'Crème brûlée, Ñandú, Ça',
  '',
];

describe.each(ENGINES)('the search fold on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => database.close());

  it('folds every string of the table in SQL exactly as in TypeScript', async () => {
    const { rows } = await sql<{ i: number; folded: string }>`
      SELECT i::int AS i, cchc_fold(s) AS folded FROM unnest(${STRINGS}::text[]) WITH ORDINALITY AS t(s, i) ORDER BY i`.execute(
      database.db,
    );
    expect(rows.map((r) => r.folded)).toEqual(STRINGS.map(foldVietnamese));
    expect(rows[0]?.folded).toBe('cap phieu ly lich tu phap so 1');
  });

  it('leaves NULL as NULL', async () => {
    const { rows } = await sql<{ f: string | null }>`SELECT cchc_fold(NULL) AS f`.execute(database.db);
    expect(rows[0]?.f).toBeNull();
  });
});
