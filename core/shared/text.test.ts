import { describe, expect, it } from 'vitest';
import { cleanText, foldVietnamese, likeInfix, matchesSearch, searchWords } from './text';

describe('cleanText', () => {
  it.each([
    [undefined, undefined],
    [null, null],
    ['', null],
    ['   ', null],
    ['  Sở Tư pháp ', 'Sở Tư pháp'],
    // 'ở' typed as o + combining horn + combining hook above comes back composed.
    ['S\u006f\u031b\u0309 Nội vụ', 'Sở Nội vụ'],
  ])('%j → %j', (input, expected) => expect(cleanText(input)).toBe(expected));
});

// Worked cases of the one search rule (Unicode TCVN 6909:2001, Quyết định 72/2002/QĐ-TTg: precomposed or decomposed).
describe('foldVietnamese', () => {
  it.each([
    ['Lý lịch tư pháp', 'ly lich tu phap'],
    ['ly lich tu phap', 'ly lich tu phap'],
    ['ĐĂNG KÝ KHAI SINH', 'dang ky khai sinh'],
    ['Đăng ký khai sinh', 'dang ky khai sinh'],
    ['đ', 'd'],
    // Decomposed input: ệ as e + combining dot below + combining circumflex; ư as u + combining horn.
    ['Vi\u0065\u0323\u0302t Nam, tu\u031b', 'viet nam, tu'],
    ['Nguye\u0302\u0303n Thi\u0323', 'nguyen thi'],
    ['  Sở   Tư\tpháp\u00a0Đắk Lắk  ', 'so tu phap dak lak'],
    ['Hòa = Hoà', 'hoa = hoa'],
    ['G-2026-000123', 'g-2026-000123'],
    ['', ''],
  ])('%j → %j', (input, expected) => expect(foldVietnamese(input)).toBe(expected));
});

describe('searchWords and matchesSearch', () => {
  it.each([
    ['Cấp phiếu lý lịch tư pháp số 1', 'ly lich tu phap', true],
    ['Cấp phiếu lý lịch tư pháp số 1', 'phap ly', true],
    ['Cấp phiếu lý lịch tư pháp số 1', 'LÝ LỊCH', true],
    ['Đăng ký khai sinh', 'dang ky khai sinh', true],
    ['Đăng ký khai sinh', 'đăng ký kết hôn', false],
    ['Đăng ký khai sinh', '', true],
    ['Đăng ký khai sinh', '   ', true],
  ])('%j holds %j: %s', (text, q, expected) => expect(matchesSearch(text, q)).toBe(expected));

  it('splits a search into folded words and escapes a word for LIKE', () => {
    expect(searchWords('  Lý  LỊCH ')).toEqual(['ly', 'lich']);
    expect(searchWords(undefined)).toEqual([]);
    expect(likeInfix('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
