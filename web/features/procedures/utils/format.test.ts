import { describe, expect, it } from 'vitest';
import { feeShown, type FeeShown } from './format';

describe('feeShown', () => {
  it.each<[number | null, string | null, FeeShown]>([
    [200000, '200.000 đồng/lần', { kind: 'amount', amount: 200000 }],
    [null, '50% lệ phí', { kind: 'text', text: '50% lệ phí' }],
    [null, 'Theo biểu phí của Bộ Tài chính quy định', { kind: 'text', text: 'Theo biểu phí của Bộ Tài…' }],
    [null, 'Không thu phí', { kind: 'none' }],
    [null, 'không', { kind: 'none' }],
    [0, 'Miễn phí', { kind: 'none' }],
    [null, null, { kind: 'none' }],
  ])('%s, %s', (feeAmount, feeText, expected) => expect(feeShown({ feeAmount, feeText })).toEqual(expected));
});
