import { describe, expect, it } from 'vitest';
import { LruMap } from './lru';

describe('LruMap', () => {
  it('forgets the least recently used entry past its capacity; a get counts as a use, a peek does not', () => {
    const m = new LruMap<string, number>(2);
    m.set('a', 1);
    m.set('b', 2);
    expect(m.get('a')).toBe(1); // b is now the oldest
    m.set('c', 3);
    expect([m.peek('a'), m.peek('b'), m.peek('c')]).toEqual([1, undefined, 3]);
    expect(m.peek('a')).toBe(1); // a stays the oldest after peeks
    m.set('d', 4);
    expect([m.peek('a'), m.peek('c'), m.peek('d')]).toEqual([undefined, 3, 4]);
  });

  it('replaces a value in place and forgets a deleted key', () => {
    const m = new LruMap<string, number>(2);
    m.set('a', 1);
    m.set('a', 5);
    m.set('b', 2);
    expect(m.get('a')).toBe(5);
    m.delete('a');
    expect(m.get('a')).toBeUndefined();
    m.set('c', 3);
    expect([m.peek('b'), m.peek('c')]).toEqual([2, 3]);
  });
});
