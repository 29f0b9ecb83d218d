import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { DocumentForm, ProcedureLevel, ProceduresTable, OnlineLevel } from '@db/types-one-stop';
import type { Executor } from '../../infra/database';

/** A stored procedure row. */
export type ProcedureRow = Selectable<ProceduresTable>;
/** A procedure row with its handling unit and list counts. */
export type ProcedureListRow = ProcedureRow & {
  handlingUnitCode: string;
  handlingUnitName: string;
  documentCount: number;
  stepCount: number;
};
/** A document to store. */
export type DocumentValues = { name: string; form: DocumentForm; quantity: number; isRequired: boolean };
/** A step to store. */
export type StepValues = { unitId: string; name: string; timeShare: number };
/** A stored step with its unit. */
export type StepRow = { id: string; position: number; unitId: string; unitCode: string; unitName: string; name: string; timeShare: number };

// Any constant works: it only has to be the same for every writer of the catalogue.
const CATALOGUE_LOCK = 660_005;

/** Serialises catalogue writers (code-overlap checks read, then write). */
export async function lockCatalogue(trx: Executor): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${CATALOGUE_LOCK})`.execute(trx);
}

/** Filters applied in SQL; the text search runs on the result (diacritic folding). */
export type RowFilter = {
  unitIds: readonly string[];
  level?: ProcedureLevel | undefined;
  sector?: string | undefined;
  onlineLevel?: OnlineLevel | undefined;
  interAgency?: boolean | undefined;
  /** In effect on this date; null = any date. */
  asOf: string | null;
  ids?: readonly string[];
};

/** Procedures handled by the given units, with counts. */
export async function listProcedureRows(db: Executor, f: RowFilter): Promise<ProcedureListRow[]> {
  if (f.unitIds.length === 0) return [];
  let q = db
    .selectFrom('procedures as p')
    .innerJoin('units as u', 'u.id', 'p.handlingUnitId')
    .selectAll('p')
    .select(['u.code as handlingUnitCode', 'u.name as handlingUnitName'])
    .select((eb) => [
      eb
        .selectFrom('procedureDocuments as d')
        .whereRef('d.procedureId', '=', 'p.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('documentCount'),
      eb.selectFrom('procedureSteps as s').whereRef('s.procedureId', '=', 'p.id').select(eb.fn.countAll<number>().as('n')).as('stepCount'),
    ])
    .where('p.handlingUnitId', 'in', f.unitIds);
  if (f.level) q = q.where('p.level', '=', f.level);
  if (f.sector) q = q.where('p.sector', '=', f.sector);
  if (f.onlineLevel) q = q.where('p.onlineLevel', '=', f.onlineLevel);
  if (f.interAgency !== undefined) q = q.where('p.isInterAgency', '=', f.interAgency);
  if (f.ids) q = f.ids.length ? q.where('p.id', 'in', f.ids) : q.where(sql<boolean>`false`);
  if (f.asOf !== null) {
    const asOf = f.asOf;
    q = q.where('p.validFrom', '<=', asOf).where((eb) => eb.or([eb('p.validTo', 'is', null), eb('p.validTo', '>=', asOf)]));
  }
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, documentCount: Number(r.documentCount ?? 0), stepCount: Number(r.stepCount ?? 0) }));
}

/** One procedure row. */
export async function findProcedure(db: Executor, id: string): Promise<ProcedureRow | undefined> {
  return db.selectFrom('procedures').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The documents of a procedure, in order. */
export async function documentsOf(db: Executor, procedureId: string) {
  return db
    .selectFrom('procedureDocuments')
    .select(['id', 'position', 'name', 'form', 'quantity', 'isRequired'])
    .where('procedureId', '=', procedureId)
    .orderBy('position')
    .execute();
}

/** The steps of a procedure, in order, with their units. */
export async function stepsOf(db: Executor, procedureId: string): Promise<StepRow[]> {
  return db
    .selectFrom('procedureSteps as s')
    .innerJoin('units as u', 'u.id', 's.unitId')
    .select(['s.id', 's.position', 's.unitId', 'u.code as unitCode', 'u.name as unitName', 's.name', 's.timeShare'])
    .where('s.procedureId', '=', procedureId)
    .orderBy('s.position')
    .execute();
}

/** Documents and steps of many procedures (export), grouped by procedure id. */
export async function childrenOfMany(db: Executor, ids: readonly string[]) {
  const documents = new Map<string, Array<DocumentValues & { position: number }>>();
  const steps = new Map<string, Array<StepValues & { position: number; unitCode: string }>>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const docs = await db
      .selectFrom('procedureDocuments')
      .selectAll()
      .where('procedureId', 'in', chunk)
      .orderBy('procedureId')
      .orderBy('position')
      .execute();
    for (const d of docs) documents.set(d.procedureId, [...(documents.get(d.procedureId) ?? []), d]);
    const st = await db
      .selectFrom('procedureSteps as s')
      .innerJoin('units as u', 'u.id', 's.unitId')
      .select(['s.procedureId', 's.position', 's.unitId', 's.name', 's.timeShare', 'u.code as unitCode'])
      .where('s.procedureId', 'in', chunk)
      .orderBy('s.procedureId')
      .orderBy('s.position')
      .execute();
    for (const s of st) steps.set(s.procedureId, [...(steps.get(s.procedureId) ?? []), s]);
  }
  return { documents, steps };
}

/** Versions (same national code) among the given handling units, oldest first. */
export async function versionsOf(db: Executor, nationalCode: string, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('procedures')
    .select(['id', 'validFrom', 'validTo'])
    .where('nationalCode', '=', nationalCode)
    .where('handlingUnitId', 'in', unitIds)
    .orderBy('validFrom')
    .orderBy('createdAt')
    .execute();
}

/** A procedure with the same code (case-insensitive) among the units whose validity overlaps [from, to]. */
export async function findOverlappingCode(
  db: Executor,
  code: string,
  unitIds: readonly string[],
  from: string,
  to: string | null,
  excludeId?: string,
): Promise<ProcedureRow | undefined> {
  if (unitIds.length === 0) return undefined;
  let q = db
    .selectFrom('procedures')
    .selectAll()
    .where(sql<boolean>`lower(national_code) = lower(${code})`)
    .where('handlingUnitId', 'in', unitIds)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', from)]));
  if (to !== null) q = q.where('validFrom', '<=', to);
  if (excludeId) q = q.where('id', '<>', excludeId);
  return q.executeTakeFirst();
}

/** Inserts a procedure. */
export async function insertProcedure(db: Executor, values: Insertable<ProceduresTable>): Promise<ProcedureRow> {
  return db.insertInto('procedures').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Updates a procedure. */
export async function updateProcedure(db: Executor, id: string, set: Updateable<ProceduresTable>): Promise<ProcedureRow> {
  return db.updateTable('procedures').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Replaces the documents of a procedure as a whole. */
export async function replaceDocuments(db: Executor, procedureId: string, docs: readonly DocumentValues[]): Promise<void> {
  await db.deleteFrom('procedureDocuments').where('procedureId', '=', procedureId).execute();
  if (docs.length)
    await db
      .insertInto('procedureDocuments')
      .values(docs.map((d, i) => ({ ...d, procedureId, position: i + 1 })))
      .execute();
}

/** Replaces the steps of a procedure as a whole (shares rounded to the column's 4 decimals). */
export async function replaceSteps(db: Executor, procedureId: string, steps: readonly StepValues[]): Promise<void> {
  await db.deleteFrom('procedureSteps').where('procedureId', '=', procedureId).execute();
  if (steps.length) {
    await db
      .insertInto('procedureSteps')
      .values(
        steps.map((s, i) => ({
          unitId: s.unitId,
          name: s.name,
          timeShare: Math.round(s.timeShare * 10_000) / 10_000,
          procedureId,
          position: i + 1,
        })),
      )
      .execute();
  }
}

/** A stored document and whether a dossier file points at it. */
export type StoredDocument = DocumentValues & { id: string; position: number; inUse: boolean };

/** The documents of a procedure in order, each marked when a dossier file points at it; locks them until the transaction ends. */
export async function documentsWithUse(db: Executor, procedureId: string): Promise<StoredDocument[]> {
  // Locked first (call inside the write's transaction): this waits for a file being attached to one of them (its foreign
  // key check holds a key-share lock) and holds new ones off, so the in-use answer below stays true until the commit.
  await db.selectFrom('procedureDocuments').select('id').where('procedureId', '=', procedureId).forUpdate().execute();
  const rows = await db
    .selectFrom('procedureDocuments as d')
    .select(['d.id', 'd.position', 'd.name', 'd.form', 'd.quantity', 'd.isRequired'])
    .select((eb) => eb.exists(eb.selectFrom('dossierFiles as f').select('f.id').whereRef('f.procedureDocumentId', '=', 'd.id')).as('inUse'))
    .where('d.procedureId', '=', procedureId)
    .orderBy('d.position')
    .execute();
  return rows.map((r) => ({ ...r, inUse: Boolean(r.inUse) }));
}

/**
 * Brings the stored documents to `docs` (document i at position i + 1) touching only what differs, so rows that
 * stay the same keep their ids (dossier files point at them). The caller has checked that no used row changes.
 */
export async function syncDocuments(
  db: Executor,
  procedureId: string,
  stored: readonly StoredDocument[],
  docs: readonly DocumentValues[],
): Promise<void> {
  const at = new Map(stored.map((d) => [d.position, d]));
  const gone = stored.filter((d) => d.position < 1 || d.position > docs.length).map((d) => d.id);
  if (gone.length) await db.deleteFrom('procedureDocuments').where('id', 'in', gone).execute();
  const added: Array<DocumentValues & { procedureId: string; position: number }> = [];
  for (const [i, d] of docs.entries()) {
    const cur = at.get(i + 1);
    if (!cur) added.push({ ...d, procedureId, position: i + 1 });
    // A used document is the same one up to spacing in its name (changedUsedDocuments): only "required" may change.
    else if (cur.inUse) {
      if (cur.isRequired !== d.isRequired)
        await db.updateTable('procedureDocuments').set({ isRequired: d.isRequired }).where('id', '=', cur.id).execute();
    } else if (cur.name !== d.name || cur.form !== d.form || cur.quantity !== d.quantity || cur.isRequired !== d.isRequired) {
      await db
        .updateTable('procedureDocuments')
        .set({ name: d.name, form: d.form, quantity: d.quantity, isRequired: d.isRequired })
        .where('id', '=', cur.id)
        .execute();
    }
  }
  if (added.length) await db.insertInto('procedureDocuments').values(added).execute();
}

/** The open-ended (current or announced) version of a code among the units, if any. */
export async function findOpenVersion(db: Executor, code: string, unitIds: readonly string[]): Promise<ProcedureRow | undefined> {
  if (unitIds.length === 0) return undefined;
  return db
    .selectFrom('procedures')
    .selectAll()
    .where(sql<boolean>`lower(national_code) = lower(${code})`)
    .where('handlingUnitId', 'in', unitIds)
    .where('validTo', 'is', null)
    .orderBy('validFrom', 'desc')
    .executeTakeFirst();
}
