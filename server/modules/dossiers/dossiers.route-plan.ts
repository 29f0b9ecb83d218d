import { dateOf, startLegalClock, type LegalClock, type WorkingCalendar } from '@core/calendar';
import { CLOCK_ERROR_TO_DOSSIER, stepDues, validateRoute, type DueStep, type RouteStep } from '@core/dossier';
import type { Executor } from '../../infra/database';
import { AppError } from '../../plugins/app-error';
import type { LoadedProcedure } from './dossiers.repo';

const COMMUNE_KINDS = new Set(['commune', 'ward', 'special_zone']);

/** Whether a unit kind is commune level (xã, phường, đặc khu). */
export const isCommuneKind = (kind: string) => COMMUNE_KINDS.has(kind);

/** The commune (xã, phường, đặc khu) a unit belongs to: itself or its nearest commune-level ancestor. */
export async function communeOf(db: Executor, unitId: string): Promise<string> {
  let id: string | null = unitId;
  for (let i = 0; id && i < 20; i++) {
    const u: { id: string; kind: string; parentId: string | null } | undefined = await db.selectFrom('units').select(['id', 'kind', 'parentId']).where('id', '=', id).executeTakeFirst();
    if (!u) break;
    if (COMMUNE_KINDS.has(u.kind)) return u.id;
    id = u.parentId;
  }
  return unitId;
}

/** The handling unit and the route of one dossier, with the commune rule applied. */
export type ResolvedRoute = { handlingUnitId: string; steps: RouteStep[] };

/** Resolves a procedure's route for a receiving unit; no route → one step at the handling unit; shares are normalised. */
export async function resolveRoute(db: Executor, loaded: LoadedProcedure, receivingUnitId: string): Promise<ResolvedRoute> {
  const commune = loaded.procedure.level === 'commune' ? await communeOf(db, receivingUnitId) : null;
  const handlingKind = await db.selectFrom('units').select('kind').where('id', '=', loaded.procedure.handlingUnitId).executeTakeFirst();
  return planRoute(loaded, commune, handlingKind?.kind);
}

// A commune-level procedure is catalogued once for the whole province: a step (or handling unit) at the province
// stands for the commune that received the dossier (docs/ONE-STOP.md, catalogue contract).
/** The route from what is already loaded: `commune` of the receiving unit (commune-level procedures only), the handling unit's kind. */
export function planRoute(loaded: LoadedProcedure, commune: string | null, handlingKind: string | undefined): ResolvedRoute {
  const { procedure } = loaded;
  const handlingUnitId = commune && handlingKind === 'province' ? commune : procedure.handlingUnitId;
  let steps: RouteStep[] = loaded.steps.map((s) => ({
    position: s.position,
    unitId: commune && s.unitKind === 'province' ? commune : s.unitId,
    name: s.name,
    timeShare: Number(s.timeShare),
  }));
  if (steps.length === 0) steps = [{ position: 1, unitId: handlingUnitId, name: 'Giải quyết hồ sơ', timeShare: 1 }];
  const sum = steps.reduce((a, s) => a + s.timeShare, 0);
  if (sum > 0 && Math.abs(sum - 1) > 0.001) steps = steps.map((s) => ({ ...s, timeShare: s.timeShare / sum }));
  const valid = validateRoute(steps);
  if (!valid.ok) throw new AppError('DOSSIER_ROUTE_INVALID', `Quy trình của thủ tục không hợp lệ / invalid procedure route: ${valid.message ?? ''}`);
  return { handlingUnitId, steps: valid.value };
}

/** The legal clock and the step deadlines at receipt. */
export type Opening = { clock: LegalClock; steps: DueStep[] };

/** Starts the legal clock on the receiving unit's calendar and splits it over the route (reference.md §4.5). */
export function openClock(calendar: WorkingCalendar, now: Date, loaded: LoadedProcedure, route: ResolvedRoute): Opening {
  const time = { amount: Number(loaded.procedure.durationValue), unit: loaded.procedure.durationUnit };
  const started = startLegalClock(calendar, now.getTime(), time);
  if (!started.ok) throw new AppError(CLOCK_ERROR_TO_DOSSIER[started.code], `Không tính được hạn giải quyết / cannot compute the due date: ${started.message ?? started.code}`);
  const due = Date.parse(started.value.dueAt);
  return { clock: started.value, steps: stepDues(calendar, now.getTime(), time, due, route.steps) };
}

/** Today's date in Vietnam (the code's day). */
export const vietnamDay = (now: Date) => dateOf(now.getTime());
