import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { DB, UnitKind } from '@db/types';
import {
  DAKLAK_DEPARTMENTS,
  FORMER_DISTRICTS,
  FORMER_PROVINCES,
  NQ_COMMUNES_2025,
  NQ_PROVINCES_2025,
  type HistoricalUnit,
} from './daklak-org';

/** The day the two-tier local government and the merged province took effect. */
export const REFORM_DATE = '2025-07-01';
const LAST_DAY_BEFORE_REFORM = '2025-06-30';

type CommuneFile = { provinceCode: string; provinceName: string; units: Array<{ code: string; fullName: string }> };

// Bundled extract of the MIT-licensed dataset (LICENSE-vn-admin-units.txt ships beside it).
function readCommunes(): CommuneFile {
  return JSON.parse(readFileSync(new URL('./daklak-units.json', import.meta.url), 'utf8')) as CommuneFile;
}

const PREFIXES: Array<[string, UnitKind, string]> = [
  ['Đặc khu ', 'special_zone', 'Special Zone'],
  ['Phường ', 'ward', 'Ward'],
  ['Xã ', 'commune', 'Commune'],
];

/** Kind, short name and English name of a commune-level unit from its full Vietnamese name. */
export function classifyCommune(fullName: string): { kind: UnitKind; shortName: string; nameEn: string } {
  for (const [prefix, kind, en] of PREFIXES) {
    if (fullName.startsWith(prefix)) {
      const shortName = fullName.slice(prefix.length);
      return { kind, shortName, nameEn: `${toAscii(shortName)} ${en}` };
    }
  }
  throw new Error(`Không nhận ra loại đơn vị hành chính / unknown unit type: ${fullName}`);
}

