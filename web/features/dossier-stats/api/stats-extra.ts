import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { AdjustmentListSchema, LockListSchema, LockSummarySchema, StatsReportSchema, type LockBody } from '@contracts/dossier-stats';
import { ApologyReportSchema, OnlineServiceReportSchema, ReceivingPointReportSchema } from '@contracts/dossier-stats-extra';
import { api } from '@web/lib/api';
import type { StatsFilter } from './stats';

// Issue #14 point 8 (by receiving point, online services, apology letters) and the period lock screen (point 7).

const scope = (f: StatsFilter) => ({ unitId: f.unitId, from: f.from, to: f.to, sector: f.sector });
const key = (name: string, f: StatsFilter) => ['dossierStats', name, { ...f, groupBy: undefined }];

/** The dossiers each receiving point of the subtree received, wherever handled. */
export function useReceivingPoints(f: StatsFilter) {
  return useQuery({
    queryKey: key('receivingPoints', f),
    queryFn: () => api('GET', '/api/dossier-stats/receiving-points', { query: scope(f), schema: ReceivingPointReportSchema }),
    placeholderData: keepPreviousData,
  });
}

/** The online-service and digitisation figures. */
export function useOnlineServices(f: StatsFilter) {
  return useQuery({
    queryKey: key('online', f),
    queryFn: () => api('GET', '/api/dossier-stats/online', { query: scope(f), schema: OnlineServiceReportSchema }),
    placeholderData: keepPreviousData,
  });
}

/** The apology letters of the period. */
export function useApologies(f: StatsFilter) {
  return useQuery({
    queryKey: key('apologies', f),
    queryFn: () => api('GET', '/api/dossier-stats/apologies', { query: scope(f), schema: ApologyReportSchema }),
    placeholderData: keepPreviousData,
  });
}

/** The locked periods of a unit. */
export function useLocks(unitId: string | undefined) {
  return useQuery({
    queryKey: ['dossierStats', 'locks', unitId ?? null],
    queryFn: () => api('GET', '/api/dossier-stats/locks', { query: { unitId }, schema: LockListSchema }),
    enabled: unitId !== undefined,
  });
}

/** The report of one period of a unit (as published when it is locked). */
export function usePeriodReport(unitId: string, period: { from: string; to: string } | null) {
  return useQuery({
    queryKey: ['dossierStats', 'report', { unitId, ...period, groupBy: 'unit', lockView: true }],
    queryFn: () => api('GET', '/api/dossier-stats', { query: { unitId, ...period, groupBy: 'unit' }, schema: StatsReportSchema }),
    enabled: period !== null,
  });
}

/** The adjustments of a lock (dossiers whose standing changed after it). */
export function useAdjustments(lockId: string | null) {
  return useQuery({
    queryKey: ['dossierStats', 'adjustments', lockId],
    queryFn: () => api('GET', `/api/dossier-stats/locks/${lockId ?? ''}/adjustments`, { schema: AdjustmentListSchema }),
    enabled: lockId !== null,
  });
}

/** Locks a finished period ("Chốt số liệu"). */
export function useLockPeriod() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: LockBody) => api('POST', '/api/dossier-stats/locks', { body, schema: LockSummarySchema }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['dossierStats'] }),
  });
}
