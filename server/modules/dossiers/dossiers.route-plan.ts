import { dateOf, startLegalClock, type LegalClock, type WorkingCalendar } from '@core/calendar';
import { CLOCK_ERROR_TO_DOSSIER, stepDues, validateRoute, type DueStep, type RouteStep } from '@core/dossier';
import type { Executor } from '../../infra/database';
import { AppError } from '../../http';
import type { LoadedProcedure } from './dossiers.repo';

/** Unit kinds at commune level (xã, phường, đặc khu). */
export const COMMUNE_KINDS = ['commune', 'ward', 'special_zone'] as const;
const COMMUNE_KIND_SET: ReadonlySet<string> = new Set(COMMUNE_KINDS);

/** Whether a unit kind is commune level (xã, phường, đặc khu). */
export const isCommuneKind = (kind: string) => COMMUNE_KIND_SET.has(kind);

/** The commune (xã, phường, đặc khu) a unit belongs to: itself or its nearest commune-level ancestor (null: none). */
export async function communeOf(db: Executor, unitId: string): Promise<string | null> {
  let id: string | null = unitId;
  for (let i = 0; id && i < 20; i++) {
    const u: { id: string; kind: string; parentId: string | null } | undefined = await db
      .selectFrom('units')
      .select(['id', 'kind', 'parentId'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!u) break;
    if (isCommuneKind(u.kind)) return u.id;
    id = u.parentId;
  }
  return null;
}

/** The handling unit and the route of one dossier, with the commune rule applied. */
export type ResolvedRoute = { handlingUnitId: string; steps: RouteStep[] };

/** The 400 when a commune-level procedure has no commune to handle it. */
export const handlingCommuneRequired = (path: string) =>
  new AppError(
    'DOSSIER_HANDLING_COMMUNE_REQUIRED',
    'Thủ tục cấp xã tiếp nhận ngoài địa bàn xã: cần chọn xã, phường, đặc khu giải quyết hồ sơ / a commune-level procedure received outside any commune needs the commune that will handle it',
    [{ path, message: 'Cần chọn xã, phường, đặc khu giải quyết / required', code: 'DOSSIER_HANDLING_COMMUNE_REQUIRED' }],
  );

/**
 * Resolves a procedure's route for a receiving unit; no route → one step at the handling unit; shares are normalised.
 * A commune-level procedure runs at the receiving unit's commune, else at `handlingUnitId` when it is a commune (an
 * online dossier keeps the commune it was submitted to as its handling unit).
 */
export async function resolveRoute(
  db: Executor,
  loaded: LoadedProcedure,
  receivingUnitId: string,
  handlingUnitId: string | null = null,
): Promise<ResolvedRoute> {
  let commune: string | null = null;
  if (loaded.procedure.level === 'commune') {
    commune = await communeOf(db, receivingUnitId);
    if (!commune && handlingUnitId) {
      const h = await db.selectFrom('units').select('kind').where('id', '=', handlingUnitId).executeTakeFirst();
      if (h && isCommuneKind(h.kind)) commune = handlingUnitId;
    }
    if (!commune) throw handlingCommuneRequired('body');
  }
  const handlingKind = await db.selectFrom('units').select('kind').where('id', '=', loaded.procedure.handlingUnitId).executeTakeFirst();
  return planRoute(loaded, commune, handlingKind?.kind);
}

// A commune-level procedure is catalogued once for the whole province: a step (or handling unit) at the province
// stands for the commune that handles the dossier (docs/ONE-STOP.md, catalogue contract).
/** The route from what is already loaded: the handling `commune` (commune-level procedures only), the handling unit's kind. */
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
  if (!valid.ok)
    throw new AppError('DOSSIER_ROUTE_INVALID', `Quy trình của thủ tục không hợp lệ / invalid procedure route: ${valid.message ?? ''}`);
  return { handlingUnitId, steps: valid.value };
}

/** The legal clock and the step deadlines at receipt. */
export type Opening = { clock: LegalClock; steps: DueStep[] };

/** Starts the legal clock on the receiving unit's calendar and splits it over the route (reference.md §4.5). */
export function openClock(calendar: WorkingCalendar, now: Date, loaded: LoadedProcedure, route: ResolvedRoute): Opening {
  const time = { amount: Number(loaded.procedure.durationValue), unit: loaded.procedure.durationUnit };
  const started = startLegalClock(calendar, now.getTime(), time);
  if (!started.ok)
    throw new AppError(
      CLOCK_ERROR_TO_DOSSIER[started.code],
      `Không tính được hạn giải quyết / cannot compute the due date: ${started.message ?? started.code}`,
    );
  const due = Date.parse(started.value.dueAt);
  return { clock: started.value, steps: stepDues(calendar, now.getTime(), time, due, route.steps) };
}

/** Today's date in Vietnam (the code's day). */
export const vietnamDay = (now: Date) => dateOf(now.getTime());
