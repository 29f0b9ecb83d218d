import { sql } from 'kysely';
import { CLOCK_RUNNING_STATUSES, parseDossierCode, type DossierAction } from '@core/dossier';
import type { LegalClock } from '@core/calendar';
import type {
  DossierDetail,
  DossierListQuery,
  DossierListResponse,
  IntakeCommune,
  IntakeProcedure,
  IntakeUnitsResponse,
} from '@contracts/dossiers';
import type { Executor } from '../../infra/database';
import { AppError, notFound, type Actor, type Deps } from '../../http';
import { calendarFor } from '../calendar/calendar.service';
import { ancestryOf, subtreeIds, visibleUnitIds } from '../units/units.service';
import { abilitiesOf, accessOn, allowedActions, canRead, dossierNotFound, processRoles, type DossierAccess } from './dossiers.policy';
import { marksOf, toDetail, toListItem } from './dossiers.present';
import * as repo from './dossiers.repo';
import { dossierCodeFormat } from './dossiers.intake';
import { COMMUNE_KINDS, vietnamDay } from './dossiers.route-plan';

export { receiveDossier, submitOnline } from './dossiers.intake';
export { actOnDossier } from './dossiers.actions';

/** A dossier the actor may read, with their access (404 otherwise). */
export async function visibleDossier(db: Executor, actor: Actor, id: string): Promise<{ row: repo.DossierRow; access: DossierAccess }> {
  const row = await repo.findDossier(db, id);
  if (!row) throw dossierNotFound();
  const access = await accessOn(db, actor, row);
  if (!canRead(access)) throw dossierNotFound();
  return { row, access };
}

/** The open step (started, not finished) and whether a later one exists. */
export function stepState(steps: readonly repo.StepRow[]) {
  const open = steps.find((s) => s.startedAt !== null && s.finishedAt === null) ?? null;
  const after = open ? steps.filter((s) => s.position > open.position) : steps.filter((s) => s.startedAt === null);
  return { open, next: after[0] ?? null };
}

/** One dossier in full: timeline, control slip, files, abilities and allowed actions. */
export async function getDossier(deps: Deps, actor: Actor, id: string): Promise<DossierDetail> {
  const { db } = deps;
  const { row, access } = await visibleDossier(db, actor, id);
  const [events, steps, files, calendar] = await Promise.all([
    repo.eventsOf(db, id),
    repo.stepsOf(db, id),
    repo.filesOf(db, id),
    calendarFor(db, row.receivingUnitId),
  ]);
  const { next } = stepState(steps);
  const actions: DossierAction[] = allowedActions(row, access, {
    hasNextStep: next !== null,
    clock: (row.clock as LegalClock | null) ?? null,
  });
  return toDetail(row, {
    marks: marksOf(row, deps.now(), calendar),
    events,
    steps,
    files,
    abilities: abilitiesOf(access),
    allowedActions: actions,
  });
}

/** One dossier by its code (400 malformed, 404 unknown or invisible). */
export async function getDossierByCode(deps: Deps, actor: Actor, code: string): Promise<DossierDetail> {
  const parsed = parseDossierCode(dossierCodeFormat(), code.trim());
  if (!parsed.ok) {
    throw new AppError('DOSSIER_CODE_MALFORMED', 'Mã hồ sơ không đúng định dạng / malformed dossier code', [
      { path: 'params.code', message: parsed.message ?? 'malformed', code: 'DOSSIER_CODE_MALFORMED' },
    ]);
  }
  const row = await repo.findDossierByCode(deps.db, code.trim());
  if (!row) throw dossierNotFound();
  return getDossier(deps, actor, row.id);
}

/** The inbox: dossiers visible to the actor, filtered, most urgent first, with due-soon and overdue marks. */
export async function listDossiers(deps: Deps, actor: Actor, q: DossierListQuery): Promise<DossierListResponse> {
  const { db } = deps;
  const now = deps.now();
  const visible = await visibleUnitIds(db, actor, 'dossier.read');
  let currentUnits: string[] | undefined;
  if (q.unitId) {
    if (!visible.has(q.unitId)) throw notFound('Đơn vị');
    currentUnits = [...(await subtreeIds(db, [q.unitId]))];
  }
  const calendar = await calendarFor(db, null);
  const soonLimit = new Date(calendar.addWorking(now.getTime(), 1, 'working_day'));
  const { rows, total } = await repo.listDossiers(db, {
    visibleUnits: [...visible],
    currentUnits,
    statuses: q.status,
    handlerId: q.mine ? actor.userId : undefined,
    procedureId: q.procedureId,
    q: q.q,
    dueBetween: q.due === 'soon' ? { from: now, to: soonLimit } : undefined,
    dueBefore: q.due === 'overdue' ? now : undefined,
    clockStatuses: CLOCK_RUNNING_STATUSES,
    limit: q.limit,
    offset: q.offset,
  });
  return { items: rows.map((r) => toListItem(r, marksOf(r, now, calendar))), total };
}

/** Units where the actor may receive dossiers (in effect today), each with its commune and province, and the communes
 * in effect of the provinces of the units outside any commune (where a commune-level dossier names its commune). */
