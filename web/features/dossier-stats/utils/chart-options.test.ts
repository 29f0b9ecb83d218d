import { describe, expect, it } from 'vitest';
import type { StatsRow } from '@contracts/dossier-stats';
import { formatNumber } from '@web/lib/format';
import { TOP_ROWS, barsOption, channelsOption, topRows, trendOption } from './chart-options';

const row = (key: string, toHandle: number, early = 0, onTime = 0, late = 0): StatsRow => ({
  key,
  label: key,
  unitId: null,
  carriedOver: 0,
  receivedOnline: 0,
  receivedInPerson: 0,
  receivedPostal: 0,
  received: toHandle,
  toHandle,
  finished: early + onTime + late,
  finishedEarly: early,
  finishedOnTime: onTime,
  finishedLate: late,
  inProgress: 0,
  inProgressWithinTime: 0,
  inProgressOverdue: 0,
  onTimeRate: null,
  repeatedSupplements: 0,
});

describe('topRows', () => {
  it.each<[string, StatsRow[], string[]]>([
    ['rows with nothing to handle are left out', [row('a', 0), row('b', 3)], ['b']],
    ['most dossiers first', [row('a', 1), row('b', 9), row('c', 4)], ['b', 'c', 'a']],
    [
      'at most TOP_ROWS',
      Array.from({ length: 15 }, (_, i) => row(`r${i}`, i + 1)),
      Array.from({ length: TOP_ROWS }, (_, i) => `r${14 - i}`),
    ],
    ['none', [], []],
  ])('%s', (_name, rows, keys) => expect(topRows(rows).map((r) => r.key)).toEqual(keys));
});

describe('barsOption', () => {
  it('stacks early, on time and late per row, named by the labels given', () => {
    const o = barsOption([row('Sở Tư pháp', 10, 2, 7, 1)], (k) => `[${k}]`);
    expect(o.yAxis.data).toEqual(['Sở Tư pháp']);
    expect(o.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['[early]', 'done', [2]],
      ['[onTime]', 'done', [7]],
      ['[late]', 'done', [1]],
    ]);
  });
});

describe('numbers on the charts', () => {
  const slice = { name: 'Trực tuyến', value: 1234, percent: 44.35 };
  it.each([
    ['vi', '44,35 %', 'Trực tuyến: 1.234 (44,35 %)', '1.500', '97,5 %'],
    ['en', '44.35 %', 'Trực tuyến: 1,234 (44.35 %)', '1,500', '97.5 %'],
  ])('are written the %s way on labels, tooltips and axes', (lang, label, tip, axis, rate) => {
    const fmt = (n: number) => formatNumber(n, lang);
    const donut = channelsOption(row('all', 0), { online: 'o', inPerson: 'i', postal: 'p' }, fmt);
    expect(donut.series[0]?.label.formatter(slice)).toBe(label);
    expect(donut.tooltip.formatter(slice)).toBe(tip);
    expect(barsOption([], (k) => k, fmt).xAxis.axisLabel.formatter(1500)).toBe(axis);
    const trend = trendOption([], { received: 'r', late: 'l', notLateRate: 'n' }, fmt);
    expect(trend.yAxis[1]?.axisLabel.formatter(97.5)).toBe(rate);
    expect(trend.tooltip.valueFormatter(1500)).toBe(axis);
  });

  it('write months as 11/2026 on the trend axis', () => {
    const point = { month: '2026-11', received: 3, finishedEarly: 0, finishedOnTime: 1, finishedLate: 1, finishedNotLateRate: 50 };
    expect(trendOption([point], { received: 'r', late: 'l', notLateRate: 'n' }).xAxis.data).toEqual(['11/2026']);
  });

  it('are Vietnamese when no writer is given', () => {
    expect(channelsOption(row('all', 0), { online: 'o', inPerson: 'i', postal: 'p' }).series[0]?.label.formatter(slice)).toBe('44,35 %');
  });
});
