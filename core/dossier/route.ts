import { startLegalClock, type Instant, type LegalClock, type ProcessingTime, type WorkingCalendar } from '../calendar';
import { err, ok, type Result } from '../shared/result';
import { CLOCK_ERROR_TO_DOSSIER, type DossierClockErrorCode } from './guards';
import { stepDues, validateRoute, type DueStep, type RouteErrorCode, type RouteStep } from './steps';

/** A step of a procedure's route as catalogued, with the kind of the unit it names. */
export type CataloguedStep = RouteStep & { readonly unitKind: string };

/** What a dossier's route is planned from: the procedure as catalogued and the commune that handles the dossier. */
export type RouteInput = {
  /** The procedure's handling unit and that unit's kind (undefined: unknown). */
  readonly handlingUnitId: string;
  readonly handlingUnitKind: string | undefined;
  /** The procedure's route as catalogued (empty: one step at the handling unit). */
  readonly steps: readonly CataloguedStep[];
  /** The commune handling a commune-level dossier (core handlingCommune), null otherwise. */
  readonly commune: string | null;
};

/** The handling unit and the route of one dossier. */
export type PlannedRoute = { readonly handlingUnitId: string; readonly steps: readonly RouteStep[] };

/** The name of the one step of a procedure catalogued without a route. */
export const SINGLE_STEP_NAME = 'Giải quyết hồ sơ';

// A commune-level procedure is one catalogue entry for the whole province (docs/DOMAIN.md §9.2), decided by the commune
// that handles the dossier (docs/DOMAIN.md §4.6): a step, or the handling unit, at the province stands for that commune.
/** The route of a dossier: steps at the province moved to the handling commune, shares normalised to sum to 1 (docs/DOMAIN.md §4.4). */
export function planRoute(input: RouteInput): Result<PlannedRoute, RouteErrorCode> {
  const { commune } = input;
  const handlingUnitId = commune && input.handlingUnitKind === 'province' ? commune : input.handlingUnitId;
  let steps: RouteStep[] = input.steps.map((s) => ({
    position: s.position,
    unitId: commune && s.unitKind === 'province' ? commune : s.unitId,
    name: s.name,
    timeShare: s.timeShare,
  }));
  if (steps.length === 0) steps = [{ position: 1, unitId: handlingUnitId, name: SINGLE_STEP_NAME, timeShare: 1 }];
  const sum = steps.reduce((a, s) => a + s.timeShare, 0);
  if (sum > 0 && Math.abs(sum - 1) > 0.001) steps = steps.map((s) => ({ ...s, timeShare: s.timeShare / sum }));
  const valid = validateRoute(steps);
  return valid.ok ? ok({ handlingUnitId, steps: valid.value }) : valid;
}

/** The legal clock of a dossier at its receipt and the deadline of each step of its route. */
export type Opening = { readonly clock: LegalClock; readonly steps: readonly DueStep[] };

/** Starts the legal clock on the receiving unit's calendar and splits it over the route (docs/DOMAIN.md §3.1, §4.4). */
export function openClock(
  calendar: WorkingCalendar,
  receivedAt: Instant,
  time: ProcessingTime,
  route: PlannedRoute,
): Result<Opening, DossierClockErrorCode> {
  const started = startLegalClock(calendar, receivedAt, time);
  if (!started.ok) return err(CLOCK_ERROR_TO_DOSSIER[started.code], started.message ?? started.code, started.details);
  const due = Date.parse(started.value.dueAt);
  return ok({ clock: started.value, steps: stepDues(calendar, receivedAt, time, due, route.steps) });
}
