import { useRef } from 'react';
import { Button, Card, Col, Empty, Flex, Grid, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { UnitDetail } from '@contracts/units';
import { paths } from '@web/config/paths';
import { PageHeader } from '@web/components/page-header';
import { ErrorAlert } from '@web/components/error-alert';
import { KindCounts } from '../components/kind-counts';
import { UnitDetailPanel } from '../components/unit-detail-panel';
import { UnitFilters } from '../components/unit-filters';
import { UnitTree } from '../components/unit-tree';
import { useScrollIntoBox } from '../hooks/use-scroll-into-box';
import { useUnitTree, type UnitTreeState } from '../hooks/use-unit-tree';
import { useUnitsFilter, type UnitsPageFilter } from '../hooks/use-units-filter';

/** The filters, the counts and the tree, which scrolls in its own box on wide screens. */
function TreePanel(props: {
  tree: UnitTreeState;
  filter: UnitsPageFilter;
  onFilter: (patch: Partial<UnitsPageFilter>) => void;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  isWide: boolean;
}) {
  const { tree } = props;
  const box = useRef<HTMLDivElement>(null);
  useScrollIntoBox(box, props.selectedId, props.isWide, [tree.items, tree.expanded]);
  const { list } = tree;
  return (
    <Card size="small" styles={{ body: { padding: 12 } }}>
      <Flex vertical gap={12}>
        <UnitFilters filter={props.filter} onChange={props.onFilter} />
        {list.data ? (
          <KindCounts items={list.data.items} total={list.data.total} asOf={list.data.asOf} searching={Boolean(props.filter.q)} />
        ) : null}
        {list.error ? <ErrorAlert error={list.error} /> : null}
        <div ref={box} style={props.isWide ? { maxHeight: 'calc(100vh - 360px)', minHeight: 240, overflow: 'auto' } : undefined}>
          {list.data ? (
            <UnitTree
              items={tree.items}
              matched={tree.matched}
              selectedId={props.selectedId}
              expandedKeys={tree.expanded}
              loadingIds={tree.loadingIds}
              onExpand={tree.onExpand}
              onSelect={props.onSelect}
            />
          ) : list.isLoading ? (
            <Skeleton active />
          ) : null}
        </div>
      </Flex>
    </Card>
  );
}

/** Organisation units: a searchable tree beside the selected unit's detail (stacked, one at a time, on phones). */
export function UnitsPage() {
  const { t } = useTranslation('units');
  const { id } = useParams<{ id?: string }>();
  const navigate = useNavigate();
  const isWide = Grid.useBreakpoint().lg !== false;
  const [filter, setFilter, search] = useUnitsFilter();
  const tree = useUnitTree(filter, id);
  const onCreated = (u: UnitDetail) => {
    tree.revealCreated(u);
    void navigate(paths.unit(u.id) + search);
  };

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Row gutter={[16, 16]}>
        {isWide || !id ? (
          <Col xs={24} lg={11} xl={10}>
            <TreePanel
              tree={tree}
              filter={filter}
              onFilter={setFilter}
              selectedId={id}
              onSelect={(key) => void navigate(paths.unit(key) + search)}
              isWide={isWide}
            />
          </Col>
        ) : null}
        {isWide || id ? (
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
