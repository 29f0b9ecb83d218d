import type { ColumnType } from 'antd/es/table';

/** A right-aligned count column of a statistics table (the report's breakdown, the receiving points). */
export function countColumn<T>(key: keyof T & string, title: string, fmt: (n: number) => string, width = 90): ColumnType<T> {
  return { key, title, dataIndex: key, align: 'right', width, render: (v: number) => fmt(v) };
}

/** The on-time rate column: two decimals, a dash when nothing was finished. */
export function rateColumn<T>(title: string, fmt: (n: number, digits?: number) => string): ColumnType<T> {
  return { ...countColumn<T>('onTimeRate' as keyof T & string, title, fmt), render: (v: number | null) => (v === null ? '—' : fmt(v, 2)) };
}
