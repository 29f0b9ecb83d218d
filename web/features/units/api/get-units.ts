import { queryOptions, useQuery } from '@tanstack/react-query';
import { UnitListResponseSchema, type UnitKind, type UnitListResponse } from '@contracts/units';
import { api } from '@web/lib/api';

/** What the unit list is filtered by (all optional); the server folds diacritics in `q`. */
export type UnitsFilter = { asOf?: string; q?: string; kinds?: UnitKind[]; parentId?: string; includeClosed?: boolean };

/** Query keys of the units feature; every write invalidates `unitsKeys.all`. */
export const unitsKeys = {
  all: ['units'] as const,
  list: (f: UnitsFilter) => ['units', 'list', f] as const,
  detail: (id: string, asOf?: string) => ['units', 'detail', id, asOf ?? null] as const,
  history: (id: string, asOf?: string) => ['units', 'history', id, asOf ?? null] as const,
};

/** `GET /api/units`: the units the caller may see, flat, in display order. */
export function getUnits(f: UnitsFilter): Promise<UnitListResponse> {
  return api('GET', '/api/units', {
    query: {
      asOf: f.asOf,
      q: f.q?.trim() || undefined,
      kind: f.kinds && f.kinds.length > 0 ? f.kinds.join(',') : undefined,
      parentId: f.parentId,
      includeClosed: f.includeClosed ? 'true' : undefined,
    },
    schema: UnitListResponseSchema,
  });
}

/** Query options for one unit list (also used with `useQueries` for lazily opened branches). */
export function unitsQueryOptions(f: UnitsFilter) {
  return queryOptions({ queryKey: unitsKeys.list(f), queryFn: () => getUnits(f), staleTime: 30_000 });
}

/** The unit list for a filter; keeps the previous answer while a new filter loads. */
export function useUnits(f: UnitsFilter, opts: { enabled?: boolean } = {}) {
  return useQuery({ ...unitsQueryOptions(f), enabled: opts.enabled ?? true, placeholderData: (prev) => prev });
}
