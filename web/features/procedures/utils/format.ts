import { DURATION_UNIT_LABELS, type ProcedureDurationUnit } from '@contracts/procedures';
import { formatNumber } from '@web/lib/format';

const lang = (l: string) => (l === 'en' ? 'en' : 'vi');
const number = (n: number, l: string) => formatNumber(n, l);

/** "10 ngày làm việc", "4 giờ làm việc", "30 ngày"; a same-day procedure "Trong ngày (nhận trước 15:00)" (docs/DOMAIN.md §3.9). */
export function formatDuration(value: number, unit: ProcedureDurationUnit, l: string, cutoff?: string | null): string {
  if (unit === 'same_day') {
    const head = lang(l) === 'en' ? 'Same day' : 'Trong ngày';
    if (!cutoff) return head;
    return lang(l) === 'en' ? `${head} (received by ${cutoff})` : `${head} (nhận trước ${cutoff})`;
  }
  return `${number(value, l)} ${DURATION_UNIT_LABELS[unit][lang(l)]}`;
}

/** A fee amount in đồng: "200.000 đ". */
export function formatFee(amount: number, l: string): string {
  return `${number(amount, l)} ${l === 'en' ? 'VND' : 'đ'}`;
}

/** A share as a percentage: 0.85 → "85%". */
export function formatShare(share: number, l: string): string {
  return `${number(Math.round(share * 10_000) / 100, l)}%`;
}

/**
 * A step's share of the legal time, in the procedure's unit: 0.8 of 10 working days → "8 ngày làm việc";
 * fractions of a working day are shown in working hours (1 working day = 8 hours, docs/DOMAIN.md §3.1).
 */
export function stepTime(share: number, value: number, unit: ProcedureDurationUnit, l: string): string {
  // A same-day procedure has no amount: a step's share of the day is shown as a percentage.
  if (unit === 'same_day') return formatShare(share, l);
  const amount = share * value;
  if (unit === 'working_day' && !Number.isInteger(Math.round(amount * 100) / 100))
    return formatDuration(Math.round(amount * 8 * 10) / 10, 'working_hour', l);
  return formatDuration(Math.round(amount * 100) / 100, unit, l);
}

/** 'YYYY-MM-DD' → 'dd/MM/yyyy'. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** What the list's fee column shows. */
export type FeeShown = { kind: 'amount'; amount: number } | { kind: 'text'; text: string } | { kind: 'none' };

/**
 * The fee column: the amount when there is one; else the fee text cut to 24 characters, unless it says there is no fee
 * ("Không thu phí…") or an amount of 0 was set; else nothing (the column then says "no fee").
 */
export function feeShown(p: { feeAmount: number | null; feeText: string | null }): FeeShown {
  if (p.feeAmount) return { kind: 'amount', amount: p.feeAmount };
  if (p.feeText && p.feeAmount === null && !/^không/i.test(p.feeText))
    return { kind: 'text', text: p.feeText.length > 24 ? `${p.feeText.slice(0, 24)}…` : p.feeText };
  return { kind: 'none' };
}
