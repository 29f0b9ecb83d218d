import { sql, type ExpressionBuilder, type Insertable } from 'kysely';
import type { AuditLogTable, DB } from '@db/types';
import type { Executor } from '../../infra/database';
import { likeInfix } from '@core/shared/text';

/** Appends one entry to the audit log (the audit table refuses UPDATE and DELETE). */
export async function insertAuditEntry(trx: Executor, values: Insertable<AuditLogTable>): Promise<void> {
  await trx.insertInto('auditLog').values(values).execute();
}

/** Which entries a reader may see and which they asked for. */
export type AuditFilter = {
  /** Units whose entries are visible. */
  unitIds: readonly string[];
  /** Whether entries with no unit (system-wide events) are visible. */
  includeUnitless: boolean;
  actorId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  /**
   * Search words, folded; each must be in the row's folded label, id or actor (`search_text`), or name one of the
   * action codes or entity types listed with it (the words of those are in TypeScript, so they are matched there).
   */
  words?: ReadonlyArray<{ word: string; actions: readonly string[]; entityTypes: readonly string[] }>;
  /** Inclusive lower bound on `at`. */
  fromAt?: Date | undefined;
  /** Exclusive upper bound on `at`. */
  beforeAt?: Date | undefined;
};

/** An audit row with its unit's name; `before`/`after` already parsed from jsonb. */
export type AuditRow = {
  id: number;
  at: Date;
  actorId: string | null;
  actorUsername: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  entityLabel: string | null;
  unitId: string | null;
  unitName: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
};

function visible(eb: ExpressionBuilder<DB & { a: DB['auditLog'] }, 'a'>, f: AuditFilter) {
  const ors = [];
  if (f.unitIds.length > 0) ors.push(eb('a.unitId', '=', sql<string>`ANY(${sql.val(f.unitIds)}::uuid[])`));
  if (f.includeUnitless) ors.push(eb('a.unitId', 'is', null));
  return ors.length > 0 ? eb.or(ors) : sql<boolean>`false`;
}

function filtered(db: Executor, f: AuditFilter) {
  let q = db.selectFrom('auditLog as a').where((eb) => visible(eb, f));
  if (f.actorId) q = q.where('a.actorId', '=', f.actorId);
  if (f.entityType) q = q.where('a.entityType', '=', f.entityType);
  if (f.entityId) q = q.where('a.entityId', '=', f.entityId);
  if (f.action) q = q.where('a.action', '=', f.action);
  if (f.fromAt) q = q.where('a.at', '>=', f.fromAt);
  if (f.beforeAt) q = q.where('a.at', '<', f.beforeAt);
  for (const w of f.words ?? []) {
    q = q.where((eb) => {
      const ors = [eb('a.searchText', 'like', likeInfix(w.word))];
      if (w.actions.length > 0) ors.push(eb('a.action', '=', sql<string>`ANY(${sql.val(w.actions)}::text[])`));
      if (w.entityTypes.length > 0) ors.push(eb('a.entityType', '=', sql<string>`ANY(${sql.val(w.entityTypes)}::text[])`));
      return eb.or(ors);
    });
  }
  return q;
}

/** A page of visible entries, newest first, with the total count. */
export async function listAuditEntries(
  db: Executor,
  f: AuditFilter,
  limit: number,
  offset: number,
): Promise<{ rows: AuditRow[]; total: number }> {
  const q = filtered(db, f);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .leftJoin('units as un', 'un.id', 'a.unitId')
    .leftJoin('users as us', 'us.id', 'a.actorId')
    .select([
      'a.id',
      'a.at',
      'a.actorId',
      'a.actorUsername',
      'us.fullName as actorName',
      'a.action',
      'a.entityType',
      'a.entityId',
      'a.entityLabel',
      'a.unitId',
      'un.name as unitName',
      'a.before',
      'a.after',
      'a.requestId',
    ])
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return { rows: rows.map((r) => ({ ...r, id: Number(r.id) })), total: Number(total.n) };
}

/** The distinct entity types among the visible entries, sorted. */
export async function auditEntityTypes(db: Executor, f: AuditFilter): Promise<string[]> {
  const rows = await filtered(db, f).select('a.entityType').distinct().orderBy('a.entityType').execute();
  return rows.map((r) => r.entityType);
}

/** Those of the given units that have no parent (province-level roots). */
export async function rootUnitsAmong(db: Executor, unitIds: readonly string[]): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('units')
    .select('id')
    .where('id', '=', sql<string>`ANY(${sql.val(unitIds)}::uuid[])`)
    .where('parentId', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}

/** The names of objects referred to by id inside entries (units, staff, procedures, dossiers, files), by id. */
export async function namesOfIds(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const list = sql`${sql.val([...ids])}::uuid[]`;
  const r = await sql<{ id: string; name: string }>`
    SELECT id::text AS id, name FROM units WHERE id = ANY(${list})
    UNION ALL SELECT id::text, full_name || ' (' || username || ')' FROM users WHERE id = ANY(${list})
    UNION ALL SELECT id::text, national_code || ' – ' || name FROM procedures WHERE id = ANY(${list})
    UNION ALL SELECT id::text, code FROM dossiers WHERE id = ANY(${list})
    UNION ALL SELECT id::text, file_name FROM dossier_files WHERE id = ANY(${list})`.execute(db);
  return new Map(r.rows.map((row) => [row.id, row.name]));
}
