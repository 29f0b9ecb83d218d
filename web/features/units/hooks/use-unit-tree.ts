import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import type { UnitListItem, UnitListResponse } from '@contracts/units';
import { unitsQueryOptions, useUnits, type UnitsFilter } from '../api/get-units';
import { ancestorIds } from '../utils/unit-tree';
import type { UnitsPageFilter } from './use-units-filter';

// Stable, so TanStack Query keeps the combined value between renders while nothing changed.
function combineBranches(results: Array<UseQueryResult<UnitListResponse>>) {
  return { lists: results.map((r) => r.data), pending: results.map((r) => r.isPending) };
}

/**
 * The units of the tree: the list under the page's filter plus branches loaded when opened. With a search or a kind
 * filter the list is partial, so a branch loads its children on demand.
 */
function useTreeUnits(filter: UnitsPageFilter) {
  const base = useMemo<UnitsFilter>(
    () => ({ asOf: filter.asOf, includeClosed: filter.includeClosed || undefined }),
    [filter.asOf, filter.includeClosed],
  );
  const listFilter = useMemo<UnitsFilter>(
    () => ({ ...base, q: filter.q || undefined, kinds: filter.kinds.length > 0 ? filter.kinds : undefined }),
    [base, filter.q, filter.kinds],
  );
  const list = useUnits(listFilter);
  const [branches, setBranches] = useState<string[]>([]);
  const loadBranch = useCallback((id: string) => setBranches((prev) => (prev.includes(id) ? prev : [...prev, id])), []);
  const resetBranches = useCallback(() => setBranches([]), []);
  const lazy = useQueries({ queries: branches.map((parentId) => unitsQueryOptions({ ...base, parentId })), combine: combineBranches });
  const items = useMemo(() => {
    const seen = new Set<string>();
    const out: UnitListItem[] = [];
    for (const u of [...(list.data?.items ?? []), ...lazy.lists.flatMap((l) => l?.items ?? [])]) {
      if (!seen.has(u.id)) {
        seen.add(u.id);
        out.push(u);
      }
    }
    return out;
  }, [list.data, lazy.lists]);
  return {
    list,
    filterKey: JSON.stringify(listFilter),
    partial: Boolean(filter.q) || filter.kinds.length > 0,
    items,
    byId: useMemo(() => new Map(items.map((u) => [u.id, u])), [items]),
    matched: useMemo(() => (filter.q ? new Set((list.data?.items ?? []).map((u) => u.id)) : undefined), [filter.q, list.data]),
    loadingIds: useMemo(() => new Set(branches.filter((_, i) => lazy.pending[i])), [branches, lazy.pending]),
    branches,
    loadBranch,
    resetBranches,
  };
}

/**
 * The unit tree of the page: its units and which branches are open. A new filter opens the roots (the whole list when
 * searching) and the way to the selected unit; following a link to a unit in a closed branch opens the branch.
 */
export function useUnitTree(filter: UnitsPageFilter, selectedId: string | undefined) {
  const units = useTreeUnits(filter);
  const { list, filterKey, partial, byId, loadBranch, resetBranches } = units;
  const [expanded, setExpanded] = useState<string[]>([]);

  const initialisedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!list.data || list.isPlaceholderData || initialisedFor.current === filterKey) return;
    initialisedFor.current = filterKey;
    const listed = new Map(list.data.items.map((u) => [u.id, u]));
    const parents = new Set(list.data.items.map((u) => u.parentId).filter((p): p is string => p !== null && listed.has(p)));
    const open = partial
      ? [...parents]
      : [...parents].filter((p) => !listed.get(p)?.parentId || !listed.has(listed.get(p)?.parentId ?? ''));
    resetBranches();
    setExpanded([...new Set([...open, ...(selectedId ? ancestorIds(listed, selectedId) : [])])]);
  }, [list.data, list.isPlaceholderData, filterKey, partial, selectedId, resetBranches]);

  // Opens the way to a unit; `loadParent` also fetches the parent's children when the list is partial (a new unit
  // that does not match the search still shows under its parent).
  const reveal = useCallback(
    (unitId: string, parentId: string | null, loadParent = false) => {
      const listedParent = parentId && byId.has(parentId) ? parentId : null;
      const path = listedParent ? [listedParent, ...ancestorIds(byId, listedParent)] : ancestorIds(byId, unitId);
      setExpanded((prev) => [...new Set([...prev, ...path])]);
      if (loadParent && partial && listedParent) loadBranch(listedParent);
    },
    [byId, partial, loadBranch],
  );

  const revealed = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!selectedId || revealed.current === selectedId || !byId.has(selectedId)) return;
    revealed.current = selectedId;
    reveal(selectedId, byId.get(selectedId)?.parentId ?? null);
  }, [selectedId, byId, reveal]);

  return {
    ...units,
    expanded,
    onExpand: (keys: string[], node: { id: string; expanded: boolean }) => {
      setExpanded(keys);
      const u = byId.get(node.id);
      const loaded = units.items.filter((c) => c.parentId === node.id).length;
      if (node.expanded && partial && u && u.childCount > loaded && !units.branches.includes(node.id)) loadBranch(node.id);
    },
    /** Shows a unit just created, under its parent, before the page navigates to it. */
    revealCreated: (u: { id: string; parentId: string | null }) => {
      reveal(u.id, u.parentId, true);
      revealed.current = u.id;
    },
  };
}

/** The unit tree of the page (see useUnitTree). */
export type UnitTreeState = ReturnType<typeof useUnitTree>;
