import { ALLOWED_PARENT_KINDS, UNIT_KINDS, type UnitKind } from '@contracts/units';

/** The fields the tree needs from a listed unit. */
type TreeUnit = { id: string; parentId: string | null };

/** A unit with its listed children, in the order the server listed them. */
export type UnitTreeNode<T extends TreeUnit> = { unit: T; children: Array<UnitTreeNode<T>> };

/** Builds the tree from a flat list: a unit whose parent is not in the list is a root. Duplicates keep the first. */
export function buildUnitTree<T extends TreeUnit>(items: readonly T[]): Array<UnitTreeNode<T>> {
  const nodes = new Map<string, UnitTreeNode<T>>();
  for (const u of items) if (!nodes.has(u.id)) nodes.set(u.id, { unit: u, children: [] });
  const roots: Array<UnitTreeNode<T>> = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    // A parent link that would close a loop (bad data) is shown as a root rather than lost.
    if (parent && !isAncestor(nodes, node.unit.id, parent.unit.id)) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

function isAncestor<T extends TreeUnit>(nodes: Map<string, UnitTreeNode<T>>, ancestorId: string, id: string): boolean {
  const seen = new Set<string>();
  for (let cur: string | null | undefined = id; cur && !seen.has(cur); cur = nodes.get(cur)?.unit.parentId) {
    if (cur === ancestorId) return true;
    seen.add(cur);
  }
  return false;
}

/** Ids of the listed ancestors of a unit, nearest first. */
export function ancestorIds(byId: ReadonlyMap<string, TreeUnit>, id: string): string[] {
  const out: string[] = [];
  const seen = new Set([id]);
  for (let p = byId.get(id)?.parentId; p && byId.has(p) && !seen.has(p); p = byId.get(p)?.parentId) {
    out.push(p);
    seen.add(p);
  }
  return out;
}

/** The unit and every listed unit below it. */
export function subtreeIds(items: readonly TreeUnit[], id: string): Set<string> {
  const byParent = new Map<string, string[]>();
  for (const u of items) if (u.parentId) byParent.set(u.parentId, [...(byParent.get(u.parentId) ?? []), u.id]);
  const out = new Set([id]);
  const stack = [id];
  while (stack.length > 0) {
    for (const c of byParent.get(stack.pop() as string) ?? []) {
      if (!out.has(c)) {
        out.add(c);
        stack.push(c);
      }
    }
  }
  return out;
}

/** Kinds that may sit under a parent of the given kind (contracts ALLOWED_PARENT_KINDS, read the other way). */
export function childKindsOf(parentKind: UnitKind): UnitKind[] {
  return UNIT_KINDS.filter((k) => ALLOWED_PARENT_KINDS[k].includes(parentKind));
}

/** Kinds kept only as history (offered last in forms). */
export const HISTORICAL_KINDS: readonly UnitKind[] = ['district'];

/** The kind a new child of this parent most likely has: the first current kind allowed. */
export function defaultChildKind(parentKind: UnitKind): UnitKind | undefined {
  const kinds = childKindsOf(parentKind);
  return kinds.find((k) => k !== 'province' && !HISTORICAL_KINDS.includes(k)) ?? kinds[0];
}
