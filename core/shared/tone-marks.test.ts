import { describe, expect, it } from 'vitest';
import { followsToneConvention, traditionalToneMarks } from './tone-marks';

describe('one spelling of tone marks', () => {
  it.each([
    ['Cộng hoà', 'Cộng hòa'],
    ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['Xoá', 'Xóa'],
    ['Huỷ', 'Hủy'],
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
    ['tạm khoá tài khoản', 'tạm khóa tài khoản'],
    ['hoạ đồ, toạ độ', 'họa đồ, tọa độ'],
    ['khoẻ', 'khỏe'],
    ['luỹ kế', 'lũy kế'],
    ['thuỷ lợi.', 'thủy lợi.'],
    ['Hoà/Xoá', 'Hòa/Xóa'],
    // Unchanged: a final consonant keeps the tone on the last vowel; "quý" is spelt one way; already traditional.
    ['hoàn thành, toán, hoạt động, khoảng', 'hoàn thành, toán, hoạt động, khoảng'],
    ['quý, quỳ', 'quý, quỳ'],
    ['Hòa, xóa, Ủy ban', 'Hòa, xóa, Ủy ban'],
    ['Hoa, hoe, tuy', 'Hoa, hoe, tuy'],
  ])('%s → %s', (from, to) => {
    expect(traditionalToneMarks(from)).toBe(to);
    expect(traditionalToneMarks(from).normalize('NFC')).toBe(to.normalize('NFC'));
    expect(followsToneConvention(to)).toBe(true);
  });
});
