import { sql } from 'kysely';
import type { CounterOutcomeKind, MissingItem, WrongItem } from '@core/dossier';
import type { Executor } from '../../infra/database';

// The counter log (migration 2026120850): written by this module and, for online submissions sent back for
// completion, by the dossiers module through counter-outcomes.service.ts, inside the caller's transaction.

/** The columns of a new counter outcome. */
export type OutcomeValues = {
  kind: CounterOutcomeKind;
  unitId: string;
  procedureId: string | null;
  dossierId: string | null;
  channel: 'in_person' | 'online' | 'postal';
  applicantType: 'citizen' | 'organisation';
  applicantName: string;
  applicantIdNumber: string | null;
  applicantPhone: string | null;
  applicantAddress: string | null;
  missing: readonly MissingItem[];
  wrong: readonly WrongItem[];
  reason: string | null;
  officerId: string;
  at: Date;
};

/** Writes one counter outcome; its id and running number. */
export async function insertOutcome(db: Executor, v: OutcomeValues): Promise<{ id: string; no: number }> {
  const row = await db
    .insertInto('counterOutcomes')
    .values({ ...v, missing: JSON.stringify(v.missing), wrong: JSON.stringify(v.wrong) })
    .returning(['id', 'no'])
    .executeTakeFirstOrThrow();
  return { id: row.id, no: Number(row.no) };
}

/** A counter outcome with the names its views and form print. */
export type OutcomeRow = Awaited<ReturnType<typeof findOutcomes>>[number];

/** The filter of the log and of the counts: a set of units, a period [start, end), a kind, a procedure or sector. */
export type OutcomeFilter = {
  unitIds: readonly string[];
  start?: Date | null;
  end?: Date | null;
  kind?: CounterOutcomeKind | null;
  procedureId?: string | null;
  sector?: string | null;
};

function filtered(db: Executor, f: OutcomeFilter) {
  let q = db.selectFrom('counterOutcomes as o').where('o.unitId', '=', sql<string>`ANY(${sql.val([...f.unitIds])}::uuid[])`);
  if (f.start) q = q.where('o.at', '>=', f.start);
  if (f.end) q = q.where('o.at', '<', f.end);
  if (f.kind) q = q.where('o.kind', '=', f.kind);
  if (f.procedureId) q = q.where('o.procedureId', '=', f.procedureId);
  if (f.sector) {
    const sector = f.sector;
    q = q.where((eb) =>
      eb.exists(eb.selectFrom('procedures as ps').select('ps.id').whereRef('ps.id', '=', 'o.procedureId').where('ps.sector', '=', sector)),
    );
  }
  return q;
}

function detailed(db: Executor, f: OutcomeFilter) {
  return filtered(db, f)
    .innerJoin('units as u', 'u.id', 'o.unitId')
    .leftJoin('units as up', 'up.id', 'u.parentId')
    .leftJoin('procedures as p', 'p.id', 'o.procedureId')
    .leftJoin('dossiers as d', 'd.id', 'o.dossierId')
    .innerJoin('users as officer', 'officer.id', 'o.officerId')
    .selectAll('o')
    .select([
      'u.name as unitName',
      'u.address as unitAddress',
      'up.name as unitParentName',
      'p.name as procedureName',
      'd.code as dossierCode',
      'officer.fullName as officerName',
    ]);
}

/** One page of the log, newest first. */
export async function findOutcomes(db: Executor, f: OutcomeFilter, page: { limit: number; offset: number }) {
  return detailed(db, f).orderBy('o.at', 'desc').orderBy('o.no', 'desc').limit(page.limit).offset(page.offset).execute();
}

/** One counter outcome by id, or undefined. */
export async function findOutcome(db: Executor, id: string): Promise<OutcomeRow | undefined> {
  return detailed(db, { unitIds: [] }).clearWhere().where('o.id', '=', id).executeTakeFirst();
}

/** Counts by kind under the filter. */
export async function countOutcomes(db: Executor, f: OutcomeFilter): Promise<Array<{ kind: CounterOutcomeKind; count: number }>> {
  const rows = await filtered(db, f)
    .select(['o.kind', (eb) => eb.fn.countAll<string>().as('count')])
    .groupBy('o.kind')
    .execute();
  return rows.map((r) => ({ kind: r.kind, count: Number(r.count) }));
}

/** The ids of a procedure's documents, or null when the procedure does not exist. */
export async function procedureDocumentIds(db: Executor, procedureId: string): Promise<Set<string> | null> {
  const p = await db.selectFrom('procedures').select('id').where('id', '=', procedureId).executeTakeFirst();
  if (!p) return null;
  const docs = await db.selectFrom('procedureDocuments').select('id').where('procedureId', '=', procedureId).execute();
  return new Set(docs.map((d) => d.id));
}
