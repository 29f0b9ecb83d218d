import { useSearchParams } from 'react-router-dom';

/** The audit filters the address carries, so a link can open the log pre-filtered. */
export type AuditFilters = {
  actorId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

const KEYS = ['actorId', 'entityType', 'entityId', 'action', 'from', 'to'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Page sizes offered. */
export const PAGE_SIZES = [20, 50, 100];

/** Reads the filters and page from the query string and writes changes back (a filter change returns to page 1). */
export function useAuditUrlState() {
  const [sp, setSp] = useSearchParams();
  const filters: AuditFilters = {};
  for (const k of KEYS) {
    const v = sp.get(k)?.trim();
    if (!v) continue;
    if ((k === 'from' || k === 'to') && !DATE.test(v)) continue;
    filters[k] = v;
  }
  const size = Number(sp.get('size'));
  const page = Number(sp.get('page'));
  const pageSize = PAGE_SIZES.includes(size) ? size : 20;
  const current = Number.isInteger(page) && page > 0 ? page : 1;

  const write = (next: AuditFilters, nextPage = 1, nextSize = pageSize) => {
    const out = new URLSearchParams();
    for (const k of KEYS) {
      const v = next[k];
      if (v) out.set(k, v);
    }
    if (nextPage > 1) out.set('page', String(nextPage));
    if (nextSize !== 20) out.set('size', String(nextSize));
    setSp(out, { replace: true });
  };
  return {
    filters,
    page: current,
    pageSize,
    setFilters: (changes: AuditFilters) => write({ ...filters, ...changes }),
    clear: () => write({}),
    setPage: (p: number, s: number) => write(filters, s === pageSize ? p : 1, s),
  };
}
