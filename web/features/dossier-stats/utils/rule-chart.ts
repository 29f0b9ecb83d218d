import type { StatsReport } from '@contracts/dossier-stats';
import type { NumberWriter } from './chart-options';

/** One row of the comparison: its label and on-time rate under each rule set (null: nothing to handle). */
export type RateRow = { key: string; label: string; periodic: number | null; serviceIndex: number | null };

/** The rows of both reports side by side, the total first, matched by key (rows only one report has keep a null). */
export function rateRows(periodic: StatsReport, serviceIndex: StatsReport, totalLabel: string): RateRow[] {
  const other = new Map(serviceIndex.rows.map((r) => [r.key, r.onTimeRate]));
  const rows = periodic.rows.map((r) => ({ key: r.key, label: r.label, periodic: r.onTimeRate, serviceIndex: other.get(r.key) ?? null }));
  for (const r of serviceIndex.rows)
    if (!rows.some((x) => x.key === r.key)) rows.push({ key: r.key, label: r.label, periodic: null, serviceIndex: r.onTimeRate });
  return [{ key: 'total', label: totalLabel, periodic: periodic.total.onTimeRate, serviceIndex: serviceIndex.total.onTimeRate }, ...rows];
}

/** The difference in percentage points (Decision 766 − periodic), rounded to 2 decimals; null when either is missing. */
export const rateGap = (r: Pick<RateRow, 'periodic' | 'serviceIndex'>): number | null =>
  r.periodic === null || r.serviceIndex === null ? null : Math.round((r.serviceIndex - r.periodic) * 100) / 100;

/** Grouped horizontal bars: each row's on-time rate under the periodic report and under Decision 766 (0–100 %). */
export function ratesOption(rows: readonly RateRow[], labels: { periodic: string; serviceIndex: string }, fmt: NumberWriter) {
  const pct = (v: unknown) => (typeof v === 'number' ? `${fmt(v)} %` : '—');
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: pct },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => `${fmt(v)} %` } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { width: 200, overflow: 'truncate' } },
    series: [
      { name: labels.periodic, type: 'bar', itemStyle: { color: '#1677ff' }, data: rows.map((r) => r.periodic) },
      { name: labels.serviceIndex, type: 'bar', itemStyle: { color: '#d46b08' }, data: rows.map((r) => r.serviceIndex) },
    ],
  };
}
