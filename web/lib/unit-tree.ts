/** A node of a unit picker (antd TreeSelect). */
export type UnitTreeNode = { value: string; title: string; children: UnitTreeNode[] };

const collator = new Intl.Collator('vi');

/** Units as a tree sorted by Vietnamese name; a unit whose parent is not in the list is a root. */
export function unitTreeOf(items: ReadonlyArray<{ id: string; name: string; parentId: string | null }>): UnitTreeNode[] {
  const nodes = new Map(items.map((u) => [u.id, { value: u.id, title: u.name, children: [] as UnitTreeNode[] }]));
  const roots: UnitTreeNode[] = [];
  for (const u of items) {
    const node = nodes.get(u.id)!;
    const parent = u.parentId ? nodes.get(u.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: UnitTreeNode[]) => {
    list.sort((a, b) => collator.compare(a.title, b.title));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}
