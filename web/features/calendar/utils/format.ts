import type { CSSProperties } from 'react';
import type { CalendarDayView } from '@contracts/calendar';

/** Colours of each kind of day (text on background passes WCAG AA contrast). */
export const KIND_STYLE: Record<CalendarDayView['kind'] | 'weekend', { bg: string; fg: string; border: string }> = {
  holiday: { bg: '#fff1f0', fg: '#a8071a', border: '#ff7875' },
  tet: { bg: '#ffccc7', fg: '#820014', border: '#f5222d' },
  compensatory: { bg: '#fff7e6', fg: '#873800', border: '#fa8c16' },
  swap_off: { bg: '#f9f0ff', fg: '#531dab', border: '#9254de' },
  makeup_workday: { bg: '#e6f4ff', fg: '#003eb3', border: '#4096ff' },
  local_closure: { bg: '#e6fffb', fg: '#00474f', border: '#13c2c2' },
  weekend: { bg: '#f5f5f5', fg: '#595959', border: '#f5f5f5' },
};

/** Cell style of a day: solid for confirmed days, dashed border on a striped background for proposed ones. */
export function dayCellStyle(kind: keyof typeof KIND_STYLE, proposed: boolean): CSSProperties {
  const s = KIND_STYLE[kind];
  return proposed
    ? {
        color: s.fg,
        border: `2px dashed ${s.border}`,
        background: `repeating-linear-gradient(45deg, ${s.bg}, ${s.bg} 4px, #ffffff 4px, #ffffff 7px)`,
      }
    : { color: s.fg, border: `2px solid ${kind === 'weekend' ? s.bg : s.border}`, background: s.bg };
}

/** '2026-02-23' → '23/02/2026'. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** Wall-clock parts of an ISO moment written at +07:00 by the server (no time-zone conversion). */
export function momentParts(iso: string): { date: string; time: string } {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return { date: m?.[1] ?? iso, time: m?.[2] ?? '' };
}

/** ISO weekday (1 = Monday) of a 'YYYY-MM-DD' date. */
export function weekdayOfDate(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Parses '07:30-11:30, 13:30-17:30' into sessions; null when malformed, [] when empty (closed). */
export function parseSessions(text: string): Array<{ start: string; end: string }> | null {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const out: Array<{ start: string; end: string }> = [];
  for (const p of parts) {
    const m = /^(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})$/.exec(p);
    if (!m) return null;
    out.push({ start: `${m[1]?.padStart(2, '0')}:${m[2]}`, end: `${m[3]?.padStart(2, '0')}:${m[4]}` });
  }
  return out;
}

/** Sessions back to text: '07:30-11:30, 13:30-17:30'. */
export function describeSessions(sessions: ReadonlyArray<{ start: string; end: string }> | null | undefined): string {
  return (sessions ?? []).map((s) => `${s.start}-${s.end}`).join(', ');
}
