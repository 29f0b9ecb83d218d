import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  ProcedureDetailSchema,
  ProcedureListResponseSchema,
  ProcedureSectorsResponseSchema,
  type OnlineLevelValue,
  type ProcedureLevelValue,
} from '@contracts/procedures';
import { UnitListResponseSchema } from '@contracts/units';
import { api, type Query } from '@web/lib/api';
import { proceduresKeys } from './keys';

/** Filters and page of the catalogue, as sent to `GET /api/procedures` (and the export). */
export type ProcedureFilters = {
  q?: string | undefined;
  sector?: string | undefined;
  level?: ProcedureLevelValue | undefined;
  unitId?: string | undefined;
  onlineLevel?: OnlineLevelValue | undefined;
  interAgency?: boolean | undefined;
  includeExpired?: boolean | undefined;
};

/** The query string of the filters (empty values left out). */
export function filterQuery(f: ProcedureFilters): Query {
  return {
    q: f.q,
    sector: f.sector,
    level: f.level,
    unitId: f.unitId,
    onlineLevel: f.onlineLevel,
    interAgency: f.interAgency ? 'true' : undefined,
    includeExpired: f.includeExpired ? 'true' : undefined,
  };
}

/** The Excel export of the catalogue under the same filters (a plain GET download). */
export function exportUrl(f: ProcedureFilters): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(filterQuery(f))) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  return `/api/procedures/export.xlsx${s ? `?${s}` : ''}`;
}

/** One page of the catalogue; the previous page stays on screen while the next loads. */
export function useProcedures(f: ProcedureFilters, page: { limit: number; offset: number }) {
  const query = { ...filterQuery(f), limit: page.limit, offset: page.offset };
  return useQuery({
    queryKey: proceduresKeys.list(query),
    queryFn: () => api('GET', '/api/procedures', { query, schema: ProcedureListResponseSchema }),
    placeholderData: keepPreviousData,
  });
}

/** The sectors in the catalogue, for the filter. */
export function useSectors() {
  return useQuery({
    queryKey: proceduresKeys.sectors(),
    queryFn: () => api('GET', '/api/procedures/sectors', { schema: ProcedureSectorsResponseSchema }),
    staleTime: 5 * 60_000,
  });
}

/** One procedure with documents, steps and versions. */
export function useProcedure(id: string | null) {
  return useQuery({
    queryKey: proceduresKeys.detail(id ?? ''),
    queryFn: () => api('GET', `/api/procedures/${id}`, { schema: ProcedureDetailSchema }),
    enabled: id !== null,
  });
}

/** Units the caller can see, for the pickers. */
export function useUnits(enabled = true) {
  return useQuery({
    queryKey: proceduresKeys.units(),
    queryFn: () => api('GET', '/api/units', { schema: UnitListResponseSchema }),
    staleTime: 5 * 60_000,
    enabled,
  });
}
