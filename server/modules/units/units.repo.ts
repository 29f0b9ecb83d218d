import { sql } from 'kysely';
import type { NewUnit, Unit, UnitUpdate } from '@db/types';
import type { Executor } from '../../infra/database';

/** A succession row joined with the unit on its other end. */
export type SuccessionWithUnit = { effectiveOn: string; legalRef: string | null; note: string | null; unit: Unit };
/** One predecessor → successor link. */
export type SuccessionRow = {
  predecessorId: string;
  successorId: string;
  effectiveOn: string;
  legalRef: string | null;
  note: string | null;
};

// Any constant works: it only has to be the same for every writer of the unit structure.
const UNIT_STRUCTURE_LOCK = 660_001;

/** Serialises writers of the unit tree (code uniqueness and cycle checks read, then write). */
export async function lockUnitStructure(trx: Executor): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${UNIT_STRUCTURE_LOCK})`.execute(trx);
}

/** Every unit in the subtrees rooted at `roots` (roots included), current and historical. */
export async function loadSubtrees(db: Executor, roots: readonly string[]): Promise<Unit[]> {
  if (roots.length === 0) return [];
  const res = await sql<Unit>`
    WITH RECURSIVE t(id) AS (
      SELECT id FROM units WHERE id = ANY(${sql.val(roots)}::uuid[])
      UNION
      SELECT u.id FROM units u JOIN t ON u.parent_id = t.id
    )
    SELECT u.* FROM units u JOIN t ON t.id = u.id`.execute(db);
  return res.rows;
}

/** Ids of the units in the subtrees rooted at `roots` (roots included), current and historical. */
export async function subtreeIdsOf(db: Executor, roots: readonly string[]): Promise<Set<string>> {
  if (roots.length === 0) return new Set();
  const rows = await sql<{ id: string }>`
    WITH RECURSIVE t(id) AS (
      SELECT id FROM units WHERE id = ANY(${sql.val(roots)}::uuid[])
      UNION
      SELECT u.id FROM units u JOIN t ON u.parent_id = t.id
    )
    SELECT id FROM t`.execute(db);
  return new Set(rows.rows.map((r) => r.id));
}

/** The unit and its ancestors, itself first. */
export async function ancestryIdsOf(db: Executor, unitId: string): Promise<string[]> {
  const rows = await sql<{ id: string; depth: number }>`
    WITH RECURSIVE a(id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM units WHERE id = ${unitId}::uuid
      UNION ALL
      SELECT u.id, u.parent_id, a.depth + 1 FROM units u JOIN a ON u.id = a.parent_id WHERE a.depth < 50
    )
    SELECT id, depth FROM a ORDER BY depth`.execute(db);
  return rows.rows.map((r) => r.id);
}

/** The root (top unit, no parent) of each given unit. */
export async function rootsOf(db: Executor, unitIds: readonly string[]): Promise<Map<string, string>> {
  if (unitIds.length === 0) return new Map();
  const res = await sql<{ start: string; id: string }>`
    WITH RECURSIVE a(id, parent_id, start, depth) AS (
      SELECT id, parent_id, id, 0 FROM units WHERE id = ANY(${sql.val(unitIds)}::uuid[])
      UNION ALL
      SELECT u.id, u.parent_id, a.start, a.depth + 1 FROM units u JOIN a ON u.id = a.parent_id WHERE a.depth < 50
    )
    SELECT start, id FROM a WHERE parent_id IS NULL`.execute(db);
  return new Map(res.rows.map((r) => [r.start, r.id]));
}

/** One unit by id. */
export async function findUnit(db: Executor, id: string): Promise<Unit | undefined> {
  return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Direct children of a unit, whatever their dates. */
export async function childrenOf(db: Executor, id: string): Promise<Unit[]> {
  return db.selectFrom('units').selectAll().where('parentId', '=', id).execute();
}

/**
 * A unit with the same code (case-insensitive) whose validity overlaps [from, to] (open end when null),
 * other than `excludeId`.
 */
export async function findOverlappingCode(
  db: Executor,
  code: string,
  from: string,
  to: string | null,
  excludeId?: string,
): Promise<Unit | undefined> {
  let q = db
    .selectFrom('units')
    .selectAll()
    .where(sql<boolean>`lower(code) = lower(${code})`)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', from)]));
  if (to !== null) q = q.where('validFrom', '<=', to);
  if (excludeId) q = q.where('id', '<>', excludeId);
  return q.executeTakeFirst();
}

/** Inserts a unit and returns the stored row. */
export async function insertUnit(db: Executor, values: NewUnit): Promise<Unit> {
  return db.insertInto('units').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Updates a unit and returns the stored row. */
export async function updateUnit(db: Executor, id: string, set: UnitUpdate): Promise<Unit> {
  return db.updateTable('units').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Records predecessor → successor links. */
export async function insertSuccessions(db: Executor, rows: SuccessionRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('unitSuccessions').values(rows).execute();
}

/** Units that took over from this one (successors) and units it took over from (predecessors). */
export async function successionsOf(
  db: Executor,
  id: string,
): Promise<{ predecessors: SuccessionWithUnit[]; successors: SuccessionWithUnit[] }> {
  const rows = await db
    .selectFrom('unitSuccessions')
    .selectAll()
    .where((eb) => eb.or([eb('predecessorId', '=', id), eb('successorId', '=', id)]))
    .execute();
  const otherIds = [...new Set(rows.map((r) => (r.predecessorId === id ? r.successorId : r.predecessorId)))];
  const units = otherIds.length ? await db.selectFrom('units').selectAll().where('id', 'in', otherIds).execute() : [];
  const byId = new Map(units.map((u) => [u.id, u]));
  const predecessors: SuccessionWithUnit[] = [];
  const successors: SuccessionWithUnit[] = [];
  for (const r of rows) {
    const other = byId.get(r.predecessorId === id ? r.successorId : r.predecessorId);
    if (!other) continue;
    const link = { effectiveOn: r.effectiveOn, legalRef: r.legalRef, note: r.note, unit: other };
    (r.successorId === id ? predecessors : successors).push(link);
  }
  return { predecessors, successors };
}

/** Succession links touching any of the given units. */
export async function successionsTouching(db: Executor, ids: readonly string[]): Promise<SuccessionRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('unitSuccessions')
    .selectAll()
    .where((eb) => eb.or([eb('predecessorId', 'in', ids), eb('successorId', 'in', ids)]))
    .execute();
}
