import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { z } from 'zod';

// The state of a list page (filters, page, page size) lives in the address, so a link or a reload shows the same view.
// A page declares its filters once as a spec of params (below); readListState and writeListState are the only rules
// for turning the address into values and back.

/** Page sizes offered by every list; the first is the default and is left out of the address. */
export const PAGE_SIZES = [20, 50, 100] as const;
/** Rows per page when the address names none (or a size not offered). */
export const DEFAULT_PAGE_SIZE = PAGE_SIZES[0];

/** How one filter is read from and written to one query parameter. */
export type ListParam<T> = {
  /** The query parameter's name in the address (links and tests depend on it). */
  name: string;
  /** The value of the parameter as found in the address (`null` when absent); never throws. */
  read(raw: string | null): T;
  /** The text to write, or undefined to leave the parameter out (an empty or default value). */
  write(value: T): string | undefined;
  /** Whether changing it returns the list to page 1 (true for filters; false for e.g. the id of an open drawer). */
  resetsPage: boolean;
};

/** The filters of a list page, each a named param. */
export type ListSpec = Record<string, ListParam<unknown>>;
/** The typed values of a spec's filters. */
export type ListFilters<S extends ListSpec> = { [K in keyof S]: S[K] extends ListParam<infer T> ? T : never };

type Options = { resetsPage?: boolean };

/** Free text (search, ids): trimmed; empty means absent (undefined). */
export function textParam(name: string, opts: Options = {}): ListParam<string | undefined> {
  return {
    name,
    read: (raw) => raw?.trim() || undefined,
    write: (v) => v?.trim() || undefined,
    resetsPage: opts.resetsPage ?? true,
  };
}

/** One of a fixed set of values (a contract or core enum); anything else reads as absent. */
export function enumParam<const V extends string>(name: string, values: readonly V[], opts: Options = {}): ListParam<V | undefined> {
  return {
    name,
    read: (raw) => (values as readonly string[]).find((v) => v === raw) as V | undefined,
    write: (v) => v,
    resetsPage: opts.resetsPage ?? true,
  };
}

/** A value a contract schema accepts (e.g. a `YYYY-MM-DD` date); anything else reads as absent. */
export function schemaParam<T extends string>(name: string, schema: z.ZodType<T>, opts: Options = {}): ListParam<T | undefined> {
  return {
    name,
    read: (raw) => {
      const parsed = schema.safeParse(raw?.trim());
      return parsed.success ? parsed.data : undefined;
    },
    write: (v) => v || undefined,
    resetsPage: opts.resetsPage ?? true,
  };
}

/**
 * A switch: `name=true` turns on a filter that is off by default. With `defaultOn`, the filter is on unless the
 * address says `name=false`. The default state is left out of the address.
 */
export function flagParam(name: string, opts: Options & { defaultOn?: boolean } = {}): ListParam<boolean> {
  const on = opts.defaultOn ?? false;
  return {
    name,
    read: (raw) => (on ? raw !== 'false' : raw === 'true'),
    write: (v) => (v === on ? undefined : String(v)),
    resetsPage: opts.resetsPage ?? true,
  };
}

/**
 * Several of a fixed set of values, comma-separated. Absent means `fallback` (e.g. the open statuses); an empty
 * parameter (`name=`) means none chosen, which is not the same as absent; unknown values are dropped.
 */
export function listParam<const V extends string>(
  name: string,
  values: readonly V[],
  fallback: readonly V[] = [],
  opts: Options = {},
): ListParam<V[]> {
  const known = (s: string): s is V => (values as readonly string[]).includes(s);
  const text = (list: readonly V[]) => list.join(',');
  return {
    name,
    read: (raw) => (raw === null ? [...fallback] : raw.split(',').filter(known)),
    write: (v) => (text(v) === text(fallback) ? undefined : text(v)),
    resetsPage: opts.resetsPage ?? true,
  };
}

/** What the address says: the filters, the page (from 1) and the page size. */
export type ListView<S extends ListSpec> = { filters: ListFilters<S>; page: number; size: number };

/** Reads a list's view from the address: unknown or malformed values fall back to the defaults, never throw. */
export function readListState<S extends ListSpec>(spec: S, params: URLSearchParams): ListView<S> {
  const filters = Object.fromEntries(Object.entries(spec).map(([key, p]) => [key, p.read(params.get(p.name))])) as ListFilters<S>;
  const page = Number(params.get('page'));
  const size = Number(params.get('size'));
  return {
    filters,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** A change to a list's view: some filters (the others stay), and/or the page and page size. */
export type ListChange<S extends ListSpec> = { filters?: Partial<ListFilters<S>>; page?: number; size?: number };

/**
 * The address after a change. Other parameters of the address stay. A filter change returns to page 1 (unless the
 * param says it does not); a new page size returns to page 1; page 1 and the default size are left out.
 */
export function writeListState<S extends ListSpec>(spec: S, params: URLSearchParams, change: ListChange<S>): URLSearchParams {
  const next = new URLSearchParams(params);
  const current = readListState(spec, params);
  let page = change.page ?? current.page;
  for (const [key, value] of Object.entries(change.filters ?? {})) {
    const p = spec[key];
    if (!p) continue;
    const text = p.write(value);
    if (text === undefined) next.delete(p.name);
    else next.set(p.name, text);
    if (p.resetsPage) page = 1;
  }
  const size = change.size ?? current.size;
  if (size !== current.size) page = 1;
  if (page > 1) next.set('page', String(page));
  else next.delete('page');
  if (size !== DEFAULT_PAGE_SIZE) next.set('size', String(size));
  else next.delete('size');
  return next;
}

/** The address with every filter of the spec and the page removed (the page size stays). */
export function clearListState<S extends ListSpec>(spec: S, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const p of Object.values(spec)) next.delete(p.name);
  next.delete('page');
  return next;
}

/** A list page's state, kept in the address: read the view, change filters, page or size. */
export type ListState<S extends ListSpec> = ListView<S> & {
  /** The page as the API takes it. */
  paging: { limit: number; offset: number };
  /** Changes some filters; returns to page 1 when one of them is a filter that resets the page. */
  setFilters: (patch: Partial<ListFilters<S>>) => void;
  /** Goes to a page; a new size returns to page 1. */
  setPage: (page: number, size: number) => void;
  /** Removes every filter (the page size stays). */
  clearFilters: () => void;
};

/** The state of a list page in the address, by a spec declared once at module level (see docs/ARCHITECTURE.md). */
export function useListState<S extends ListSpec>(spec: S): ListState<S> {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readListState(spec, params), [spec, params]);
  const change = (c: ListChange<S>) => setParams((prev) => writeListState(spec, prev, c), { replace: true });
  return {
    ...view,
    paging: { limit: view.size, offset: (view.page - 1) * view.size },
    setFilters: (filters) => change({ filters }),
    setPage: (page, size) => change({ page, size }),
    clearFilters: () => setParams((prev) => clearListState(spec, prev), { replace: true }),
  };
}
