import type { ReceivingPointRow } from '@contracts/dossier-stats-extra';
import { TOP_ROWS, type NumberWriter } from './chart-options';

// ECharts options of the receiving-point and online-service sections (labels passed in, already translated).

const writeValue = (fmt: NumberWriter) => (v: unknown) => (typeof v === 'number' ? fmt(v) : String(v ?? ''));

/** The receiving points with most dossiers received in the period, at most TOP_ROWS. */
export function topReceivingPoints(rows: readonly ReceivingPointRow[]): ReceivingPointRow[] {
  return rows
    .filter((r) => r.received > 0)
    .sort((a, b) => b.received - a.received)
    .slice(0, TOP_ROWS);
}

/** Stacked bars per receiving point: received for itself, received for another unit to handle. */
export function receivingOption(rows: readonly ReceivingPointRow[], labels: { own: string; others: string }, fmt: NumberWriter) {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: writeValue(fmt) },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: writeValue(fmt) } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { width: 160, overflow: 'truncate' } },
    series: [
      {
        name: labels.own,
        type: 'bar',
        stack: 'r',
        itemStyle: { color: '#1677ff' },
        data: rows.map((r) => r.received - r.receivedForOthers),
      },
      { name: labels.others, type: 'bar', stack: 'r', itemStyle: { color: '#d46b08' }, data: rows.map((r) => r.receivedForOthers) },
    ],
  };
}

/** Horizontal bars of shares in percent (0–100); a share with no base is left out. */
export function sharesOption(items: ReadonlyArray<{ label: string; value: number | null }>, fmt: NumberWriter) {
  const shown = items.filter((i): i is { label: string; value: number } => i.value !== null);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: writeValue(fmt) },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: writeValue(fmt) } },
    yAxis: { type: 'category', inverse: true, data: shown.map((i) => i.label), axisLabel: { width: 200, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        itemStyle: { color: '#531dab' },
        label: { show: true, position: 'right', formatter: (p: { value: unknown }) => writeValue(fmt)(p.value) },
        data: shown.map((i) => i.value),
      },
    ],
  };
}
