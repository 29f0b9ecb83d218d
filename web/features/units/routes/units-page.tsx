import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Card, Col, Empty, Flex, Grid, Row, Skeleton, Typography } from 'antd';
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { UNIT_KINDS, type UnitDetail, type UnitListItem, type UnitListResponse } from '@contracts/units';
import { paths } from '@web/config/paths';
import { PageHeader } from '@web/components/page-header';
import { ErrorAlert } from '@web/components/error-alert';
import { unitsQueryOptions, useUnits, type UnitsFilter } from '../api/get-units';
import { useUnitsFilter } from '../hooks/use-units-filter';
import { UnitFilters } from '../components/unit-filters';
import { UnitTree } from '../components/unit-tree';
import { UnitDetailPanel } from '../components/unit-detail-panel';
import { ancestorIds } from '../utils/unit-tree';
import { formatDate } from '../utils/dates';

// Stable, so TanStack Query keeps the combined value between renders while nothing changed.
function combineBranches(results: Array<UseQueryResult<UnitListResponse>>) {
  return { lists: results.map((r) => r.data), pending: results.map((r) => r.isPending) };
}

function KindCounts({
  items,
  total,
  asOf,
  searching,
}: {
  items: readonly UnitListItem[];
  total: number;
  asOf: string;
  searching: boolean;
}) {
  const { t } = useTranslation('units');
  const counts = UNIT_KINDS.map((k) => [k, items.filter((u) => u.kind === k).length] as const).filter(([, n]) => n > 0);
  return (
    <div data-testid="units-counts" aria-live="polite">
      <Typography.Text strong>{searching ? t('tree.countSearch', { count: total }) : t('tree.count', { count: total })}</Typography.Text>
      <Typography.Text type="secondary"> · {t('tree.asOfNote', { date: formatDate(asOf) })}</Typography.Text>
      {counts.length > 1 ? (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {counts.map(([k, n]) => `${t(`kind.${k}`)}: ${n}`).join(' · ')}
          </Typography.Text>
        </div>
      ) : null}
    </div>
  );
}

