import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarDayView } from '@contracts/calendar';
import { dayCellStyle, weekdayOfDate } from '../utils/format';

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

// A closure wins over everything; a national entry over a weekend; several closures show the first.
function pick(entries: CalendarDayView[] | undefined): CalendarDayView | undefined {
  if (!entries?.length) return undefined;
  return entries.find((e) => e.kind !== 'local_closure') ?? entries[0];
}

function MonthTable({
  year,
  month,
  byDate,
  todayIso,
}: {
  year: number;
  month: number;
  byDate: Map<string, CalendarDayView[]>;
  todayIso: string;
}) {
  const { t } = useTranslation('calendar');
  const short = t('weekdayShort', { returnObjects: true }) as string[];
  const long = t('weekday', { returnObjects: true }) as string[];
  const first = weekdayOfDate(`${year}-${pad(month)}-01`);
  const total = daysIn(year, month);
  const cells: Array<number | null> = [...Array.from({ length: first - 1 }, () => null), ...Array.from({ length: total }, (_, i) => i + 1)];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  return (
    <table style={{ borderCollapse: 'separate', borderSpacing: 2, width: '100%', tableLayout: 'fixed', fontSize: 13 }}>
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '0 2px 4px', captionSide: 'top' }}>
        {(t('months', { returnObjects: true }) as string[])[month - 1]}
      </caption>
      <thead>
        <tr>
          {short.map((s, i) => (
            <th key={s} scope="col" abbr={long[i]} style={{ fontWeight: 500, color: '#595959', padding: 0, textAlign: 'center' }}>
              {s}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, w) => (
          <tr key={w}>
            {week.map((d, i) => {
              if (d === null) return <td key={i} />;
              const date = `${year}-${pad(month)}-${pad(d)}`;
              const entries = byDate.get(date);
              const e = pick(entries);
              const weekend = i >= 5;
              const style = e
                ? dayCellStyle(e.kind, e.status === 'proposed')
                : weekend
                  ? dayCellStyle('weekend', false)
                  : { border: '2px solid transparent' };
              const title = entries?.map((x) => `${x.name}${x.unitName ? ` — ${x.unitName}` : ''} (${t(`status.${x.status}`)})`).join('\n');
              const showLunar = e && (e.kind === 'holiday' || e.kind === 'tet');
              return (
                <td
                  key={i}
                  title={title}
                  data-date={date}
                  data-kind={e?.kind}
                  data-status={e?.status}
                  style={{
                    ...style,
                    textAlign: 'center',
                    borderRadius: 4,
                    padding: '2px 0',
                    height: 38,
                    boxSizing: 'border-box',
                    verticalAlign: 'top',
                    fontWeight: e ? 600 : 400,
                    outline: date === todayIso ? '2px solid #262626' : undefined,
                    outlineOffset: -1,
                  }}
                >
                  <div style={{ lineHeight: '16px' }}>{d}</div>
                  {showLunar ? (
                    <div
                      style={{ fontSize: 9, lineHeight: '11px', fontWeight: 400, whiteSpace: 'nowrap' }}
                    >{`${e.lunar.day}/${e.lunar.month}`}</div>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Legend of the year grid. */
export function YearLegend() {
  const { t } = useTranslation('calendar');
  const kinds = ['holiday', 'tet', 'compensatory', 'swap_off', 'makeup_workday', 'local_closure', 'weekend'] as const;
  return (
    <Flex wrap gap={10} align="center" style={{ marginBottom: 12 }} aria-label={t('legend')} role="list">
      {kinds.map((k) => (
        <Flex key={k} align="center" gap={6} role="listitem">
          <span aria-hidden style={{ display: 'inline-block', width: 16, height: 16, borderRadius: 3, ...dayCellStyle(k, false) }} />
          <Typography.Text>{t(`kind.${k}`)}</Typography.Text>
        </Flex>
      ))}
      <Flex align="center" gap={6} role="listitem">
        <span aria-hidden style={{ display: 'inline-block', width: 16, height: 16, borderRadius: 3, ...dayCellStyle('holiday', true) }} />
        <Typography.Text>{t('proposedHint')}</Typography.Text>
      </Flex>
    </Flex>
  );
}

/** Twelve month tables of a year; holidays show their lunar date, proposed days are dashed and striped. */
export function YearGrid({ year, days, todayIso }: { year: number; days: CalendarDayView[]; todayIso: string }) {
  const byDate = new Map<string, CalendarDayView[]>();
  for (const d of days) byDate.set(d.date, [...(byDate.get(d.date) ?? []), d]);
  return (
    <div
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(230px, calc(50% - 8px)), 1fr))', gap: 16 }}
      data-testid="year-grid"
    >
      {Array.from({ length: 12 }, (_, i) => (
        <MonthTable key={i} year={year} month={i + 1} byDate={byDate} todayIso={todayIso} />
      ))}
    </div>
  );
}
