import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { LocalDateSchema } from '@contracts/common';
import { UNIT_KINDS, type UnitKind } from '@contracts/units';

/** The list filter of the units page, kept in the address so it survives reloads and can be shared. */
export type UnitsPageFilter = { q: string; kinds: UnitKind[]; asOf?: string; includeClosed: boolean };

const isKind = (s: string): s is UnitKind => (UNIT_KINDS as readonly string[]).includes(s);

/** Reads and writes `?q=&kind=a,b&asOf=YYYY-MM-DD&closed=1`. */
export function useUnitsFilter(): [UnitsPageFilter, (patch: Partial<UnitsPageFilter>) => void, string] {
  const [params, setParams] = useSearchParams();
  const filter = useMemo<UnitsPageFilter>(() => {
    const asOf = params.get('asOf') ?? '';
    return {
      q: params.get('q') ?? '',
      kinds: (params.get('kind') ?? '').split(',').filter(isKind),
      asOf: LocalDateSchema.safeParse(asOf).success ? asOf : undefined,
      includeClosed: params.get('closed') === '1',
    };
  }, [params]);
  const update = useCallback(
    (patch: Partial<UnitsPageFilter>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          const set = (k: string, v: string | undefined) => (v ? next.set(k, v) : next.delete(k));
          if ('q' in patch) set('q', patch.q?.trim() || undefined);
          if ('kinds' in patch) set('kind', patch.kinds?.join(',') || undefined);
          if ('asOf' in patch) set('asOf', patch.asOf);
          if ('includeClosed' in patch) set('closed', patch.includeClosed ? '1' : undefined);
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  const search = params.toString();
  return [filter, update, search ? `?${search}` : ''];
}
