import { sql } from 'kysely';
import { COMMUNE_KINDS } from '@core/dossier';
import { likeInfix, searchWords } from '@core/shared/text';
import type { IntakeCommune } from '@contracts/dossier-catalogue';
import type { Procedure } from '@db/types-one-stop';
import type { UnitKind } from '@db/types';
import type { Executor } from '../../infra/database';

// What a clerk or a citizen chooses from before a dossier exists: receiving units, communes, procedures in effect and
// their documents. Read-only; a day is a Vietnam date 'YYYY-MM-DD'.

/** Units among `ids` in effect on the day, `first` first then by code (at most 500). */
export async function unitsInEffect(db: Executor, ids: readonly string[], day: string, first: string) {
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name'])
    .where('id', 'in', [...ids])
    .where('validFrom', '<=', day)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', day)]))
    .orderBy(sql`CASE WHEN id = ${first}::uuid THEN 0 ELSE 1 END`)
    .orderBy('code')
    .limit(500)
    .execute();
}

/** The commune (itself or the nearest commune-level ancestor) and the province of each unit, null when none. */
export async function placesOf(db: Executor, unitIds: readonly string[]) {
  const { rows } = await sql<{ unitId: string; communeId: string | null; provinceId: string | null }>`
    WITH RECURSIVE up(unit_id, id, parent_id, kind, depth) AS (
      SELECT id, id, parent_id, kind, 0 FROM units WHERE id = ANY(${sql.val([...unitIds])}::uuid[])
      UNION ALL
      SELECT up.unit_id, u.id, u.parent_id, u.kind, up.depth + 1 FROM up JOIN units u ON u.id = up.parent_id WHERE up.depth < 50)
    SELECT unit_id,
      (array_agg(id::text ORDER BY depth) FILTER (WHERE kind = ANY(${sql.val([...COMMUNE_KINDS])}::text[])))[1] AS commune_id,
      (array_agg(id::text ORDER BY depth) FILTER (WHERE kind = 'province'))[1] AS province_id
    FROM up GROUP BY unit_id`.execute(db);
  return rows;
}

/** The communes, wards and special zones in effect on the day under the given provinces, by name (at most 2,000). */
export async function communesUnder(db: Executor, provinceIds: readonly string[], day: string): Promise<IntakeCommune[]> {
  const { rows } = await sql<IntakeCommune>`
    WITH RECURSIVE down(id, province_id) AS (
      SELECT id, id FROM units WHERE id = ANY(${sql.val([...provinceIds])}::uuid[])
      UNION
      SELECT u.id, down.province_id FROM units u JOIN down ON u.parent_id = down.id)
    SELECT u.id, u.code, u.name, u.kind, down.province_id::text AS province_id
    FROM down JOIN units u ON u.id = down.id
    WHERE u.kind = ANY(${sql.val([...COMMUNE_KINDS])}::text[]) AND u.valid_from <= ${day}::date AND (u.valid_to IS NULL OR u.valid_to >= ${day}::date)
    ORDER BY u.name, u.code
    LIMIT 2000`.execute(db);
  return rows;
}

/** Procedures in effect on the day, searched by name, national code or sector (every word, folded: the app's one search rule). */
function proceduresInEffect(db: Executor, day: string, q: string | undefined) {
  let query = db
    .selectFrom('procedures')
    .select(['id', 'nationalCode', 'name', 'sector', 'level', 'durationValue', 'durationUnit', 'sameDayCutoff as cutoff', 'feeText'])
    .where('validFrom', '<=', day)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', day)]));
  const words = searchWords(q);
  if (words.length > 0) {
    // cchc_fold (migration 2026120880) folds as foldVietnamese does, so 'ly lich tu phap' finds 'Lý lịch tư pháp'.
    const folded = sql<string>`cchc_fold(concat_ws(' ', national_code, name, sector))`;
    query = query.where((eb) => eb.and(words.map((w) => eb(folded, 'like', likeInfix(w)))));
  }
  return query;
}

/** Procedures in effect on the day for the intake form, by name. */
export async function intakeProcedureRows(db: Executor, day: string, q: string | undefined, limit: number) {
  return proceduresInEffect(db, day, q).orderBy('name').limit(limit).execute();
}

/** Procedures in effect on the day offered online (partial or full), by name. */
export async function onlineProcedureRows(db: Executor, day: string, q: string | undefined, limit: number) {
  return proceduresInEffect(db, day, q)
    .select('onlineLevel')
    .where('onlineLevel', 'in', ['partial', 'full'])
    .orderBy('name')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** The documents of the given procedures, in list order. */
export async function documentsOfProcedures(db: Executor, procedureIds: readonly string[]) {
  if (procedureIds.length === 0) return [];
  return db
    .selectFrom('procedureDocuments')
    .select(['id', 'procedureId', 'position', 'name', 'form', 'quantity', 'isRequired'])
    .where('procedureId', 'in', [...procedureIds])
    .orderBy('position')
    .execute();
}

/** Procedure rows with their document lists, in order (the catalogue of the intake form and of the online page). */
export async function withDocuments<P extends { id: string }>(db: Executor, procs: readonly P[]) {
  const docs = await documentsOfProcedures(
    db,
    procs.map((p) => p.id),
  );
  return procs.map((p) => ({ ...p, documents: docs.filter((d) => d.procedureId === p.id).map(({ procedureId: _p, ...d }) => d) }));
}

/** One procedure row (undefined: no such procedure). */
export async function procedureById(db: Executor, id: string): Promise<Procedure | undefined> {
  return db.selectFrom('procedures').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The kind of each of the given units. */
export async function unitKinds(db: Executor, ids: readonly string[]): Promise<Array<{ id: string; kind: UnitKind }>> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('units')
    .select(['id', 'kind'])
    .where('id', 'in', [...ids])
    .execute();
}

/** Units among `ids` of the given kinds in effect on the day, by name (at most 1,000), with their address. */
export async function receivingUnitsIn(db: Executor, ids: readonly string[], kinds: readonly UnitKind[], day: string) {
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'kind', 'address'])
    .where('id', 'in', [...ids])
    .where('kind', 'in', [...kinds])
    .where('validFrom', '<=', day)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', day)]))
    .orderBy('name')
    .orderBy('code')
    .limit(1000)
    .execute();
}
