import { describe, expect, it } from 'vitest';
import { groupApologyReasons, isFullyOnline, onlineServiceFigures, sharePercent, type FullyOnlineInput } from './service-figures';

describe('isFullyOnline', () => {
  // Decree 42/2022/NĐ-CP Art. 11(1)(a): the whole procedure on the network; what CCHC sees of it: channel, level, payment.
  const cases: Array<[string, FullyOnlineInput, boolean]> = [
    ['online, full level, nothing paid', { channel: 'online', onlineLevel: 'full', payments: [] }, true],
    ['online, full level, paid online', { channel: 'online', onlineLevel: 'full', payments: ['online'] }, true],
    [
      'online, full level, method not recorded (not proven at a counter)',
      { channel: 'online', onlineLevel: 'full', payments: [null] },
      true,
    ],
    ['online, full level, paid at the counter', { channel: 'online', onlineLevel: 'full', payments: ['online', 'counter'] }, false],
    ['online, partial level', { channel: 'online', onlineLevel: 'partial', payments: [] }, false],
    ['at the counter, full level', { channel: 'in_person', onlineLevel: 'full', payments: [] }, false],
    ['by post, full level', { channel: 'postal', onlineLevel: 'full', payments: ['online'] }, false],
  ];
  it.each(cases)('%s', (_name, d, expected) => expect(isFullyOnline(d)).toBe(expected));
});

describe('sharePercent', () => {
  it.each([
    [1, 4, 25],
    [1, 3, 33.33],
    [2, 3, 66.67],
    [0, 5, 0],
    [5, 5, 100],
    [0, 0, null],
  ])('%i of %i → %s', (part, whole, expected) => expect(sharePercent(part, whole)).toBe(expected));
});

describe('onlineServiceFigures', () => {
  it('shares each figure over its own base; payments of unrecorded method stay out of the payment share', () => {
    const f = onlineServiceFigures({
      received: 200,
      receivedOnline: 50,
      receivedFullLevel: 40,
      receivedOnlineFullLevel: 30,
      fullyOnline: 24,
      paymentsOnline: 9,
      paymentsCounter: 3,
      paymentsUnrecorded: 8,
      returned: 150,
      returnedElectronic: 60,
      receivedAtCounter: 150,
      digitisedAtCounter: 0,
    });
    expect(f).toMatchObject({
      onlineShare: 25,
      fullLevelOnlineShare: 75,
      fullyOnlineShare: 12,
      onlinePaymentShare: 75,
      electronicResultShare: 40,
      digitisedShare: 0,
    });
  });
  it('answers null shares when a period has nothing', () => {
    const zero = onlineServiceFigures({
      received: 0,
      receivedOnline: 0,
      receivedFullLevel: 0,
      receivedOnlineFullLevel: 0,
      fullyOnline: 0,
      paymentsOnline: 0,
      paymentsCounter: 0,
      paymentsUnrecorded: 4,
      returned: 0,
      returnedElectronic: 0,
      receivedAtCounter: 0,
      digitisedAtCounter: 0,
    });
    expect([zero.onlineShare, zero.fullyOnlineShare, zero.onlinePaymentShare, zero.electronicResultShare, zero.digitisedShare]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('groupApologyReasons', () => {
  // Circular 03/2025/TT-VPCP Annex I form 04: each letter states its reason; the same words are one reason.
  it.each([
    [
      'same words, other case and spaces',
      ['Chờ xác minh', 'chờ  xác minh ', 'Thiếu hồ sơ'],
      [
        ['Chờ xác minh', 2],
        ['Thiếu hồ sơ', 1],
      ],
    ],
    [
      'blank is no reason; the most frequent first',
      [null, '  ', 'A'],
      [
        [null, 2],
        ['A', 1],
      ],
    ],
    [
      'on a tie, no reason goes last',
      [null, 'B', 'A'],
      [
        ['A', 1],
        ['B', 1],
        [null, 1],
      ],
    ],
    [
      'ties in Vietnamese order',
      ['Đợi ý kiến', 'Chờ xác minh'],
      [
        ['Chờ xác minh', 1],
        ['Đợi ý kiến', 1],
      ],
    ],
    [
      'tone marks matter',
      ['Hòa giải', 'Hoa giai'],
      [
        ['Hoa giai', 1],
        ['Hòa giải', 1],
      ],
    ],
    ['nothing', [], []],
  ] as Array<[string, Array<string | null>, Array<[string | null, number]>]>)('%s', (_name, input, expected) => {
    expect(groupApologyReasons(input).map((g) => [g.reason, g.count])).toEqual(expected);
  });
});
