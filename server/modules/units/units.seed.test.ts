import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, createTestApp, type SignedIn, type TestApp } from '@tests/harness';
import { classifyCommune, seedDaklakUnits, type DaklakSeed } from '@db/seeds/units-daklak';
import { FORMER_DISTRICTS } from '@db/seeds/daklak-org';

describe('classifyCommune', () => {
  it.each([
    ['Xã Ea Kar', 'commune', 'Ea Kar', 'Ea Kar Commune'],
    ['Phường Buôn Ma Thuột', 'ward', 'Buôn Ma Thuột', 'Buon Ma Thuot Ward'],
    ['Đặc khu Phú Quốc', 'special_zone', 'Phú Quốc', 'Phu Quoc Special Zone'],
    ['Xã Đắk Liêng', 'commune', 'Đắk Liêng', 'Dak Lieng Commune'],
  ])('reads %s', (fullName, kind, shortName, nameEn) => {
    expect(classifyCommune(fullName)).toEqual({ kind, shortName, nameEn });
  });

  it('refuses an unknown prefix', () => {
    expect(() => classifyCommune('Huyện Lắk')).toThrow(/unknown unit type/);
  });
});

describe.each(ENGINES)('Đắk Lắk seed on %s', (engine) => {
  let t: TestApp;
  let seed: DaklakSeed;
  beforeAll(async () => {
    t = await createTestApp(engine);
    seed = await t.database.db.transaction().execute((trx) => seedDaklakUnits(trx));
  });
  afterAll(async () => t.close());

  const db = () => t.database.db;
  const children = (parentId: string) => db().selectFrom('units').selectAll().where('parentId', '=', parentId).execute();

  it('creates the province, 102 communes and wards, the departments and the one-stop centre', async () => {
    const province = await db().selectFrom('units').selectAll().where('id', '=', seed.provinceId).executeTakeFirstOrThrow();
    expect(province).toMatchObject({
      code: '66',
      name: 'Tỉnh Đắk Lắk',
      kind: 'province',
      parentId: null,
      validFrom: '2025-07-01',
      validTo: null,
    });
    expect(province.legalRef).toMatch(/202\/2025\/QH15/);
    const direct = await children(seed.provinceId);
    const count = (kind: string) => direct.filter((u) => u.kind === kind && u.validTo === null).length;
    expect(count('commune')).toBe(88);
    expect(count('ward')).toBe(14);
    expect(count('department')).toBeGreaterThanOrEqual(15);
    expect(count('one_stop_centre')).toBe(1);
    expect(direct.find((u) => u.code === '24133')).toMatchObject({
      name: 'Phường Buôn Ma Thuột',
      shortName: 'Buôn Ma Thuột',
      kind: 'ward',
      nameEn: 'Buon Ma Thuot Ward',
    });
    expect(direct.find((u) => u.code === '66.SNV')).toMatchObject({ name: 'Sở Nội vụ', kind: 'department' });
    const land = await children(seed.ids['66.SNNMT'] ?? '');
    expect(land.map((u) => u.code).sort()).toEqual(['66.SNNMT.CCKL', '66.SNNMT.VPDKDD']);
  });

  it('keeps the former provinces and districts as history, with successions to the 2025 units', async () => {
    const oldDaklak = seed.ids['hist:66'] ?? '';
    const phuYen = seed.ids['hist:54'] ?? '';
    const formerProvinces = await db().selectFrom('units').selectAll().where('id', 'in', [oldDaklak, phuYen]).execute();
    expect(formerProvinces.every((p) => p.kind === 'province' && p.validTo === '2025-06-30' && p.parentId === seed.provinceId)).toBe(true);
    const districts = [...(await children(oldDaklak)), ...(await children(phuYen))];
    expect(districts.map((d) => d.code).sort()).toEqual(FORMER_DISTRICTS.map((d) => d.code).sort());
    expect(districts.every((d) => d.kind === 'district' && d.validTo === '2025-06-30')).toBe(true);
    const bmt = seed.ids['hist:643'] ?? '';
    const links = await db().selectFrom('unitSuccessions').selectAll().where('predecessorId', '=', bmt).execute();
    expect(links).toHaveLength(6);
    expect(links.every((l) => l.effectiveOn === '2025-07-01' && /1660\/NQ-UBTVQH15/.test(l.legalRef ?? ''))).toBe(true);
    expect(links.map((l) => l.successorId)).toContain(seed.ids['24163']);
    const toProvince = await db()
      .selectFrom('unitSuccessions')
      .select('predecessorId')
      .where('successorId', '=', seed.provinceId)
      .execute();
    expect(toProvince.map((r) => r.predecessorId).sort()).toEqual([oldDaklak, phuYen].sort());
  });

  it('returns the same ids when run again', async () => {
    const again = await db()
      .transaction()
      .execute((trx) => seedDaklakUnits(trx));
    expect(again.provinceId).toBe(seed.provinceId);
    expect(again.ids).toEqual(seed.ids);
  });

  it('serves the seeded tree: search, subtree scope and history through the API', async () => {
    const admin = await t.as('system_admin', { unit: seed.provinceId });
    const get = (s: SignedIn, url: string) => s.get(url);
    const all = (await get(admin, '/api/units')).json();
    expect(all.total).toBe(
      1 + 102 + (await children(seed.provinceId)).filter((u) => u.kind !== 'commune' && u.kind !== 'ward' && u.validTo === null).length + 2,
    );
    const found = (await get(admin, '/api/units?q=dak%20lak')).json();
    expect(found.items.map((i: { code: string }) => i.code)).toContain('66');
    const tanAn = (await get(admin, `/api/units/${seed.ids['24163']}`)).json();
    expect(tanAn.predecessors).toEqual([
      expect.objectContaining({ code: '643', name: 'Thành phố Buôn Ma Thuột', effectiveOn: '2025-07-01' }),
    ]);
    const history = (await get(admin, `/api/units/${seed.ids['24163']}/history`)).json();
    expect(history.units.map((u: { code: string }) => u.code)).toEqual(expect.arrayContaining(['643', '24133', '24163', '24175']));
    const head = await t.as('unit_head', { unit: seed.ids['66.SNNMT'] ?? '' });
    const mine = (await get(head, '/api/units')).json();
    expect(mine.items.map((i: { code: string }) => i.code).sort()).toEqual(['66.SNNMT', '66.SNNMT.CCKL', '66.SNNMT.VPDKDD']);
    expect((await get(head, `/api/units/${seed.ids['24163']}`)).statusCode).toBe(404);
  });
});
