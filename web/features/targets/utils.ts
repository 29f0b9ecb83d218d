import type { TargetView } from '@contracts/targets';

type T = (key: string, options?: Record<string, unknown>) => string;

/** 'YYYY-MM-DD' as 'DD/MM/YYYY'. */
export const formatDay = (d: string) => d.split('-').reverse().join('/');

/** A target value with its measure: '95%', '80 điểm', '12'. */
export function formatValue(t: T, v: Pick<TargetView, 'value' | 'measure'>): string {
  if (v.measure === 'percent') return `${v.value}%`;
  if (v.measure === 'points') return t('points', { value: v.value });
  return String(v.value);
}

/** The label of a target key, or the key itself when unknown. */
export const keyLabel = (t: T, key: string) => t(`keys.${key}`, { defaultValue: key });
