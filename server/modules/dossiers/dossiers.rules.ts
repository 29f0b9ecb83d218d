import type { WorkingCalendar } from '@core/calendar';
import { handOverDeadline, handOverState, handedOverAt, ruleSetOfDossier } from '@core/dossier';
import type { DossierDetail } from '@contracts/dossiers';
import type { EventRow } from './dossiers.present';
import type { DossierRow, StepRow } from './dossiers.repo';

// What the one-stop rule set of a dossier's reception date adds to its detail (docs/DOMAIN.md §10): which rules it
// follows, the hand-over deadline of the control slip, and the kind of its result.

/** The rule-set part of a dossier's detail. */
export type RulesPart = Pick<DossierDetail, 'ruleSet' | 'handOver' | 'result'>;

/** The hand-over to the handling agency with its deadline (docs/DOMAIN.md §10.6); null when there is none to make. */
export function handOverOf(row: DossierRow, steps: readonly StepRow[], calendar: WorkingCalendar, now: Date): DossierDetail['handOver'] {
  if (!row.receivedAt) return null;
  const received = row.receivedAt.getTime();
  const rules = ruleSetOfDossier(received, row.submittedAt.getTime());
  const handed = handedOverAt(
    row.receivingUnitId,
    received,
    steps.map((s) => ({ position: s.position, unitId: s.unitId, finishedAt: s.finishedAt?.getTime() ?? null })),
  );
  if (handed === undefined) return null;
  const due = handOverDeadline(calendar, received, rules.handOver);
  if (!due.ok) return null;
  const state = handOverState(due.value, handed, now.getTime());
  return {
    dueAt: new Date(state.dueAt).toISOString(),
    handedAt: state.handedAt === null ? null : new Date(state.handedAt).toISOString(),
    result: state.result,
    overdue: state.overdue,
    cutoff: rules.handOver.cutoff,
    legalRef: rules.handOver.legalRef,
  };
}

/** The rule set, hand-over and result of a dossier. */
export function rulesPartOf(
  row: DossierRow,
  events: readonly EventRow[],
  steps: readonly StepRow[],
  calendar: WorkingCalendar,
  now: Date,
): RulesPart {
  const rules = ruleSetOfDossier(row.receivedAt?.getTime() ?? null, row.submittedAt.getTime());
  const refusal = [...events].reverse().find((e) => e.type === 'refuse_after_review');
  const result: DossierDetail['result'] = row.finishedAt
    ? row.resultKind === 'refused'
      ? { kind: 'refused', reason: refusal?.note ?? null }
      : { kind: 'granted', reason: null }
    : null;
  return { ruleSet: { id: rules.id, name: rules.name }, handOver: handOverOf(row, steps, calendar, now), result };
}