/** Organisation units: a searchable tree beside the selected unit's detail (stacked, one at a time, on phones). */
export function UnitsPage() {
  const { t } = useTranslation('units');
  const { id } = useParams<{ id?: string }>();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const isWide = screens.lg !== false;
  const [filter, setFilter, search] = useUnitsFilter();

  const base = useMemo<UnitsFilter>(
    () => ({ asOf: filter.asOf, includeClosed: filter.includeClosed || undefined }),
    [filter.asOf, filter.includeClosed],
  );
  const listFilter = useMemo<UnitsFilter>(
    () => ({ ...base, q: filter.q || undefined, kinds: filter.kinds.length > 0 ? filter.kinds : undefined }),
    [base, filter.q, filter.kinds],
  );
  const filterKey = JSON.stringify(listFilter);
  // With a search or a kind filter the list is partial: branches load their children when opened.
  const partial = Boolean(filter.q) || filter.kinds.length > 0;
  const list = useUnits(listFilter);

  const [expanded, setExpanded] = useState<string[]>([]);
  const [branches, setBranches] = useState<string[]>([]);
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
  const byId = useMemo(() => new Map(items.map((u) => [u.id, u])), [items]);
  const matched = useMemo(() => (filter.q ? new Set((list.data?.items ?? []).map((u) => u.id)) : undefined), [filter.q, list.data]);
  const loadingIds = useMemo(() => new Set(branches.filter((_, i) => lazy.pending[i])), [branches, lazy.pending]);

  // A new filter: open the roots (the whole list when searching) and the way to the selected unit.
  const initialisedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!list.data || list.isPlaceholderData || initialisedFor.current === filterKey) return;
    initialisedFor.current = filterKey;
    const listed = new Map(list.data.items.map((u) => [u.id, u]));
    const parents = new Set(list.data.items.map((u) => u.parentId).filter((p): p is string => p !== null && listed.has(p)));
    const open = partial
      ? [...parents]
      : [...parents].filter((p) => !listed.get(p)?.parentId || !listed.has(listed.get(p)?.parentId ?? ''));
    setBranches([]);
    setExpanded([...new Set([...open, ...(id ? ancestorIds(listed, id) : [])])]);
  }, [list.data, list.isPlaceholderData, filterKey, partial, id]);

  // Opens the way to a unit; `loadParent` also fetches the parent's children when the list is partial (a new unit
  // that does not match the search still shows under its parent).
  const reveal = useCallback(
    (unitId: string, parentId: string | null, loadParent = false) => {
      const listedParent = parentId && byId.has(parentId) ? parentId : null;
      const path = listedParent ? [listedParent, ...ancestorIds(byId, listedParent)] : ancestorIds(byId, unitId);
      setExpanded((prev) => [...new Set([...prev, ...path])]);
      if (loadParent && partial && listedParent) setBranches((prev) => (prev.includes(listedParent) ? prev : [...prev, listedParent]));
    },
    [byId, partial],
  );

  // Following a link to a unit in a closed branch opens the branch.
  const revealed = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!id || revealed.current === id || !byId.has(id)) return;
    revealed.current = id;
    reveal(id, byId.get(id)?.parentId ?? null);
  }, [id, byId, reveal]);

  // Bring a newly selected unit into sight inside the tree's own scroll box, once it is drawn (the page does not move).
  const treeBox = useRef<HTMLDivElement>(null);
  const scrolledTo = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!id || !isWide || scrolledTo.current === id) return;
    // Measure after the tree's expand animation has laid the branch out; a later render restarts the wait.
    const h = setTimeout(() => {
      const box = treeBox.current;
      const el = box?.querySelector(`[data-unit-id="${id}"]`);
      if (!box || !el) return;
      scrolledTo.current = id;
      const b = box.getBoundingClientRect();
      const e = el.getBoundingClientRect();
      if (e.top < b.top || e.bottom > b.bottom) box.scrollTop += e.top - b.top - b.height / 3;
    }, 350);
    return () => clearTimeout(h);
  }, [id, isWide, items, expanded]);

  const onExpand = (keys: string[], node: { id: string; expanded: boolean }) => {
    setExpanded(keys);
    const u = byId.get(node.id);
    const loaded = items.filter((c) => c.parentId === node.id).length;
    if (node.expanded && partial && u && u.childCount > loaded && !branches.includes(node.id)) setBranches((prev) => [...prev, node.id]);
  };
  const onCreated = (u: UnitDetail) => {
    reveal(u.id, u.parentId, true);
    revealed.current = u.id;
    void navigate(paths.unit(u.id) + search);
  };

  const showTree = isWide || !id;
  const showDetail = isWide || Boolean(id);
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Row gutter={[16, 16]}>
        {showTree ? (
          <Col xs={24} lg={11} xl={10}>
            <Card size="small" styles={{ body: { padding: 12 } }}>
              <Flex vertical gap={12}>
                <UnitFilters filter={filter} onChange={setFilter} />
                {list.data ? (
                  <KindCounts items={list.data.items} total={list.data.total} asOf={list.data.asOf} searching={Boolean(filter.q)} />
                ) : null}
                {list.error ? <ErrorAlert error={list.error} /> : null}
                <div ref={treeBox} style={isWide ? { maxHeight: 'calc(100vh - 360px)', minHeight: 240, overflow: 'auto' } : undefined}>
                  {list.data ? (
                    <UnitTree
                      items={items}
                      matched={matched}
                      selectedId={id}
                      expandedKeys={expanded}
                      loadingIds={loadingIds}
                      onExpand={onExpand}
                      onSelect={(key) => void navigate(paths.unit(key) + search)}
                    />
                  ) : list.isLoading ? (
                    <Skeleton active />
                  ) : null}
                </div>
              </Flex>
            </Card>
          </Col>
        ) : null}
        {showDetail ? (
          <Col xs={24} lg={13} xl={14}>
            {!isWide ? (
              <Button style={{ marginBottom: 12 }} onClick={() => void navigate(paths.units + search)} data-testid="units-back">
                ← {t('detail.backToList')}
              </Button>
            ) : null}
            <Card size="small" styles={{ body: { padding: isWide ? 20 : 12 } }}>
              {id ? (
                <UnitDetailPanel key={id} id={id} asOf={filter.asOf} search={search} onCreated={onCreated} />
              ) : (
                <Empty description={t('tree.select')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
              )}
            </Card>
          </Col>
        ) : null}
      </Row>
    </>
  );
}
