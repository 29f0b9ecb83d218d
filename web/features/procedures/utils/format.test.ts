import { describe, expect, it } from 'vitest';
import { feeShown, formatDuration, stepTime, type FeeShown } from './format';

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

// docs/DOMAIN.md §3.9: a same-day procedure reads "Trong ngày (nhận trước 15:00)".
describe('formatDuration', () => {
  it.each<[number, Parameters<typeof formatDuration>[1], string, string | null, string]>([
    [10, 'working_day', 'vi', null, '10 ngày làm việc'],
    [4, 'working_hour', 'vi', null, '4 giờ làm việc'],
    [0, 'same_day', 'vi', '15:00', 'Trong ngày (nhận trước 15:00)'],
    [0, 'same_day', 'vi', '16:30', 'Trong ngày (nhận trước 16:30)'],
    [0, 'same_day', 'en', '15:00', 'Same day (received by 15:00)'],
    [0, 'same_day', 'vi', null, 'Trong ngày'],
  ])('%s %s (%s, cutoff %s) → %s', (value, unit, l, cutoff, expected) => expect(formatDuration(value, unit, l, cutoff)).toBe(expected));
  it('shows a same-day step as its share of the day', () => expect(stepTime(0.8, 0, 'same_day', 'vi')).toBe('80%'));
});
