import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import type { TargetView } from '@contracts/targets';
import { PROVINCE, initialTargetValues, targetFieldErrors, toTargetRequest, type TargetFormValues } from './form-values';

const V: TargetFormValues = {
  key: 'dossier.on_time_rate',
  scope: PROVINCE,
  value: 95,
  validFrom: dayjs('2027-01-01'),
  source: 'KH 12/2026',
};
const TARGET = {
  id: 't1',
  key: 'dossier.on_time_rate',
  unitId: 'u1',
  unitName: 'Sở Tư pháp',
  validTo: null,
  note: null,
} as unknown as TargetView;

describe('toTargetRequest', () => {
  it.each<[string, Partial<TargetFormValues>, TargetView | undefined, unknown]>([
    [
      'province-wide: no unit',
      {},
      undefined,
      {
        kind: 'create',
        body: {
          key: 'dossier.on_time_rate',
          unitId: null,
          value: 95,
          validFrom: '2027-01-01',
          validTo: null,
          source: 'KH 12/2026',
          note: null,
        },
      },
    ],
    [
      'for a unit',
      { scope: 'u1', validTo: dayjs('2027-12-31'), note: 'x' },
      undefined,
      { kind: 'create', body: { unitId: 'u1', validTo: '2027-12-31', note: 'x' } },
    ],
    ['a blank note is none', { note: '  ' }, undefined, { body: { note: null } }],
    [
      'an edit sends no key or scope',
      {},
      TARGET,
      { kind: 'update', id: 't1', body: { value: 95, validFrom: '2027-01-01', validTo: null, source: 'KH 12/2026', note: null } },
    ],
  ])('%s', (_name, patch, target, expected) => expect(toTargetRequest({ ...V, ...patch }, target)).toMatchObject(expected as object));

  it('an edit sends exactly the changeable fields', () =>
    expect(Object.keys(toTargetRequest(V, TARGET).body).sort()).toEqual(['note', 'source', 'validFrom', 'validTo', 'value']));
});

describe('targetFieldErrors', () => {
  it.each<[string, Array<{ path: string; message: string }>, string, unknown]>([
    [
      'the reader’s half, on its field',
      [{ path: 'body.value', message: 'Giá trị phải không âm / value must not be negative' }],
      'vi',
      [{ name: 'value', errors: ['Giá trị phải không âm'] }],
    ],
    [
      'in English',
      [{ path: 'body.value', message: 'Giá trị phải không âm / value must not be negative' }],
      'en',
      [{ name: 'value', errors: ['value must not be negative'] }],
    ],
    ['unitId lands on the scope', [{ path: 'body.unitId', message: 'x / y' }], 'vi', [{ name: 'scope', errors: ['x'] }]],
    [
      'two issues on one field',
      [
        { path: 'body.validTo', message: 'a / b' },
        { path: 'body.validTo', message: 'c / d' },
      ],
      'vi',
      [{ name: 'validTo', errors: ['a', 'c'] }],
    ],
    [
      'unknown fields are dropped',
      [
        { path: 'body.measure', message: 'x / y' },
        { path: 'querystring.key', message: 'x / y' },
      ],
      'vi',
      [],
    ],
  ])('%s', (_name, issues, lang, expected) => expect(targetFieldErrors(issues, lang)).toEqual(expected));
});

describe('initialTargetValues', () => {
  it('a new version: first key, province-wide when allowed, from next 1 January', () => {
    const v = initialTargetValues(undefined, true, 2027);
    expect([v.key, v.scope, v.validFrom?.format('YYYY-MM-DD')]).toEqual(['dossier.on_time_rate', PROVINCE, '2027-01-01']);
    expect(initialTargetValues(undefined, false, 2027).scope).toBeUndefined();
  });
});
