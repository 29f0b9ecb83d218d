import { sql } from 'kysely';
import type { DossierStatus } from '@core/dossier';
import type { Dossier } from '@db/types-one-stop';
import { likeInfix, searchWords } from '@core/shared/text';
import type { Executor } from '../../infra/database';

// The reads of a dossier and of what hangs on it (events, control slip, files), and of who may handle it. The writes
// are in dossiers.write.repo.ts (actions) and dossiers.intake.repo.ts (intake); the catalogue an intake offers in
// dossiers.catalogue.repo.ts.

/** A dossier row with the names the views show. */
export type DossierRow = Dossier & {
  procedureName: string;
  procedureNationalCode: string;
  procedureDurationValue: number;
  procedureDurationUnit: string;
  procedureCutoff: string | null;
  procedureLevel: string;
  receivingUnitName: string;
  receivingUnitCode: string;
  handlingUnitName: string;
  currentUnitName: string;
  currentHandlerName: string | null;
};

function baseQuery(db: Executor) {
  return db
    .selectFrom('dossiers as d')
    .innerJoin('procedures as p', 'p.id', 'd.procedureId')
    .innerJoin('units as ru', 'ru.id', 'd.receivingUnitId')
    .innerJoin('units as hu', 'hu.id', 'd.handlingUnitId')
    .innerJoin('units as cu', 'cu.id', 'd.currentUnitId')
    .leftJoin('users as h', 'h.id', 'd.currentHandlerId')
    .selectAll('d')
    .select([
      'p.name as procedureName',
      'p.nationalCode as procedureNationalCode',
      'p.durationValue as procedureDurationValue',
      'p.durationUnit as procedureDurationUnit',
      'p.sameDayCutoff as procedureCutoff',
      'p.level as procedureLevel',
      'ru.name as receivingUnitName',
      'ru.code as receivingUnitCode',
      'hu.name as handlingUnitName',
      'cu.name as currentUnitName',
      'h.fullName as currentHandlerName',
    ]);
}

/** One dossier by id. */
export async function findDossier(db: Executor, id: string): Promise<DossierRow | undefined> {
  return (await baseQuery(db).where('d.id', '=', id).executeTakeFirst()) as DossierRow | undefined;
}

/** One dossier by its code. */
export async function findDossierByCode(db: Executor, code: string): Promise<DossierRow | undefined> {
  return (await baseQuery(db).where('d.code', '=', code).executeTakeFirst()) as DossierRow | undefined;
}

/** Inbox filters, already narrowed to what the actor may see. */
export type ListFilter = {
  visibleUnits: readonly string[];
  currentUnits?: readonly string[] | undefined;
  /** Only the dossiers held by one of these units (the worklist: waiting on the caller's units). */
  heldBy?: readonly string[] | undefined;
  /** Only the dossiers with one of these codes (a search by exact code). */
  codes?: readonly string[] | undefined;
  statuses?: readonly DossierStatus[] | undefined;
  handlerId?: string | undefined;
  procedureId?: string | undefined;
  q?: string | undefined;
  dueBetween?: { from: Date; to: Date } | undefined;
  dueBefore?: Date | undefined;
  clockStatuses: readonly DossierStatus[];
  limit: number;
  offset: number;
};

