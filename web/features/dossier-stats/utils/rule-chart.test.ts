import { describe, expect, it } from 'vitest';
import type { StatsReport } from '@contracts/dossier-stats';
import { rateGap, rateRows, ratesOption } from './rule-chart';

const report = (total: number | null, rows: Array<[string, number | null]>) =>
  ({
    total: { onTimeRate: total },
    rows: rows.map(([key, onTimeRate]) => ({ key, label: `Đơn vị ${key}`, onTimeRate })),
  }) as unknown as StatsReport;

describe('rule comparison chart', () => {
  it.each([
    [{ periodic: 90, serviceIndex: 85.5 }, -4.5],
    [{ periodic: 50, serviceIndex: 50 }, 0],
    [{ periodic: null, serviceIndex: 80 }, null],
  ])('rateGap(%o) = %s points', (r, gap) => {
    expect(rateGap(r)).toBe(gap);
  });

  it('matches rows by key, the total first, a row of one report only kept with a null', () => {
    const rows = rateRows(
      report(90, [
        ['a', 95],
        ['b', 80],
      ]),
      report(85, [
        ['a', 90],
        ['c', 70],
      ]),
      'Tổng cộng',
    );
    expect(rows.map((r) => [r.key, r.periodic, r.serviceIndex])).toEqual([
      ['total', 90, 85],
      ['a', 95, 90],
      ['b', 80, null],
      ['c', null, 70],
    ]);
    const option = ratesOption(rows, { periodic: 'Định kỳ', serviceIndex: '766' }, (n) => String(n));
    expect(option.series.map((s) => s.data)).toEqual([
      [90, 95, 80, null],
      [85, 90, null, 70],
    ]);
  });
});
