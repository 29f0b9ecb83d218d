import { useMemo } from 'react';
import { TreeSelect, type TreeSelectProps } from 'antd';
import type { Permission } from '@core/access/permissions';
import { foldVietnamese, type UnitListItem } from '@contracts/units';
import { useUnits } from '../api/list-units';
import { foldTreeSearch } from '@web/lib/search-filter';

/** A node of the unit tree; `search` is the folded text typed searches match. */
export type UnitNode = { value: string; title: string; search: string; disabled?: boolean; children?: UnitNode[] };

/** Builds the unit tree from the flat list; a unit whose parent is not listed is a root. Without `permission`, every unit is selectable. */
export function buildUnitTree(units: readonly UnitListItem[], permission?: Permission): UnitNode[] {
  const ids = new Set(units.map((u) => u.id));
  const nodes = new Map<string, UnitNode>();
  for (const u of units) {
    nodes.set(u.id, {
      value: u.id,
      title: u.name,
      search: foldVietnamese([u.name, u.shortName ?? '', u.code].join(' ')),
      ...(permission && !u.abilities.includes(permission) ? { disabled: true } : {}),
    });
  }
  const roots: UnitNode[] = [];
  for (const u of units) {
    const node = nodes.get(u.id);
    if (!node) continue;
    const parent = u.parentId && ids.has(u.parentId) ? nodes.get(u.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

type Props = Omit<TreeSelectProps<string>, 'treeData' | 'showSearch'> & {
  /** Units without this permission in their `abilities` are shown but cannot be chosen. */
  permission?: Permission;
};

/** A searchable unit picker: typing part of a name (with or without diacritics) narrows the tree. */
export function UnitTreeSelect({ permission, ...rest }: Props) {
  const units = useUnits();
  const tree = useMemo(() => buildUnitTree(units.data?.items ?? [], permission), [units.data, permission]);
  return (
    <TreeSelect<string>
      loading={units.isLoading}
      treeData={tree}
      showSearch={foldTreeSearch}
      treeDefaultExpandedKeys={tree.map((n) => n.value)}
      popupMatchSelectWidth={false}
      listHeight={320}
      style={{ width: '100%' }}
      styles={{ popup: { root: { maxWidth: 'min(560px, calc(100vw - 24px))' } } }}
      {...rest}
    />
  );
}
