import { useState } from 'react';
import type { Dayjs } from 'dayjs';
import type { StatsGroupBy } from '@contracts/dossier-stats';
import type { StatsFilter } from '../api/stats';
import { presetPeriod, type Period, type PeriodKind } from '../utils/period';
import { todayDayjs } from '@web/lib/today';

/**
 * What the statistics page asks for: a period (a month, quarter or year around an anchor day, or a custom range), a unit
 * subtree (default: the caller's, as the server answers), a sector and the grouping of the rows.
 */
export function useStatsFilter() {
  const [kind, setKind] = useState<PeriodKind>('quarter');
  const [anchor, setAnchor] = useState<Dayjs>(todayDayjs());
  const [custom, setCustom] = useState<Period>(presetPeriod('month', todayDayjs()));
  const [unitId, setUnitId] = useState<string | undefined>();
  const [sector, setSector] = useState<string | undefined>();
  const [groupBy, setGroupBy] = useState<StatsGroupBy>('unit');
  const period = kind === 'custom' ? custom : presetPeriod(kind, anchor);
  const filter: StatsFilter = { unitId, from: period.from, to: period.to, sector, groupBy };
  return {
    filter,
    period,
    kind: { value: kind, set: setKind },
    anchor: { value: anchor, set: setAnchor },
    custom: { value: custom, set: setCustom },
    unitId: { value: unitId, set: setUnitId },
    sector: { value: sector, set: setSector },
    groupBy: { value: groupBy, set: setGroupBy },
  };
}

/** The statistics page's filter state (see useStatsFilter). */
export type StatsFilterState = ReturnType<typeof useStatsFilter>;
