import { describe, expect, it } from 'vitest';
import { LocalDateSchema } from '@contracts/common';
import {
  clearListState,
  enumParam,
  flagParam,
  listParam,
  readListState,
  schemaParam,
  textParam,
  writeListState,
  type ListChange,
  type ListSpec,
} from './list-state';

const SPEC = {
  q: textParam('q'),
  level: enumParam('level', ['province', 'commune']),
  interAgency: flagParam('lienThong'),
  sub: flagParam('sub', { defaultOn: true }),
  status: listParam('status', ['received', 'processing', 'done'], ['received', 'processing']),
  from: schemaParam('from', LocalDateSchema),
  open: textParam('id', { resetsPage: false }),
} satisfies ListSpec;

const read = (qs: string) => readListState(SPEC, new URLSearchParams(qs));
const write = (qs: string, change: ListChange<typeof SPEC>) => Object.fromEntries(writeListState(SPEC, new URLSearchParams(qs), change));

describe('readListState: page and size', () => {
  it.each([
    ['', 1, 20],
    ['page=3&size=50', 3, 50],
    ['page=abc', 1, 20],
    ['page=0', 1, 20],
    ['page=-2', 1, 20],
    ['page=2.5', 1, 20],
    ['size=100', 1, 100],
    ['size=30', 1, 20],
    ['size=x', 1, 20],
    ['size=0', 1, 20],
  ])('%s → page %d, size %d', (qs, page, size) => {
    const v = read(qs);
    expect([v.page, v.size]).toEqual([page, size]);
  });
});

describe('readListState: filters', () => {
  it.each<[string, Record<string, unknown>]>([
    ['', { q: undefined, level: undefined, interAgency: false, sub: true, status: ['received', 'processing'], from: undefined }],
    ['q=%20khai%20sinh%20', { q: 'khai sinh' }],
    ['q=', { q: undefined }],
    ['level=commune', { level: 'commune' }],
    ['level=district', { level: undefined }],
    ['lienThong=true', { interAgency: true }],
    ['lienThong=yes', { interAgency: false }],
    ['sub=false', { sub: false }],
    ['sub=x', { sub: true }],
    ['status=', { status: [] }],
    ['status=done,bogus', { status: ['done'] }],
    ['from=2026-11-01', { from: '2026-11-01' }],
    ['from=2026-1-1', { from: undefined }],
    ['id=abc', { open: 'abc' }],
  ])('%s', (qs, expected) => expect(read(qs).filters).toMatchObject(expected));
});

describe('writeListState', () => {
  it.each<[string, string, ListChange<typeof SPEC>, Record<string, string>]>([
    ['a filter change returns to page 1', 'q=a&page=3', { filters: { q: 'b' } }, { q: 'b' }],
    ['empty text is removed', 'q=a&page=3', { filters: { q: '  ' } }, {}],
    ['text is trimmed', '', { filters: { q: ' khai sinh ' } }, { q: 'khai sinh' }],
    ['no value removes the param', 'level=commune', { filters: { level: undefined } }, {}],
    ['a switch turned off is removed', 'lienThong=true', { filters: { interAgency: false } }, {}],
    ['a switch on by default is written only when off', '', { filters: { sub: false } }, { sub: 'false' }],
    ['… and removed when back on', 'sub=false', { filters: { sub: true } }, {}],
    ['an empty list is written empty (not the fallback)', '', { filters: { status: [] } }, { status: '' }],
    ['the fallback list is removed', 'status=done', { filters: { status: ['received', 'processing'] } }, {}],
    ['a view param keeps the page', 'page=3', { filters: { open: 'x' } }, { page: '3', id: 'x' }],
    ['the next page', '', { page: 2, size: 20 }, { page: '2' }],
    ['page 1 is removed', 'page=2', { page: 1, size: 20 }, {}],
    ['a new page size returns to page 1', 'page=3', { page: 3, size: 50 }, { size: '50' }],
    ['the default size is removed', 'size=50&page=2', { page: 2, size: 20 }, {}],
    ['the same size keeps the page asked for', 'size=50&page=2', { page: 4, size: 50 }, { size: '50', page: '4' }],
    ['other params stay', 'tab=x&page=2', { filters: { q: 'a' } }, { tab: 'x', q: 'a' }],
    ['a bad page in the address is dropped on write', 'page=abc', { filters: { q: 'a' } }, { q: 'a' }],
  ])('%s', (_name, qs, change, expected) => expect(write(qs, change)).toEqual(expected));
});

describe('clearListState', () => {
  it('removes every filter and the page, keeps the size and other params', () => {
    const cleared = clearListState(SPEC, new URLSearchParams('q=a&level=commune&sub=false&page=2&size=50&tab=x'));
    expect(Object.fromEntries(cleared)).toEqual({ size: '50', tab: 'x' });
  });
});
