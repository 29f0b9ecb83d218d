import { describe, expect, it } from 'vitest';
import { ancestryIn, communeIn, handlingCommune, isCommuneKind, needsHandlingCommune, provinceIn, type PlaceUnit } from './index';

describe('handling commune of a dossier', () => {
  it('asks for a commune only for a commune-level procedure received outside any commune', () => {
    expect(needsHandlingCommune('commune', null)).toBe(true);
    expect(needsHandlingCommune('commune', 'XA')).toBe(false);
    expect(needsHandlingCommune('province', null)).toBe(false);
  });
  it('takes the receiving unit’s commune, or the named one at a unit outside any commune', () => {
    expect(handlingCommune('commune', 'XA', undefined)).toEqual({ ok: true, value: 'XA' });
    expect(handlingCommune('commune', null, 'XB')).toEqual({ ok: true, value: 'XB' });
    expect(handlingCommune('province', null, null)).toEqual({ ok: true, value: null });
  });
  it('refuses a missing commune where one is needed, and a named one where it does not apply', () => {
    expect(handlingCommune('commune', null, undefined)).toMatchObject({ ok: false, code: 'DOSSIER_HANDLING_COMMUNE_REQUIRED' });
    expect(handlingCommune('commune', 'XA', 'XB')).toMatchObject({ ok: false, code: 'DOSSIER_HANDLING_COMMUNE_NOT_APPLICABLE' });
    expect(handlingCommune('commune', 'XA', 'XA')).toMatchObject({ ok: false, code: 'DOSSIER_HANDLING_COMMUNE_NOT_APPLICABLE' });
    expect(handlingCommune('province', null, 'XB')).toMatchObject({ ok: false, code: 'DOSSIER_HANDLING_COMMUNE_NOT_APPLICABLE' });
  });
});

describe('places in the unit tree', () => {
  // PROV ─┬─ XA (commune) ── XA.VP (office inside the commune)
  //       ├─ PX (ward)      TT (one-stop centre)
  //       └─ STP (department) ── STP.P1
  // Only part of a chain may be known (ORPHAN's parent was not loaded).
  const list: PlaceUnit[] = [
    { id: 'PROV', parentId: null, kind: 'province' },
    { id: 'XA', parentId: 'PROV', kind: 'commune' },
    { id: 'XA.VP', parentId: 'XA', kind: 'department' },
    { id: 'PX', parentId: 'PROV', kind: 'ward' },
    { id: 'DZ', parentId: 'PROV', kind: 'special_zone' },
    { id: 'TT', parentId: 'PROV', kind: 'one_stop_centre' },
    { id: 'STP', parentId: 'PROV', kind: 'department' },
    { id: 'STP.P1', parentId: 'STP', kind: 'department' },
    { id: 'ORPHAN', parentId: 'GONE', kind: 'department' },
  ];
  const units = new Map(list.map((u) => [u.id, u]));
  it.each([
    ['XA.VP', ['XA.VP', 'XA', 'PROV'], 'XA', 'PROV'],
    ['XA', ['XA', 'PROV'], 'XA', 'PROV'],
    ['PX', ['PX', 'PROV'], 'PX', 'PROV'],
    ['DZ', ['DZ', 'PROV'], 'DZ', 'PROV'],
    ['TT', ['TT', 'PROV'], null, 'PROV'],
    ['STP.P1', ['STP.P1', 'STP', 'PROV'], null, 'PROV'],
    ['PROV', ['PROV'], null, 'PROV'],
    ['ORPHAN', ['ORPHAN'], null, 'ORPHAN'],
    ['UNKNOWN', [], null, undefined],
  ])('%s: ancestry %j, commune %s, province %s', (id, ancestry, commune, province) => {
    expect(ancestryIn(units, id)).toEqual(ancestry);
    expect(communeIn(units, id)).toBe(commune);
    expect(provinceIn(units, id)).toBe(province);
  });
  it('stops on a loop in corrupt data', () => {
    const loop = new Map<string, PlaceUnit>([
      ['A', { id: 'A', parentId: 'B', kind: 'department' }],
      ['B', { id: 'B', parentId: 'A', kind: 'department' }],
    ]);
    expect(ancestryIn(loop, 'A').length).toBeLessThanOrEqual(51);
    expect(communeIn(loop, 'A')).toBeNull();
  });
  it.each([
    ['commune', true],
    ['ward', true],
    ['special_zone', true],
    ['province', false],
    ['district', false],
    ['one_stop_centre', false],
    ['department', false],
  ])('%s is commune level: %s', (kind, expected) => expect(isCommuneKind(kind)).toBe(expected));
});
