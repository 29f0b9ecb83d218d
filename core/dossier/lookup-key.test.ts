import { describe, expect, it } from 'vitest';
import { LOOKUP_KEY_ALPHABET, LOOKUP_KEY_RE, groupedLookupKey, lookupKeyFromBytes, normalizeLookupKey } from './index';

const bytes = (...v: number[]) => Uint8Array.from(v);

describe('dossier lookup keys', () => {
  it.each([
    [bytes(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), '0123456789AB'],
    [bytes(31, 32, 63, 64, 255, 224, 18, 19, 20, 27, 28, 29, 99), 'Z0Z0Z0JKMVWX'],
    [bytes(200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211), '89ABCDEFGHJK'],
  ])('draws a key from random bytes %#', (b, key) => {
    expect(lookupKeyFromBytes(b)).toBe(key);
    expect(key).toMatch(LOOKUP_KEY_RE);
  });

  it('uses each of the 32 characters equally often over all byte values (no bias)', () => {
    const counts = new Map<string, number>();
    for (let v = 0; v < 256; v++) {
      const c = lookupKeyFromBytes(new Uint8Array(12).fill(v))[0]!;
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    expect([...counts.keys()].sort().join('')).toBe([...LOOKUP_KEY_ALPHABET].sort().join(''));
    expect(new Set(counts.values())).toEqual(new Set([8]));
  });

  it('refuses too few bytes', () => {
    expect(() => lookupKeyFromBytes(bytes(1, 2, 3))).toThrow(RangeError);
  });

  it.each([
    ['7KQ2M9XD4RTB', '7KQ2M9XD4RTB'],
    ['7kq2-m9xd-4rtb', '7KQ2M9XD4RTB'],
    [' 7KQ2 M9XD 4RTB ', '7KQ2M9XD4RTB'],
    ['OIL0OIL0OIL0', '011001100110'],
    ['7KQ2M9XD4RTU', null], // U is not in the alphabet
    ['7KQ2M9XD4RT', null], // 11 characters
    ['7KQ2M9XD4RTBB', null], // 13 characters
    ['H12-261118-0001', null], // a dossier code is not a key
    ['24133-261125-0007', null],
    ['', null],
    ['7KQ2M9XD4RT<', null],
    ['7'.repeat(41), null],
  ])('reads %j as %j', (input, key) => {
    expect(normalizeLookupKey(input)).toBe(key);
  });

  it('groups a key by four for print', () => {
    expect(groupedLookupKey('7KQ2M9XD4RTB')).toBe('7KQ2-M9XD-4RTB');
  });
});