function toAscii(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Result of the seed: the new province, and unit ids by code (closed history units as `hist:<code>`). */
export type DaklakSeed = { provinceId: string; ids: Record<string, string> };

async function existingSeed(trx: Kysely<DB>): Promise<DaklakSeed | null> {
  // The seed's mark: a root province '66' holding the provincial one-stop centre.
  const province = await trx
    .selectFrom('units as p')
    .innerJoin('units as c', 'c.parentId', 'p.id')
    .select('p.id')
    .where('p.code', '=', '66')
    .where('p.kind', '=', 'province')
    .where('p.parentId', 'is', null)
    .where('p.validFrom', '=', REFORM_DATE)
    .where('c.code', '=', '66.TTPVHCC')
    .executeTakeFirst();
  if (!province) return null;
  const rows = await trx
    .withRecursive('t(id)', (qb) =>
      qb
        .selectFrom('units')
        .select('id')
        .where('id', '=', province.id)
        .union((q) => q.selectFrom('units as u').innerJoin('t', 't.id', 'u.parentId').select('u.id')),
    )
    .selectFrom('units')
    .innerJoin('t', 't.id', 'units.id')
    .select(['units.id', 'units.code', 'units.validTo'])
    .execute();
  const ids: Record<string, string> = {};
  for (const r of rows) ids[r.validTo === null ? r.code : `hist:${r.code}`] = r.id;
  return { provinceId: province.id, ids };
}

/**
 * Seeds the Đắk Lắk organisation: the province (from 1 July 2025), its 102 communes and wards, about twenty
 * departments, the provincial one-stop centre, and as history the two former provinces and a few former
 * districts with their successions. Run it inside a transaction; a second run returns the existing ids.
 */
export async function seedDaklakUnits(trx: Kysely<DB>): Promise<DaklakSeed> {
  const existing = await existingSeed(trx);
  if (existing) return existing;
  const data = readCommunes();
  const ids: Record<string, string> = {};
  const provinceId = await insertProvince(trx, data);
  ids[data.provinceCode] = provinceId;
  await insertCommunes(trx, data, provinceId, ids);
  await insertDepartments(trx, provinceId, ids);
  await insertHistory(trx, provinceId, ids);
  return { provinceId, ids };
}

/** The merged province, valid from the reform; returns its id. */
async function insertProvince(trx: Kysely<DB>, data: CommuneFile): Promise<string> {
  const province = await trx
    .insertInto('units')
    .values({
      code: data.provinceCode,
      name: data.provinceName,
      nameEn: 'Dak Lak Province',
      shortName: 'Đắk Lắk',
      kind: 'province',
      parentId: null,
      validFrom: REFORM_DATE,
      legalRef: NQ_PROVINCES_2025,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return province.id;
}

/** The province's communes, wards and special zone from the bundled list; adds their ids to `ids`. */
async function insertCommunes(trx: Kysely<DB>, data: CommuneFile, provinceId: string, ids: Record<string, string>): Promise<void> {
  const communes = await trx
    .insertInto('units')
    .values(
      data.units.map((c) => ({
        code: c.code,
        name: c.fullName,
        ...classifyCommune(c.fullName),
        parentId: provinceId,
        validFrom: REFORM_DATE,
        legalRef: NQ_COMMUNES_2025,
      })),
    )
    .returning(['id', 'code'])
    .execute();
  for (const c of communes) ids[c.code] = c.id;
}

/** The departments and their sub-units; adds their ids to `ids`. */
async function insertDepartments(trx: Kysely<DB>, provinceId: string, ids: Record<string, string>): Promise<void> {
  // Departments are listed parents first, so a child's parent id is known when it is inserted.
  for (const d of DAKLAK_DEPARTMENTS) {
    const parentId = d.parent ? ids[d.parent] : provinceId;
    if (!parentId) throw new Error(`Thiếu đơn vị cấp trên ${d.parent ?? ''} của ${d.code}`);
    const row = await trx
      .insertInto('units')
      .values({
        code: d.code,
        name: d.name,
        nameEn: d.nameEn,
        shortName: d.shortName ?? null,
        kind: d.kind,
        parentId,
        validFrom: REFORM_DATE,
        legalRef: d.legalRef ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids[d.code] = row.id;
  }
}

/** The former provinces and districts, closed the day before the reform, with their successors; ids as `hist:<code>`. */
async function insertHistory(trx: Kysely<DB>, provinceId: string, ids: Record<string, string>): Promise<void> {
  const hist: Record<string, string> = {};
  // The former provinces sit under the new one: a grant on the province then covers their history too.
  for (const p of FORMER_PROVINCES) hist[p.code] = await insertHistorical(trx, p, provinceId, ids);
  for (const d of FORMER_DISTRICTS) {
    const parentId = d.parent ? hist[d.parent] : undefined;
    if (!parentId) throw new Error(`Thiếu tỉnh cũ ${d.parent ?? ''} của ${d.code}`);
    hist[d.code] = await insertHistorical(trx, d, parentId, ids);
  }
}

/** One closed unit and its successions to current units (by code in `ids`); returns its id, also kept as `hist:<code>`. */
async function insertHistorical(trx: Kysely<DB>, h: HistoricalUnit, parentId: string, ids: Record<string, string>): Promise<string> {
  const row = await trx
    .insertInto('units')
    .values({
      code: h.code,
      name: h.name,
      nameEn: h.nameEn,
      shortName: h.shortName ?? null,
      kind: h.kind,
      parentId,
      validFrom: h.validFrom,
      validTo: LAST_DAY_BEFORE_REFORM,
      legalRef: h.legalRef ?? null,
      closingLegalRef: h.successionLegalRef,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  ids[`hist:${h.code}`] = row.id;
  const successorIds = h.successors.map((code) => {
    const id = ids[code];
    if (!id) throw new Error(`Không có đơn vị kế thừa mã ${code} / no successor with code ${code}`);
    return id;
  });
  await trx
    .insertInto('unitSuccessions')
    .values(
      successorIds.map((successorId) => ({
        predecessorId: row.id,
        successorId,
        effectiveOn: REFORM_DATE,
        legalRef: h.successionLegalRef,
      })),
    )
    .execute();
  return row.id;
}
