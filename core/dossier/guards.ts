import {
  applyClockEvent,
  DEFAULT_APOLOGY_RULES,
  type ApologyRules,
  type ClockErrorCode,
  type LegalClock,
  type WorkingCalendar,
} from '../calendar';
import type { Instant, IsoMoment } from '../calendar';
import { err, ok, type Result } from '../shared/result';

/** A document the procedure asks for (procedure_documents row, reduced). */
export type RequiredDocument = { readonly id: string; readonly name: string; readonly isRequired: boolean };

/** Required documents that were not received: the completeness check at the counter (docs/DOMAIN.md §4.3). */
export function missingDocuments<D extends RequiredDocument>(required: readonly D[], receivedIds: readonly string[]): D[] {
  const got = new Set(receivedIds);
  return required.filter((d) => d.isRequired && !got.has(d.id));
}

/** Received document ids that the procedure does not list. */
export function unknownDocuments(required: readonly RequiredDocument[], receivedIds: readonly string[]): string[] {
  const known = new Set(required.map((d) => d.id));
  return [...new Set(receivedIds)].filter((id) => !known.has(id));
}

/** Why a supplement request is refused. */
export type SupplementErrorCode = 'DOSSIER_SUPPLEMENT_REASON_REQUIRED';

/** Outcome of the supplement guard: `repeated` marks a second (or later) request by the same agency. */
export type SupplementCheck = { readonly repeated: boolean; readonly previousAtUnit: number };

// A written supplement request may be issued only once per agency during processing (NĐ 61/2018 + NĐ 107/2021,
// docs/DOMAIN.md §3.3); a further one needs a recorded reason and is flagged (QĐ 766/QĐ-TTg 2.1 counts it late).
/** Checks a supplement request by `unitId` against the earlier ones (their units). */
export function checkSupplement(
  previousUnits: readonly string[],
  unitId: string,
  reason: string | null | undefined,
): Result<SupplementCheck, SupplementErrorCode> {
  const previousAtUnit = previousUnits.filter((u) => u === unitId).length;
  if (previousAtUnit === 0) return ok({ repeated: false, previousAtUnit });
  if (!reason || reason.trim().length < 5) {
    return err('DOSSIER_SUPPLEMENT_REASON_REQUIRED', 'A second supplement request by the same agency needs a written reason', {
      previousAtUnit,
    });
  }
  return ok({ repeated: true, previousAtUnit });
}

/** Dossier error codes for the legal clock's refusals. */
export const CLOCK_ERROR_TO_DOSSIER = {
  INVALID_MOMENT: 'DOSSIER_INVALID_MOMENT',
  INVALID_PROCESSING_TIME: 'DOSSIER_INVALID_PROCESSING_TIME',
  OUT_OF_CALENDAR_RANGE: 'DOSSIER_OUT_OF_CALENDAR_RANGE',
  EVENT_BEFORE_RECEIPT: 'DOSSIER_EVENT_BEFORE_RECEIPT',
  EVENT_OUT_OF_ORDER: 'DOSSIER_EVENT_OUT_OF_ORDER',
  ALREADY_PAUSED: 'DOSSIER_ALREADY_PAUSED',
  NOT_PAUSED: 'DOSSIER_NOT_PAUSED',
  CASE_PAUSED: 'DOSSIER_CASE_PAUSED',
  CASE_FINISHED: 'DOSSIER_CASE_FINISHED',
  EXTENSION_TOO_LATE: 'DOSSIER_EXTENSION_TOO_LATE',
  EXTENSION_ALREADY_GRANTED: 'DOSSIER_EXTENSION_ALREADY_GRANTED',
  EXTENSION_NOT_LATER: 'DOSSIER_EXTENSION_NOT_LATER',
  EXTENSION_DUE_NOT_WORKING_DAY: 'DOSSIER_EXTENSION_DUE_NOT_WORKING_DAY',
} as const satisfies Record<ClockErrorCode, `DOSSIER_${string}`>;

/** A dossier error code of a legal-clock refusal. */
export type DossierClockErrorCode = (typeof CLOCK_ERROR_TO_DOSSIER)[ClockErrorCode];

/** The apology/extension guard: only once, N working days before the due (late: recorded or refused, per rules), to a later working day. */
export function checkApology(
  calendar: WorkingCalendar,
  clock: LegalClock,
  at: IsoMoment | Instant,
  newDueAt: IsoMoment | Instant,
  rules: ApologyRules = DEFAULT_APOLOGY_RULES,
): Result<LegalClock, DossierClockErrorCode> {
  const r = applyClockEvent(calendar, clock, { type: 'extension_issued', at, newDueAt }, rules);
  if (r.ok) return r;
  return err(CLOCK_ERROR_TO_DOSSIER[r.code], r.message, r.details);
}
