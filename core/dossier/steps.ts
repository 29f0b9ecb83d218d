import { formatMoment, type Instant, type IsoMoment, type ProcessingTime, type WorkingCalendar } from '../calendar';
import { err, ok, type Result } from '../shared/result';

/** A step of the route with its share of the legal time (procedure_steps.time_share). */
export type RouteStep = { readonly position: number; readonly unitId: string; readonly name: string; readonly timeShare: number };

/** A route step with its due moment. */
export type DueStep<S extends RouteStep = RouteStep> = S & { readonly dueAt: IsoMoment };

/** Why a route is refused. */
export type RouteErrorCode = 'DOSSIER_ROUTE_INVALID';

/** Checks a route: at least one step, positive shares summing to 1 (± 0.001), distinct positions. */
export function validateRoute(steps: readonly RouteStep[]): Result<RouteStep[], RouteErrorCode> {
  if (steps.length === 0) return err('DOSSIER_ROUTE_INVALID', 'A route needs at least one step');
  if (steps.some((s) => !(s.timeShare > 0) || s.timeShare > 1)) return err('DOSSIER_ROUTE_INVALID', 'Each share must be in (0, 1]');
  const sum = steps.reduce((a, s) => a + s.timeShare, 0);
  if (Math.abs(sum - 1) > 0.001) return err('DOSSIER_ROUTE_INVALID', `Shares sum to ${sum}, not 1`, { sum });
  if (new Set(steps.map((s) => s.position)).size !== steps.length) return err('DOSSIER_ROUTE_INVALID', 'Positions must be distinct');
  return ok([...steps].sort((a, b) => a.position - b.position));
}

// Each step's deadline is the receipt plus its cumulative share of the legal time; the last one is the dossier's due.
/** Due moment of each step, counted cumulatively from the receipt on the working calendar. */
export function stepDues<S extends RouteStep>(
  calendar: WorkingCalendar,
  receivedAt: Instant,
  time: ProcessingTime,
  dossierDueAt: Instant,
  steps: readonly S[],
): DueStep<S>[] {
  const ordered = [...steps].sort((a, b) => a.position - b.position);
  // A same-day procedure has no amount: its steps share the office time from receipt to its due (docs/DOMAIN.md §3.9).
  const sameDayMinutes = time.unit === 'same_day' ? Math.max(0, calendar.workingTimeBetween(receivedAt, dossierDueAt)) : 0;
  let cum = 0;
  return ordered.map((s, i) => {
    cum = Math.round((cum + s.timeShare) * 10_000) / 10_000;
    if (i === ordered.length - 1) return { ...s, dueAt: formatMoment(dossierDueAt) };
    if (time.unit === 'same_day') {
      const due = Math.min(calendar.shiftWorking(calendar.nextWorkingMoment(receivedAt), Math.round(sameDayMinutes * cum)), dossierDueAt);
      return { ...s, dueAt: formatMoment(due) };
    }
    const amount = time.unit === 'calendar_day' ? Math.max(0, Math.round(time.amount * cum)) : Math.round(time.amount * cum * 1e6) / 1e6;
    const due = Math.min(calendar.addWorking(receivedAt, amount, time.unit), dossierDueAt);
    return { ...s, dueAt: formatMoment(due) };
  });
}

/** A control-slip row as far as its progress goes. */
export type StepProgress = { readonly position: number; readonly startedAt: Date | null; readonly finishedAt: Date | null };

// The control slip (docs/DOMAIN.md §4.4) hands a dossier from step to step in route order: one step at a time is open.
/** The open step (started, not finished) and the next one to start (after the open one, else the first never started); steps in route order. */
export function stepState<S extends StepProgress>(steps: readonly S[]): { open: S | null; next: S | null } {
  const open = steps.find((s) => s.startedAt !== null && s.finishedAt === null) ?? null;
  const after = open ? steps.filter((s) => s.position > open.position) : steps.filter((s) => s.startedAt === null);
  return { open, next: after[0] ?? null };
}

/** The step a dossier goes back to from the open one: the last step before it in route order that was started; null at the first. */
export function previousStep<S extends StepProgress>(steps: readonly S[], open: S | null): S | null {
  if (!open) return null;
  const before = steps.filter((s) => s.position < open.position && s.startedAt !== null).sort((a, b) => a.position - b.position);
  return before[before.length - 1] ?? null;
}

/** A step row's note with one more line (the control slip keeps every line: a step may be sent back more than once). */
export const withNoteLine = (note: string | null, line: string): string => (note ? `${note}\n${line}` : line);