/** A page of dossiers, most urgent first, with the total. */
export async function listDossiers(db: Executor, f: ListFilter): Promise<{ rows: DossierRow[]; total: number }> {
  if (f.visibleUnits.length === 0) return { rows: [], total: 0 };
  const vis = sql.val(f.visibleUnits);
  let q = baseQuery(db).where(
    sql<boolean>`(d.receiving_unit_id = ANY(${vis}::uuid[]) OR d.handling_unit_id = ANY(${vis}::uuid[]) OR d.current_unit_id = ANY(${vis}::uuid[]))`,
  );
  if (f.currentUnits) q = q.where(sql<boolean>`d.current_unit_id = ANY(${sql.val(f.currentUnits)}::uuid[])`);
  if (f.heldBy) q = q.where(sql<boolean>`d.current_unit_id = ANY(${sql.val(f.heldBy)}::uuid[])`);
  if (f.codes) q = q.where('d.code', 'in', [...f.codes]);
  if (f.statuses?.length) q = q.where('d.status', 'in', f.statuses);
  if (f.handlerId) q = q.where('d.currentHandlerId', '=', f.handlerId);
  if (f.procedureId) q = q.where('d.procedureId', '=', f.procedureId);
  if (f.q) {
    // Like the catalogue search: case and diacritics (đ → d) ignored, every word somewhere in code, national code,
    // applicant or subject. search_text holds those folded by cchc_fold (trigger, migrations 2026112614 and 2026120880).
    const words = searchWords(f.q).sort((a, b) => b.length - a.length); // the longest rules out most rows first
    const raw = f.q;
    q = q.where((eb) =>
      eb.or([eb('d.applicantIdNumber', '=', raw), eb.and(words.map((w) => eb(sql`d.search_text`, 'like', likeInfix(w))))]),
    );
  }
  if (f.dueBetween || f.dueBefore) q = q.where('d.status', 'in', f.clockStatuses);
  if (f.dueBetween) q = q.where('d.dueAt', '>=', f.dueBetween.from).where('d.dueAt', '<=', f.dueBetween.to);
  if (f.dueBefore) q = q.where('d.dueAt', '<', f.dueBefore);
  const [rows, count] = await Promise.all([
    q
      .orderBy(sql`d.due_at ASC NULLS LAST`)
      .orderBy('d.submittedAt', 'desc')
      .orderBy('d.id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst(),
  ]);
  return { rows: rows as DossierRow[], total: Number(count?.n ?? 0) };
}

/** Events of a dossier in order, with actor and unit names. */
export async function eventsOf(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossierEvents as e')
    .leftJoin('users as u', 'u.id', 'e.actorId')
    .leftJoin('units as un', 'un.id', 'e.unitId')
    .select([
      'e.id',
      'e.type',
      'e.fromStatus',
      'e.toStatus',
      'e.at',
      'e.actorId',
      'u.fullName as actorName',
      'e.unitId',
      'un.name as unitName',
      'e.note',
      'e.data',
    ])
    .where('e.dossierId', '=', dossierId)
    .orderBy('e.id')
    .execute();
}

/** Control-slip rows of a dossier with unit and handler names. */
export async function stepsOf(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossierSteps as s')
    .innerJoin('units as un', 'un.id', 's.unitId')
    .leftJoin('users as u', 'u.id', 's.handlerId')
    .select([
      's.id',
      's.position',
      's.unitId',
      'un.name as unitName',
      's.name',
      's.handlerId',
      'u.fullName as handlerName',
      's.startedAt',
      's.dueAt',
      's.finishedAt',
      's.timeliness',
      's.note',
    ])
    .where('s.dossierId', '=', dossierId)
    .orderBy('s.position')
    .execute();
}

/** A control-slip row. */
export type StepRow = Awaited<ReturnType<typeof stepsOf>>[number];

/** File metadata of a dossier (no content). */
export async function filesOf(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossierFiles as f')
    .leftJoin('procedureDocuments as pd', 'pd.id', 'f.procedureDocumentId')
    .select(['f.id', 'f.kind', 'f.formCode', 'f.procedureDocumentId', 'f.fileName', 'f.mimeType', 'f.sizeBytes', 'f.createdAt'])
    .select('pd.name as documentName')
    .where('f.dossierId', '=', dossierId)
    .orderBy('f.createdAt')
    .orderBy('pd.position')
    .orderBy('f.id')
    .execute();
}

/** True when the dossier already holds a scan with this content for this document. */
export async function hasSameScan(db: Executor, dossierId: string, documentId: string, content: Buffer): Promise<boolean> {
  const r = await db
    .selectFrom('dossierFiles')
    .select('id')
    .where('dossierId', '=', dossierId)
    .where('kind', '=', 'scan')
    .where('procedureDocumentId', '=', documentId)
    .where('sizeBytes', '=', content.length)
    .where('content', '=', content)
    .executeTakeFirst();
  return r !== undefined;
}

/** True when the document belongs to the procedure's checklist. */
export async function isDocumentOf(db: Executor, procedureId: string, documentId: string): Promise<boolean> {
  const r = await db
    .selectFrom('procedureDocuments')
    .select('id')
    .where('id', '=', documentId)
    .where('procedureId', '=', procedureId)
    .executeTakeFirst();
  return r !== undefined;
}

/** One file with its content. */
export async function fileContent(db: Executor, dossierId: string, fileId: string) {
  return db.selectFrom('dossierFiles').selectAll().where('dossierId', '=', dossierId).where('id', '=', fileId).executeTakeFirst();
}

/** Units where earlier supplement requests of a dossier were made. */
export async function supplementUnits(db: Executor, dossierId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('dossierEvents')
    .select('unitId')
    .where('dossierId', '=', dossierId)
    .where('type', '=', 'request_supplement')
    .execute();
  return rows.map((r) => r.unitId ?? '');
}

/** Whether waiting for the applicant's financial obligations pauses the procedure's clock (docs/DOMAIN.md §10.5). */
export async function paymentPausesClock(db: Executor, procedureId: string): Promise<boolean> {
  const row = await db.selectFrom('procedures').select('paymentPausesClock').where('id', '=', procedureId).executeTakeFirst();
  return row?.paymentPausesClock ?? false;
}

/** Active users holding a role with dossier.process on one of the given units (ancestry of the target unit). */
export async function handlersOn(db: Executor, ancestry: readonly string[], roles: readonly string[]) {
  if (ancestry.length === 0 || roles.length === 0) return [];
  return db
    .selectFrom('users as u')
    .innerJoin('roleGrants as g', 'g.userId', 'u.id')
    .select(['u.id', 'u.fullName', 'u.username'])
    .distinct()
    .where('u.isActive', '=', true)
    .where('g.unitId', 'in', [...ancestry])
    .where('g.role', 'in', [...roles])
    .orderBy('u.fullName')
    .limit(200)
    .execute();
}

/** The role grants of a user, none when the user is missing or inactive. */
export async function activeUserGrants(db: Executor, userId: string): Promise<Array<{ role: string; unitId: string }>> {
  const user = await db.selectFrom('users').select(['id', 'isActive']).where('id', '=', userId).executeTakeFirst();
  if (!user?.isActive) return [];
  return db.selectFrom('roleGrants').select(['role', 'unitId']).where('userId', '=', userId).execute();
}
