import { describe, expect, it } from 'vitest';
import { cleanText } from './text';

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