export async function intakeUnits(deps: Deps, actor: Actor): Promise<IntakeUnitsResponse> {
  const ids = [...(await visibleUnitIds(deps.db, actor, 'dossier.create'))];
  if (ids.length === 0) return { items: [], communes: [] };
  const today = vietnamDay(deps.now());
  const rows = await deps.db
    .selectFrom('units')
    .select(['id', 'code', 'name'])
    .where('id', 'in', ids)
    .where('validFrom', '<=', today)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', today)]))
    .orderBy(sql`CASE WHEN id = ${actor.unitId}::uuid THEN 0 ELSE 1 END`)
    .orderBy('code')
    .limit(500)
    .execute();
  if (rows.length === 0) return { items: [], communes: [] };
  const kinds = sql.val([...COMMUNE_KINDS]);
  const places = await sql<{ unitId: string; communeId: string | null; provinceId: string | null }>`
    WITH RECURSIVE up(unit_id, id, parent_id, kind, depth) AS (
      SELECT id, id, parent_id, kind, 0 FROM units WHERE id = ANY(${sql.val(rows.map((r) => r.id))}::uuid[])
      UNION ALL
      SELECT up.unit_id, u.id, u.parent_id, u.kind, up.depth + 1 FROM up JOIN units u ON u.id = up.parent_id WHERE up.depth < 50)
    SELECT unit_id,
      (array_agg(id::text ORDER BY depth) FILTER (WHERE kind = ANY(${kinds}::text[])))[1] AS commune_id,
      (array_agg(id::text ORDER BY depth) FILTER (WHERE kind = 'province'))[1] AS province_id
    FROM up GROUP BY unit_id`.execute(deps.db);
  const placeOf = new Map(places.rows.map((p) => [p.unitId, p]));
  const items = rows.map((r) => ({
    ...r,
    communeId: placeOf.get(r.id)?.communeId ?? null,
    provinceId: placeOf.get(r.id)?.provinceId ?? null,
  }));
  const provinces = [...new Set(items.flatMap((i) => (i.communeId === null && i.provinceId ? [i.provinceId] : [])))];
  if (provinces.length === 0) return { items, communes: [] };
  const communes = await sql<IntakeCommune>`
    WITH RECURSIVE down(id, province_id) AS (
      SELECT id, id FROM units WHERE id = ANY(${sql.val(provinces)}::uuid[])
      UNION
      SELECT u.id, down.province_id FROM units u JOIN down ON u.parent_id = down.id)
    SELECT u.id, u.code, u.name, u.kind, down.province_id::text AS province_id
    FROM down JOIN units u ON u.id = down.id
    WHERE u.kind = ANY(${kinds}::text[]) AND u.valid_from <= ${today}::date AND (u.valid_to IS NULL OR u.valid_to >= ${today}::date)
    ORDER BY u.name, u.code
    LIMIT 2000`.execute(deps.db);
  return { items, communes: communes.rows };
}

/** Procedures in effect, searched by name or code, with their document lists (for the intake form). */
export async function intakeProcedures(deps: Deps, q: { q?: string | undefined; limit: number }): Promise<{ items: IntakeProcedure[] }> {
  const today = vietnamDay(deps.now());
  let query = deps.db
    .selectFrom('procedures')
    .select(['id', 'nationalCode', 'name', 'sector', 'level', 'durationValue', 'durationUnit', 'feeText'])
    .where('validFrom', '<=', today)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', today)]));
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('name', 'ilike', like), eb('nationalCode', 'ilike', like), eb('sector', 'ilike', like)]));
  }
  const procs = await query.orderBy('name').limit(q.limit).execute();
  const docs = procs.length
    ? await deps.db
        .selectFrom('procedureDocuments')
        .select(['id', 'procedureId', 'position', 'name', 'form', 'quantity', 'isRequired'])
        .where(
          'procedureId',
          'in',
          procs.map((p) => p.id),
        )
        .orderBy('position')
        .execute()
    : [];
  return {
    items: procs.map((p) => ({
      ...p,
      durationValue: Number(p.durationValue),
      documents: docs.filter((d) => d.procedureId === p.id).map(({ procedureId: _p, ...d }) => d),
    })),
  };
}

/** Handlers who may take the dossier at one of its route units. */
export async function handlersFor(deps: Deps, actor: Actor, id: string, unitId: string) {
  const { db } = deps;
  const { row } = await visibleDossier(db, actor, id);
  const steps = await repo.stepsOf(db, id);
  if (unitId !== row.currentUnitId && !steps.some((s) => s.unitId === unitId)) throw notFound('Đơn vị');
  return { items: await repo.handlersOn(db, await ancestryOf(db, unitId), processRoles()) };
}

/** A stored file's content (dossier.read on the dossier). */
export async function downloadFile(deps: Deps, actor: Actor, id: string, fileId: string) {
  await visibleDossier(deps.db, actor, id);
  const f = await repo.fileContent(deps.db, id, fileId);
  if (!f) throw notFound('Tệp');
  return f;
}
