import { describe, expect, it } from 'vitest';
import { diffFields, showValue } from './diff';

describe('diffFields', () => {
  it('compares objects key by key, keeping the order of before then new keys', () => {
    expect(diffFields({ a: 1, b: 'x' }, { b: 'y', a: 1, c: true })).toEqual([
      { field: 'a', before: 1, after: 1, changed: false },
      { field: 'b', before: 'x', after: 'y', changed: true },
      { field: 'c', before: undefined, after: true, changed: true },
    ]);
  });

  it('leaves out an id recorded beside its name', () => {
    const grant = { grantId: 'g1', role: 'unit_head', unitId: 'u1', unitName: 'Sở Nội vụ' };
    expect(diffFields(null, grant).map((r) => r.field)).toEqual(['grantId', 'role', 'unitName']);
    expect(diffFields({ unitId: 'u1' }, { unitId: 'u2' }).map((r) => r.field)).toEqual(['unitId']);
  });

  it('treats a creation (no before) as every field changed and nothing as no rows', () => {
    expect(diffFields(null, { role: 'unit_head' })).toEqual([{ field: 'role', before: undefined, after: 'unit_head', changed: true }]);
    expect(diffFields(null, null)).toEqual([]);
  });

  it('compares arrays by position and nested values by content', () => {
    const rows = diffFields([{ d: '2026-01-01' }, { d: '2026-04-30' }], [{ d: '2026-01-01' }, { d: '2026-05-01' }]);
    expect(rows.map((r) => [r.field, r.changed])).toEqual([
      ['0', false],
      ['1', true],
    ]);
  });

  it('shows a bare value as one row', () => {
    expect(diffFields('a', 'b')).toEqual([{ field: '', before: 'a', after: 'b', changed: true }]);
  });
});

describe('showValue', () => {
  it('prints strings as they are, absence as a dash, the rest as one-line JSON', () => {
    expect(showValue('Sở Nội vụ')).toBe('Sở Nội vụ');
    expect(showValue(null)).toBe('—');
    expect(showValue(undefined)).toBe('—');
    expect(showValue(false)).toBe('false');
    expect(showValue({ a: [1, 2] })).toBe('{ "a": [ 1, 2 ] }');
  });
});
