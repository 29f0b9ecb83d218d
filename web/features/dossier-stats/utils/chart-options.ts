import type { StatsCountsView, StatsRow, TrendPoint } from '@contracts/dossier-stats';
import { formatMonth, formatNumber } from '@web/lib/format';

// ECharts options of the statistics page, built from the report alone (labels passed in, already translated).

/** Rows shown as bars: the ones with most dossiers; every row is in the table below the charts. */
export const TOP_ROWS = 12;

// Colours with enough contrast on white, distinguishable without colour (legend and table carry the names).
const C = {
  early: '#237804',
  onTime: '#1677ff',
  late: '#cf1322',
  online: '#531dab',
  inPerson: '#d46b08',
  postal: '#08979c',
  line: '#595959',
};

/** Writes a number the reader's way (Vietnamese 1.234 and 98,05 by default): axes, labels and tooltips use it. */
export type NumberWriter = (n: number) => string;
const vietnamese: NumberWriter = (n) => formatNumber(n, 'vi');
// ECharts hands its formatters a value that may be a string or an array; only numbers are rewritten.
const writeValue = (fmt: NumberWriter) => (v: unknown) => (typeof v === 'number' ? fmt(v) : String(v ?? ''));

/** The rows with dossiers to handle, most first, at most TOP_ROWS. */
export function topRows(rows: readonly StatsRow[]): StatsRow[] {
  return rows
    .filter((r) => r.toHandle > 0)
    .sort((a, b) => b.toHandle - a.toHandle)
    .slice(0, TOP_ROWS);
}

/** Stacked bars per row: finished early, on time, late. */
export function barsOption(rows: readonly StatsRow[], label: (key: 'early' | 'onTime' | 'late') => string, fmt: NumberWriter = vietnamese) {
  const stacks = [
    ['early', 'finishedEarly'],
    ['onTime', 'finishedOnTime'],
    ['late', 'finishedLate'],
  ] as const;
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: writeValue(fmt) },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: writeValue(fmt) } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { width: 160, overflow: 'truncate' } },
    series: stacks.map(([k, f]) => ({
      name: label(k),
      type: 'bar',
      stack: 'done',
      itemStyle: { color: C[k] },
      data: rows.map((r) => r[f]),
    })),
  };
}

/** The donut of the channels dossiers came through. */
export function channelsOption(
  c: StatsCountsView,
  labels: { online: string; inPerson: string; postal: string },
  fmt: NumberWriter = vietnamese,
) {
  type Slice = { name: string; value: number; percent: number };
  return {
    tooltip: { trigger: 'item', formatter: (p: Slice) => `${p.name}: ${fmt(p.value)} (${fmt(p.percent)} %)` },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['45%', '70%'],
        label: { formatter: (p: Slice) => `${fmt(p.percent)} %` },
        data: [
          { name: labels.online, value: c.receivedOnline, itemStyle: { color: C.online } },
          { name: labels.inPerson, value: c.receivedInPerson, itemStyle: { color: C.inPerson } },
          { name: labels.postal, value: c.receivedPostal, itemStyle: { color: C.postal } },
        ],
      },
    ],
  };
}

/** Received and late dossiers per month (bars) with the rate finished not late (line, 0–100%). */
export function trendOption(
  points: readonly TrendPoint[],
  labels: { received: string; late: string; notLateRate: string },
  fmt: NumberWriter = vietnamese,
) {
  return {
    tooltip: { trigger: 'axis', valueFormatter: writeValue(fmt) },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    // Months as the table below writes them (11/2026): the axis labels and the tooltip's title come from these.
    xAxis: { type: 'category', data: points.map((p) => formatMonth(p.month)) },
    yAxis: [
      { type: 'value', axisLabel: { formatter: writeValue(fmt) } },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => `${fmt(v)} %` } },
    ],
    series: [
      { name: labels.received, type: 'bar', itemStyle: { color: C.onTime }, data: points.map((p) => p.received) },
      { name: labels.late, type: 'bar', itemStyle: { color: C.late }, data: points.map((p) => p.finishedLate) },
      {
        name: labels.notLateRate,
        type: 'line',
        yAxisIndex: 1,
        itemStyle: { color: C.line },
        data: points.map((p) => p.finishedNotLateRate),
      },
    ],
  };
}
