import { sql, type Insertable, type Updateable } from 'kysely';
import type { TargetRow, TargetsTable } from '@db/types-targets';
import type { Executor } from '../../infra/database';

/** A stored version with the name of its unit (null = province-wide). */
export type TargetWithUnit = TargetRow & { unitName: string | null };

const withUnit = (db: Executor) =>
  db.selectFrom('targets as t').leftJoin('units as u', 'u.id', 't.unitId').selectAll('t').select('u.name as unitName');

/** Versions, filtered by key and by scope: province-wide plus the given units (null = every unit). */
export async function listTargets(
  db: Executor,
  f: { key?: string | undefined; unitIds: readonly string[] | null; onlyUnitId?: string | undefined },
): Promise<TargetWithUnit[]> {
  let q = withUnit(db);
  if (f.key) q = q.where('t.key', '=', f.key);
  if (f.onlyUnitId) q = q.where('t.unitId', '=', f.onlyUnitId);
  const ids = f.unitIds;
  if (ids !== null)
    q = q.where((eb) => (ids.length ? eb.or([eb('t.unitId', 'is', null), eb('t.unitId', 'in', [...ids])]) : eb('t.unitId', 'is', null)));
  return q
    .orderBy('t.key')
    .orderBy(sql`t.unit_id IS NOT NULL`)
    .orderBy('u.name')
    .orderBy('t.validFrom', 'desc')
    .execute();
}

/** One version with its unit's name. */
export async function findTarget(db: Executor, id: string): Promise<TargetWithUnit | undefined> {
  return withUnit(db).where('t.id', '=', id).executeTakeFirst();
}

/** Versions of a key for the given units and province-wide, in effect on the date (candidates for the effective one). */
export async function versionsInEffect(db: Executor, key: string, unitIds: readonly string[], date: string): Promise<TargetWithUnit[]> {
  return withUnit(db)
    .where('t.key', '=', key)
    .where((eb) => (unitIds.length ? eb.or([eb('t.unitId', 'is', null), eb('t.unitId', 'in', [...unitIds])]) : eb('t.unitId', 'is', null)))
    .where('t.validFrom', '<=', date)
    .where((eb) => eb.or([eb('t.validTo', 'is', null), eb('t.validTo', '>=', date)]))
    .execute();
}

/** Every version of one key and scope (unitId null = province-wide), for the overlap check. */
export async function versionsOfSeries(db: Executor, key: string, unitId: string | null): Promise<TargetRow[]> {
  const q = db.selectFrom('targets').selectAll().where('key', '=', key);
  return (unitId === null ? q.where('unitId', 'is', null) : q.where('unitId', '=', unitId)).execute();
}

/** Serialises writers of one key and scope until the transaction ends, so two overlapping inserts cannot both pass. */
export async function lockSeries(trx: Executor, key: string, unitId: string | null): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`targets:${key}:${unitId ?? 'province'}`}))`.execute(trx);
}

/** Inserts a version; returns its id. */
export async function insertTarget(trx: Executor, values: Insertable<TargetsTable>): Promise<string> {
  const row = await trx.insertInto('targets').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Updates a version. */
export async function updateTarget(trx: Executor, id: string, set: Updateable<TargetsTable>): Promise<void> {
  await trx.updateTable('targets').set(set).where('id', '=', id).execute();
}

/** Deletes a version. */
export async function deleteTarget(trx: Executor, id: string): Promise<void> {
  await trx.deleteFrom('targets').where('id', '=', id).execute();
}
