import { useMemo } from 'react';
import { Empty, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitListItem } from '@contracts/units';
import { buildUnitTree, type UnitTreeNode } from '../utils/unit-tree';
import { UnitKindTag, UnitStatusTag } from './unit-tags';

const LOADING_SUFFIX = ':loading';

// Inline, so a long name wraps word by word and its code and tags follow it.
function NodeTitle({ unit, matched }: { unit: UnitListItem; matched: boolean }) {
  return (
    <span>
      <Typography.Text strong={matched} style={{ color: 'inherit' }}>
        {unit.name}
      </Typography.Text>{' '}
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
        {unit.code}
      </Typography.Text>{' '}
      <UnitKindTag kind={unit.kind} compact />
      {unit.status !== 'active' ? (
        <>
          {' '}
          <UnitStatusTag status={unit.status} compact />
        </>
      ) : null}
    </span>
  );
}

type Props = {
  items: readonly UnitListItem[];
  /** Units that matched the search (shown in bold). */
  matched?: ReadonlySet<string>;
  selectedId?: string;
  expandedKeys: string[];
  /** Branches whose children are being fetched. */
  loadingIds: ReadonlySet<string>;
  onExpand: (keys: string[], node: { id: string; expanded: boolean }) => void;
  onSelect: (id: string) => void;
};

/** The organisation tree; a unit whose parent is not listed is a root, a branch not yet loaded opens on demand. */
export function UnitTree({ items, matched, selectedId, expandedKeys, loadingIds, onExpand, onSelect }: Props) {
  const { t } = useTranslation('units');
  const treeData = useMemo(() => {
    const toData = (n: UnitTreeNode<UnitListItem>): TreeDataNode => {
      const u = n.unit;
      const hooks = { 'data-testid': `unit-node-${u.code}`, 'data-unit-id': u.id } as Record<string, string>;
      const placeholder: TreeDataNode[] = loadingIds.has(u.id)
        ? [{ key: `${u.id}${LOADING_SUFFIX}`, title: t('tree.loadingChildren'), isLeaf: true, selectable: false, disabled: true }]
        : [];
      return {
        ...hooks,
        key: u.id,
        title: <NodeTitle unit={u} matched={matched?.has(u.id) ?? false} />,
        isLeaf: n.children.length === 0 && u.childCount === 0,
        children: n.children.length > 0 ? n.children.map(toData) : placeholder,
      };
    };
    return buildUnitTree(items).map(toData);
  }, [items, matched, loadingIds, t]);

  if (items.length === 0) return <Empty description={t('tree.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <div data-testid="unit-tree">
      <Tree
        aria-label={t('tree.label')}
        blockNode
        showLine={{ showLeafIcon: false }}
        treeData={treeData}
        expandedKeys={expandedKeys}
        selectedKeys={selectedId ? [selectedId] : []}
        onExpand={(keys, info) => onExpand(keys.map(String), { id: String(info.node.key), expanded: info.expanded })}
        onSelect={(_keys, info) => {
          const key = String(info.node.key);
          if (!key.endsWith(LOADING_SUFFIX)) onSelect(key);
        }}
      />
    </div>
  );
}
