import { describe, expect, it } from 'vitest';
import {
  effectiveTarget,
  findOverlap,
  inEffectOn,
  meetsTarget,
  periodsOverlap,
  targetForPeriod,
  targetValueProblem,
  type TargetVersion,
} from './index';

type V = TargetVersion & { id: string };
const v = (id: string, o: Partial<V>): V => ({
  id,
  key: 'dossier.on_time_rate',
  unitId: null,
  value: 95,
  validFrom: '2025-01-01',
  validTo: null,
  ...o,
});

// Ancestry of a commune: itself, its district-level parent, the province (itself first).
const COMMUNE = ['commune', 'dept', 'province'];
const VERSIONS: V[] = [
  v('p2025', { validTo: '2025-12-31', value: 95 }),
  v('p2026', { validFrom: '2026-01-01', value: 97 }),
  v('prov-root', { unitId: 'province', validFrom: '2026-01-01', validTo: '2026-12-31', value: 96 }),
  v('dept', { unitId: 'dept', validFrom: '2026-07-01', validTo: '2026-12-31', value: 90 }),
  v('commune-old', { unitId: 'commune', validFrom: '2024-01-01', validTo: '2024-12-31', value: 80 }),
  v('sipas', { key: 'sipas.satisfaction', validFrom: '2021-01-01', validTo: '2030-12-31', value: 80 }),
];

describe('inEffectOn (both ends included)', () => {
  it.each([
    ['before the first day', '2024-12-31', false],
    ['on the first day', '2025-01-01', true],
    ['on the last day', '2025-12-31', true],
    ['after the last day', '2026-01-01', false],
  ])('%s', (_n, date, expected) => {
    expect(inEffectOn({ validFrom: '2025-01-01', validTo: '2025-12-31' }, date)).toBe(expected);
  });
  it('an open-ended version stays in effect', () => {
    expect(inEffectOn({ validFrom: '2025-01-01', validTo: null }, '2099-12-31')).toBe(true);
  });
});

describe('periodsOverlap', () => {
  it.each([
    ['disjoint, back to back', { validFrom: '2025-01-01', validTo: '2025-12-31' }, { validFrom: '2026-01-01', validTo: null }, false],
    ['sharing one day', { validFrom: '2025-01-01', validTo: '2025-12-31' }, { validFrom: '2025-12-31', validTo: null }, true],
    ['open-ended vs later', { validFrom: '2025-01-01', validTo: null }, { validFrom: '2030-01-01', validTo: '2030-12-31' }, true],
    ['open-ended vs earlier', { validFrom: '2025-01-01', validTo: null }, { validFrom: '2020-01-01', validTo: '2024-12-31' }, false],
    ['both open-ended', { validFrom: '2025-01-01', validTo: null }, { validFrom: '2020-01-01', validTo: null }, true],
    ['one inside the other', { validFrom: '2025-01-01', validTo: '2025-12-31' }, { validFrom: '2025-03-01', validTo: '2025-03-31' }, true],
  ])('%s → %s', (_n, a, b, expected) => {
    expect(periodsOverlap(a, b)).toBe(expected);
    expect(periodsOverlap(b, a)).toBe(expected);
  });
});

describe('findOverlap (same key and scope only)', () => {
  it.each([
    ['a new open-ended province version over 2026', v('new', { validFrom: '2027-01-01' }), 'p2026'],
    ['a province version for 2024 (before every stored one)', v('new', { validFrom: '2024-01-01', validTo: '2024-12-31' }), undefined],
    ['the same period for another unit', v('new', { unitId: 'deptB', validFrom: '2026-01-01' }), undefined],
    ['the same period for another key', v('new', { key: 'sipas.satisfaction', validFrom: '2031-01-01' }), undefined],
    ['a unit version over its own stored one', v('new', { unitId: 'dept', validFrom: '2026-12-01', validTo: null }), 'dept'],
    [
      'a stored version moved within its own period (itself excluded)',
      v('dept', { unitId: 'dept', validFrom: '2026-08-01', validTo: '2026-12-31' }),
      undefined,
    ],
  ])('%s', (_n, candidate, expected) => {
    expect(findOverlap(VERSIONS, candidate)?.id).toBe(expected);
  });
});

describe('effectiveTarget (closest unit wins, else province-wide)', () => {
  it.each([
    ['province-wide in 2025', COMMUNE, '2025-06-30', 'p2025'],
    ['the province unit’s own version overrides the province-wide one', COMMUNE, '2026-03-01', 'prov-root'],
    ['the closer department version overrides the province unit’s', COMMUNE, '2026-08-01', 'dept'],
    ['after the unit versions end, the province-wide one applies again', COMMUNE, '2027-01-01', 'p2026'],
    ['the commune’s own 2024 version (no province-wide one then)', COMMUNE, '2024-06-01', 'commune-old'],
    ['nothing in effect at all', COMMUNE, '2023-06-01', null],
    ['a sibling unit does not inherit the department’s version', ['commune2', 'deptB', 'province'], '2026-08-01', 'prov-root'],
    ['no unit: province-wide only', [], '2026-08-01', 'p2026'],
  ])('%s', (_n, ancestry, date, expected) => {
    expect(effectiveTarget(VERSIONS, 'dossier.on_time_rate', ancestry, date)?.id ?? null).toBe(expected);
  });

  it('reads only the asked key', () => {
    expect(effectiveTarget(VERSIONS, 'sipas.satisfaction', COMMUNE, '2026-08-01')?.value).toBe(80);
    expect(effectiveTarget(VERSIONS, 'sipas.satisfaction', COMMUNE, '2031-01-01')).toBeNull();
  });
});

describe('targetForPeriod (the version valid on the period’s last day)', () => {
  it.each([
    ['a year that changes target mid-way takes the last day’s', { from: '2026-01-01', to: '2026-12-31' }, 'dept'],
    ['Q1 2026', { from: '2026-01-01', to: '2026-03-31' }, 'prov-root'],
    ['a period across the new year takes the new year’s', { from: '2025-12-01', to: '2026-01-31' }, 'prov-root'],
    ['December 2025', { from: '2025-12-01', to: '2025-12-31' }, 'p2025'],
  ])('%s', (_n, period, expected) => {
    expect(targetForPeriod(VERSIONS, 'dossier.on_time_rate', COMMUNE, period)?.id).toBe(expected);
  });
});

describe('meetsTarget (value ≥ target)', () => {
  it.each([
    [96, 95, true],
    [95, 95, true],
    [94.99, 95, false],
    [0, 0, true],
    [null, 95, null],
    [98, null, null],
    [98, undefined, null],
  ])('%s against %s → %s', (value, target, expected) => {
    expect(meetsTarget(value, target)).toBe(expected);
  });
});

describe('targetValueProblem', () => {
  it.each([
    ['percent', 95, null],
    ['percent', 100, null],
    ['percent', 100.5, /0–100/],
    ['percent', -1, /non-negative/],
    ['points', 250, null],
    ['count', 3, null],
    ['count', 2.5, /whole number/],
    ['percent', Number.NaN, /non-negative/],
  ] as const)('%s %s', (measure, value, expected) => {
    const p = targetValueProblem(measure, value);
    if (expected === null) expect(p).toBeNull();
    else expect(p).toMatch(expected);
  });
});
