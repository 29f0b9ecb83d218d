import { describe, expect, it } from 'vitest';
import { ancestorIds, buildUnitTree, childKindsOf, defaultChildKind, subtreeIds } from './utils/unit-tree';
import { localizeMessage } from '@web/lib/api';
import { fieldErrorsOf } from './utils/form-errors';
import { ApiError } from '@web/lib/api';

const u = (id: string, parentId: string | null) => ({ id, parentId });

describe('buildUnitTree', () => {
  it('nests children under listed parents and keeps the list order', () => {
    const tree = buildUnitTree([u('p', null), u('a', 'p'), u('b', 'p'), u('a1', 'a')]);
    expect(tree.map((n) => n.unit.id)).toEqual(['p']);
    expect(tree[0]?.children.map((n) => n.unit.id)).toEqual(['a', 'b']);
    expect(tree[0]?.children[0]?.children.map((n) => n.unit.id)).toEqual(['a1']);
  });

  it('makes a unit whose parent is not listed a root', () => {
    const tree = buildUnitTree([u('x', 'missing'), u('p', null), u('c', 'p')]);
    expect(tree.map((n) => n.unit.id)).toEqual(['x', 'p']);
  });

  it('survives a parent loop and duplicates', () => {
    const tree = buildUnitTree([u('a', 'b'), u('b', 'a'), u('a', 'b')]);
    const ids = (ns: typeof tree): string[] => ns.flatMap((n) => [n.unit.id, ...ids(n.children)]);
    expect(ids(tree).sort()).toEqual(['a', 'b']);
  });
});

describe('tree helpers', () => {
  const items = [u('p', null), u('a', 'p'), u('a1', 'a'), u('b', 'p')];
  it('lists ancestors nearest first and subtrees', () => {
    expect(ancestorIds(new Map(items.map((i) => [i.id, i])), 'a1')).toEqual(['a', 'p']);
    expect([...subtreeIds(items, 'a')].sort()).toEqual(['a', 'a1']);
  });

  it('offers only the kinds allowed under a parent, current kinds first', () => {
    expect(childKindsOf('department')).toEqual(['department', 'one_stop_centre']);
    expect(childKindsOf('ward')).toEqual(['department', 'one_stop_centre']);
    expect(childKindsOf('province')).toContain('commune');
    expect(defaultChildKind('province')).toBe('department');
    expect(defaultChildKind('district')).toBe('department');
  });
});

describe('form errors', () => {
  it('maps body.<field> issues onto fields in the current language', () => {
    const e = new ApiError(409, 'UNIT_CODE_EXISTS', 'Mã đã dùng / code used', [
      { path: 'body.code', message: 'Mã đã tồn tại / code already exists' },
      { path: 'body.successorIds.0', message: 'Không thấy / not found' },
      { path: 'children', message: 'Xã A (1)' },
    ]);
    expect(fieldErrorsOf(e, ['code', 'name'], 'vi')).toEqual([{ name: 'code', errors: ['Mã đã tồn tại'] }]);
    expect(fieldErrorsOf(e, ['successorIds'], 'en')).toEqual([{ name: 'successorIds', errors: ['not found'] }]);
    expect(localizeMessage('Chỉ tiếng Việt', 'en')).toBe('Chỉ tiếng Việt');
  });
});
