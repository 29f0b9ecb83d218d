import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharesSumToOne } from '@contracts/procedures';
import { ENGINES, createTestApp, type TestApp } from '@tests/harness';
import { seedDaklakUnits, type DaklakSeed } from '@db/seeds/units-daklak';
import { DAKLAK_PROCEDURES, seedDaklakProcedures } from '@db/seeds/procedures-daklak';

describe.each(ENGINES)('Đắk Lắk procedure seed on %s', (engine) => {
  let t: TestApp;
  let units: DaklakSeed;
  let seeded: number;
  beforeAll(async () => {
    t = await createTestApp(engine);
    units = await t.database.db.transaction().execute((trx) => seedDaklakUnits(trx));
    seeded = await t.database.db.transaction().execute((trx) => seedDaklakProcedures(trx, units.ids));
  });
  afterAll(async () => t.close());

  const db = () => t.database.db;
  const procedures = () => db().selectFrom('procedures').selectAll().where('handlingUnitId', 'in', Object.values(units.ids)).execute();

  it('seeds at least 60 procedures across departments and communes, idempotently', async () => {
    const rows = await procedures();
    expect(seeded).toBeGreaterThanOrEqual(DAKLAK_PROCEDURES.length);
    expect(rows).toHaveLength(seeded);
    expect(rows.length).toBeGreaterThanOrEqual(60);
    const handling = new Set(rows.map((r) => r.handlingUnitId));
    for (const code of [
      '66.STP',
      '66.SXD',
      '66.SCT',
      '66.SYT',
      '66.SGDDT',
      '66.SNNMT',
      '66.SNNMT.VPDKDD',
      '66.STC',
      '66.SVHTTDL',
      '66.SNV',
      '66.CA',
    ])
      expect(handling.has(units.ids[code] ?? '')).toBe(true);
    const commune = rows.filter((r) => r.level === 'commune');
    expect(commune.length).toBeGreaterThanOrEqual(15);
    // Commune-level procedures are one catalogue entry for the whole province.
    expect(new Set(commune.map((r) => r.handlingUnitId))).toEqual(new Set([units.provinceId]));
    expect(rows.filter((r) => r.isInterAgency).length).toBeGreaterThanOrEqual(5);
    expect(
      await db()
        .transaction()
        .execute((trx) => seedDaklakProcedures(trx, units.ids)),
    ).toBe(rows.length);
    expect(await procedures()).toHaveLength(rows.length);
  });

  it('gives every procedure at least one document and steps whose shares sum to 1', async () => {
    const rows = await procedures();
    const ids = rows.map((r) => r.id);
    const docs = await db().selectFrom('procedureDocuments').select(['procedureId']).where('procedureId', 'in', ids).execute();
    const steps = await db()
      .selectFrom('procedureSteps')
      .select(['procedureId', 'unitId', 'timeShare'])
      .where('procedureId', 'in', ids)
      .execute();
    for (const p of rows) {
      const own = steps.filter((s) => s.procedureId === p.id);
      expect(docs.filter((d) => d.procedureId === p.id).length, p.name).toBeGreaterThanOrEqual(1);
      expect(own.length, p.name).toBeGreaterThanOrEqual(1);
      expect(own.length, p.name).toBeLessThanOrEqual(4);
      expect(sharesSumToOne(own.map((s) => Number(s.timeShare))), p.name).toBe(true);
      if (p.isInterAgency) expect(new Set(own.map((s) => s.unitId)).size, p.name).toBeGreaterThanOrEqual(2);
    }
  });

  // Demo data changed deliberately (issue #14 point 9): the citizen's judicial record certificate moved from Sở Tư pháp to
  // Công an tỉnh in 2025 and carries the code it has there (3.000333); its two versions stay.
  it('keeps one replaced version with an end date (validity history), at the agency that took the procedure over', async () => {
    const rows = await procedures();
    const lltp = rows.filter((r) => r.nationalCode === '3.000333').sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    expect(lltp.map((r) => [r.validFrom, r.validTo])).toEqual([
      ['2025-07-01', '2025-12-31'],
      ['2026-01-01', null],
    ]);
    expect(new Set(lltp.map((r) => r.handlingUnitId))).toEqual(new Set([units.ids['66.CA']]));
    const llt = rows.find((r) => r.nationalCode === '3.000333' && r.validTo === null);
    expect(llt).toMatchObject({ durationValue: 10, durationUnit: 'working_day', onlineLevel: 'full' });
  });

  // docs/DOMAIN.md §3.9: certification and the civil-status events registered at once are same-day, cutoff 15:00.
  it('makes the certification and civil-status procedures the law resolves within the day same-day, with the 15:00 cutoff', async () => {
    const rows = await procedures();
    const sameDay = rows.filter((r) => r.durationUnit === 'same_day');
    expect(sameDay.map((r) => r.nationalCode).sort()).toEqual(['1.000656', '1.000894', '1.001193', '2.000635', '2.000815', '2.000884']);
    for (const r of sameDay) expect(r).toMatchObject({ level: 'commune', sameDayCutoff: '15:00', durationValue: 0 });
    expect(rows.filter((r) => r.durationUnit !== 'same_day').every((r) => r.sameDayCutoff === null)).toBe(true);
    expect(rows.find((r) => r.nationalCode === '1.001612')).toMatchObject({ name: 'Đăng ký thành lập hộ kinh doanh', level: 'commune' });
  });
});
