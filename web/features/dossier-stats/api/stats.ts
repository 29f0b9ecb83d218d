import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  LatePageSchema,
  RuleDifferencesPageSchema,
  StatsReportSchema,
  StatsSectorsSchema,
  TrendSchema,
  type StatsGroupBy,
} from '@contracts/dossier-stats';
import { UnitListResponseSchema } from '@contracts/units';
import { api } from '@web/lib/api';

/** What the page asks for. */
export type StatsFilter = { unitId?: string; from: string; to: string; sector?: string; groupBy: StatsGroupBy };

const query = (f: StatsFilter) => ({ unitId: f.unitId, from: f.from, to: f.to, sector: f.sector });

/** The period report. */
export function useStatsReport(f: StatsFilter) {
  return useQuery({
    queryKey: ['dossierStats', 'report', f],
    queryFn: () => api('GET', '/api/dossier-stats', { query: { ...query(f), groupBy: f.groupBy }, schema: StatsReportSchema }),
    placeholderData: keepPreviousData,
  });
}

/** The same report under Decision 766/QĐ-TTg indicator 2.1 (issue #14 point 6). */
export function useStatsReport766(f: StatsFilter) {
  return useQuery({
    queryKey: ['dossierStats', 'report766', f],
    queryFn: () =>
      api('GET', '/api/dossier-stats', { query: { ...query(f), groupBy: f.groupBy, rules: 'decision-766' }, schema: StatsReportSchema }),
    placeholderData: keepPreviousData,
  });
}

/** A page of the dossiers the two rule sets class differently. */
export function useRuleDifferences(f: StatsFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['dossierStats', 'differences', { ...f, groupBy: undefined }, page, pageSize],
    queryFn: () =>
      api('GET', '/api/dossier-stats/differences', {
        query: { ...query(f), limit: pageSize, offset: (page - 1) * pageSize },
        schema: RuleDifferencesPageSchema,
      }),
    placeholderData: keepPreviousData,
  });
}

/** The monthly trend of the period. */
export function useStatsTrend(f: StatsFilter) {
  return useQuery({
    queryKey: ['dossierStats', 'trend', { ...f, groupBy: undefined }],
    queryFn: () => api('GET', '/api/dossier-stats/trend', { query: query(f), schema: TrendSchema }),
    placeholderData: keepPreviousData,
  });
}

/** A page of late dossiers. */
export function useLateDossiers(f: StatsFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['dossierStats', 'late', { ...f, groupBy: undefined }, page, pageSize],
    queryFn: () =>
      api('GET', '/api/dossier-stats/late', {
        query: { ...query(f), limit: pageSize, offset: (page - 1) * pageSize },
        schema: LatePageSchema,
      }),
    placeholderData: keepPreviousData,
  });
}

/** Sectors for the filter. */
export function useStatsSectors() {
  return useQuery({
    queryKey: ['dossierStats', 'sectors'],
    queryFn: () => api('GET', '/api/dossier-stats/sectors', { schema: StatsSectorsSchema }),
    staleTime: 5 * 60_000,
  });
}

/** Units the caller can see, for the unit tree. */
export function useStatsUnits() {
  return useQuery({
    queryKey: ['dossierStats', 'units'],
    queryFn: () => api('GET', '/api/units', { schema: UnitListResponseSchema }),
    staleTime: 5 * 60_000,
  });
}

/** The Excel export URL of the current filter (a plain GET download). */
export function exportUrl(f: StatsFilter): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...query(f), groupBy: f.groupBy })) if (v) qs.set(k, v);
  return `/api/dossier-stats/export.xlsx?${qs.toString()}`;
}
