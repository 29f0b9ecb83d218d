import { vietnamToday } from '@core/calendar';
import { CLOCK_RUNNING_STATUSES, WAITING_STATUSES, parseDossierCode, stepState } from '@core/dossier';
import { type DossierDetail } from '@contracts/dossiers';
import { LIST_FILTERS, type DossierListQuery, type DossierListResponse, type ListFilterName } from '@contracts/dossier-inbox';
import { type IntakeProcedure, type IntakeUnitsResponse } from '@contracts/dossier-catalogue';
import { AppError, notFound, type Actor, type Deps } from '../../http';
import { calendarFor } from '../calendar/calendar.service';
import { ancestryOf, subtreeIds, visibleUnitIds } from '../units/units.service';
import { communesUnder, withDocuments, intakeProcedureRows, placesOf, unitsInEffect } from './dossiers.catalogue.repo';
import { dossierDetail } from './dossiers.detail';
import { approveRoles, dossierNotFound, stepRoles, visibleDossier } from './dossiers.policy';
import { marksOf, toListItem } from './dossiers.present';
import * as repo from './dossiers.repo';

// What the one-stop staff read: a dossier, the inbox, the handlers of a step, a stored file, and the choices of the
// intake form. Every dossier read goes through the visibility check (dossiers.policy.ts): 404 outside the caller's scope.

/** One dossier in full: timeline, control slip, files, abilities and allowed actions. */
export async function getDossier(deps: Deps, actor: Actor, id: string): Promise<DossierDetail> {
  return dossierDetail(deps, actor, id);
}

/** One dossier by its code (400 malformed, 404 unknown or invisible). */
export async function getDossierByCode(deps: Deps, actor: Actor, code: string): Promise<DossierDetail> {
  const parsed = parseDossierCode(deps.config.DOSSIER_CODE_FORMAT, code.trim());
  if (!parsed.ok) {
    throw new AppError('DOSSIER_CODE_MALFORMED', 'Mã hồ sơ không đúng định dạng / malformed dossier code', [
      { path: 'params.code', message: parsed.message ?? 'malformed', code: 'DOSSIER_CODE_MALFORMED' },
    ]);
  }
  const row = await repo.findDossierByCode(deps.db, code.trim());
  if (!row) throw dossierNotFound();
  return dossierDetail(deps, actor, row.id);
}

/** The inbox: dossiers visible to the actor, filtered, most urgent first, with due-soon and overdue marks. With `waiting`,
 * the worklist: the dossiers held by the actor's units and not ended (WAITING_STATUSES), the set the home tiles count.
 * A search by a dossier's exact code finds it whatever the filters, and names the filters that would have hidden it. */
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
  const filter: repo.ListFilter = {
    visibleUnits: [...visible],
    currentUnits,
    heldBy: q.waiting ? [...visible] : undefined,
    statuses: q.status?.length ? q.status : q.waiting ? WAITING_STATUSES : undefined,
    handlerId: q.mine ? actor.userId : undefined,
    procedureId: q.procedureId,
    q: q.q,
    dueBetween: q.due === 'soon' ? { from: now, to: soonLimit } : undefined,
    dueBefore: q.due === 'overdue' ? now : undefined,
    clockStatuses: CLOCK_RUNNING_STATUSES,
    limit: q.limit,
    offset: q.offset,
  };
  const code = q.q && !/\s/.test(q.q) ? q.q : undefined;
  const byCode = code
    ? await repo.listDossiers(db, {
        visibleUnits: filter.visibleUnits,
        codes: [code, code.toUpperCase()],
        clockStatuses: [],
        limit: 1,
        offset: 0,
      })
    : undefined;
  const found = byCode?.rows[0];
  if (found) {
    const item = toListItem(found, marksOf(found, now, calendar));
    return { items: [item], total: 1, codeMatch: { code: found.code, hiddenBy: filtersHiding(found, filter) } };
  }
  const { rows, total } = await repo.listDossiers(db, filter);
  return { items: rows.map((r) => toListItem(r, marksOf(r, now, calendar))), total };
}

