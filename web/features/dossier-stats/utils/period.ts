import type { Dayjs } from 'dayjs';

/** Period presets of the report (docs/DOMAIN.md §6.5: quarterly, 6-monthly and annual reports; months for follow-up). */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom';

/** A period as Vietnam days, both ends included. */
export type Period = { from: string; to: string };

const fmt = (d: Dayjs) => d.format('YYYY-MM-DD');

/** Today in Vietnam (UTC+7), whatever the browser's time zone. */

/** The period of a preset containing the anchor day. */
export function presetPeriod(kind: Exclude<PeriodKind, 'custom'>, anchor: Dayjs): Period {
  if (kind === 'quarter') {
    const q = Math.floor(anchor.month() / 3);
    const start = anchor.month(q * 3).startOf('month');
    return { from: fmt(start), to: fmt(start.add(2, 'month').endOf('month')) };
  }
  return { from: fmt(anchor.startOf(kind)), to: fmt(anchor.endOf(kind)) };
}

/** '2026-02-23' → '23/02/2026'. */
export const formatDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** An ISO moment written at +07:00 by the server → 'dd/MM/yyyy HH:mm' (wall clock, no conversion). */
export const formatMoment = (iso: string | null) => (iso ? `${formatDate(iso.slice(0, 10))} ${iso.slice(11, 16)}` : '');