/** The filters of a list that leave out a dossier found by its code (its text always matches its own code). */
function filtersHiding(row: repo.DossierRow, f: repo.ListFilter): ListFilterName[] {
  const due = row.dueAt === null ? null : new Date(row.dueAt).getTime();
  const clockRuns = f.clockStatuses.includes(row.status) && due !== null;
  const hides: Record<ListFilterName, boolean> = {
    status: f.statuses !== undefined && !f.statuses.includes(row.status),
    waiting: f.heldBy !== undefined && !f.heldBy.includes(row.currentUnitId),
    mine: f.handlerId !== undefined && row.currentHandlerId !== f.handlerId,
    due:
      (f.dueBefore !== undefined && !(clockRuns && due < f.dueBefore.getTime())) ||
      (f.dueBetween !== undefined && !(clockRuns && due >= f.dueBetween.from.getTime() && due <= f.dueBetween.to.getTime())),
    unitId: f.currentUnits !== undefined && !f.currentUnits.includes(row.currentUnitId),
    procedureId: f.procedureId !== undefined && row.procedureId !== f.procedureId,
  };
  return LIST_FILTERS.filter((k) => hides[k]);
}

/** Units where the actor may receive dossiers (in effect today), each with its commune and province, and the communes
 * in effect of the provinces of the units outside any commune (where a commune-level dossier names its commune). */
export async function intakeUnits(deps: Deps, actor: Actor): Promise<IntakeUnitsResponse> {
  const ids = [...(await visibleUnitIds(deps.db, actor, 'dossier.create'))];
  if (ids.length === 0) return { items: [], communes: [] };
  const today = vietnamToday(deps.now());
  const rows = await unitsInEffect(deps.db, ids, today, actor.unitId);
  if (rows.length === 0) return { items: [], communes: [] };
  const placeOf = new Map(
    (
      await placesOf(
        deps.db,
        rows.map((r) => r.id),
      )
    ).map((p) => [p.unitId, p]),
  );
  const items = rows.map((r) => ({
    ...r,
    communeId: placeOf.get(r.id)?.communeId ?? null,
    provinceId: placeOf.get(r.id)?.provinceId ?? null,
  }));
  const provinces = [...new Set(items.flatMap((i) => (i.communeId === null && i.provinceId ? [i.provinceId] : [])))];
  if (provinces.length === 0) return { items, communes: [] };
  return { items, communes: await communesUnder(deps.db, provinces, today) };
}

/** Procedures in effect, searched by name or code, with their document lists (for the intake form). */
export async function intakeProcedures(deps: Deps, q: { q?: string | undefined; limit: number }): Promise<{ items: IntakeProcedure[] }> {
  const procs = await withDocuments(deps.db, await intakeProcedureRows(deps.db, vietnamToday(deps.now()), q.q, q.limit));
  return {
    items: procs.map((p) => ({
      ...p,
      durationValue: Number(p.durationValue),
    })),
  };
}

/** Handlers who may take the dossier at one of its route units. */
export async function handlersFor(deps: Deps, actor: Actor, id: string, unitId: string) {
  const { db } = deps;
  const { row } = await visibleDossier(db, actor, id);
  const steps = await repo.stepsOf(db, id);
  if (unitId !== row.currentUnitId && !steps.some((s) => s.unitId === unitId)) throw notFound('Đơn vị');
  // The step the dossier goes to next decides who may take it: at the approval step (the route's last, where the
  // result is signed) the unit's heads come first, then its handlers.
  const { next } = stepState(steps);
  const last = Math.max(...steps.map((s) => s.position));
  const approval = next !== null && next.unitId === unitId && next.position === last;
  const ancestry = await ancestryOf(db, unitId);
  const people = await repo.handlersOn(db, ancestry, stepRoles(approval));
  const approvers = new Set(approval ? (await repo.handlersOn(db, ancestry, approveRoles())).map((p) => p.id) : []);
  const items = people.map((p) => ({ ...p, approves: approvers.has(p.id) }));
  return { items: [...items.filter((p) => p.approves), ...items.filter((p) => !p.approves)] };
}

/** A stored file's content (dossier.read on the dossier). */
export async function downloadFile(deps: Deps, actor: Actor, id: string, fileId: string) {
  await visibleDossier(deps.db, actor, id);
  const f = await repo.fileContent(deps.db, id, fileId);
  if (!f) throw notFound('Tệp');
  return f;
}
