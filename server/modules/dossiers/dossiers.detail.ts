import { ancestryIn, previousStep, stepState } from '@core/dossier';
import { permissionsOn } from '@core/access/scope';
import type { LegalClock, WorkingCalendar } from '@core/calendar';
import type { DossierDetail } from '@contracts/dossiers';
import type { Actor, Deps } from '../../http';
import { calendarFor } from '../calendar/calendar.service';
import type { IntakeContext, StepValues, WrittenDossier } from './dossiers.intake.repo';
import type { NewDossier } from './dossiers.plan';
import { abilitiesOf, allowedActions, canRead, dossierNotFound, visibleDossier, type DossierAccess } from './dossiers.policy';
import { marksOf, toDetail, type EventRow, type FileRow } from './dossiers.present';
import { eventsOf, filesOf, stepsOf, type DossierRow, type StepRow } from './dossiers.repo';
import { completionOf } from './dossiers.completion';
import { rulesPartOf } from './dossiers.rules';

// The detail of one dossier as the caller sees it, built the same way whether it was read back (dossierDetail) or
// just written by an intake (newDossierDetail): same presentation, same abilities, same allowed actions.

type DetailParts = { events: EventRow[]; steps: StepRow[]; files: FileRow[]; calendar: WorkingCalendar; now: Date };

/** The detail of a dossier row with the actor's access on it. */
function detailOf(row: DossierRow, access: DossierAccess, { events, steps, files, calendar, now }: DetailParts): DossierDetail {
  const { open, next } = stepState(steps);
  const actions = allowedActions(row, access, {
    hasNextStep: next !== null,
    hasPreviousStep: previousStep(steps, open) !== null,
    clock: (row.clock as LegalClock | null) ?? null,
  });
  const detail = toDetail(row, {
    marks: marksOf(row, now, calendar),
    events,
    steps,
    files,
    abilities: abilitiesOf(access),
    allowedActions: actions,
  });
  return { ...detail, ...rulesPartOf(row, events, steps, calendar, now), completion: completionOf(row, events) };
}

/** One dossier in full (timeline, control slip, files, abilities, allowed actions), 404 when the actor may not read it. */
export async function dossierDetail(deps: Deps, actor: Actor, id: string): Promise<DossierDetail> {
  const { db } = deps;
  const { row, access } = await visibleDossier(db, actor, id);
  const [events, steps, files, calendar] = await Promise.all([
    eventsOf(db, id),
    stepsOf(db, id),
    filesOf(db, id),
    calendarFor(db, row.receivingUnitId),
  ]);
  return detailOf(row, access, { events, steps, files, calendar, now: deps.now() });
}

/** Everything the 201 answer of an intake is made of. */
export type NewDossierParts = {
  now: Date;
  actor: Actor;
  ctx: IntakeContext;
  calendar: WorkingCalendar;
  dossier: NewDossier;
  written: WrittenDossier;
  steps: StepValues[];
};

/** The stored row with the names the views show, from the intake context. */
function newDossierRow({ actor, dossier: n, written }: NewDossierParts, nameOf: (unitId: string) => string): DossierRow {
  const d = written.dossier;
  const p = n.loaded.procedure;
  return {
    ...d,
    procedureName: p.name,
    procedureNationalCode: p.nationalCode,
    procedureDurationValue: p.durationValue,
    procedureDurationUnit: p.durationUnit,
    procedureCutoff: p.sameDayCutoff,
    procedureLevel: p.level,
    receivingUnitName: n.unit.name,
    receivingUnitCode: n.unit.code,
    handlingUnitName: nameOf(d.handlingUnitId),
    currentUnitName: nameOf(d.currentUnitId),
    currentHandlerName: d.currentHandlerId ? actor.fullName : null,
  };
}

/** The receipt event as the timeline shows it. */
function receiptEvent({ actor, dossier: n, written }: NewDossierParts): EventRow {
  return {
    id: written.eventId,
    type: written.eventType,
    fromStatus: null,
    toStatus: written.dossier.status,
    at: written.eventAt,
    actorId: actor.userId,
    actorName: actor.fullName,
    unitId: n.unit.id,
    unitName: n.unit.name,
    note: n.note,
    data: written.eventData,
  };
}

// The answer is what dossierDetail would read back right after the write (same rules), built from the stored row
// (RETURNING) and the names and ancestries loaded before the write, so intake does not read it back.
/** The detail of a dossier just received at the counter, as the receiving clerk sees it. */
export function newDossierDetail(parts: NewDossierParts): DossierDetail {
  const { actor, ctx, written } = parts;
  const nameOf = (unitId: string): string => {
    const u = ctx.units.get(unitId);
    if (!u) throw new Error(`unit ${unitId} is missing from the intake context`);
    return u.name;
  };
  const d = written.dossier;
  const on = (unitId: string) => permissionsOn(actor.grants, ancestryIn(ctx.units, unitId));
  const access: DossierAccess = { receiving: on(d.receivingUnitId), handling: on(d.handlingUnitId), current: on(d.currentUnitId) };
  if (!canRead(access)) throw dossierNotFound();
  const steps: StepRow[] = parts.steps.map((s) => ({
    id: s.id,
    position: s.position,
    unitId: s.unitId,
    unitName: nameOf(s.unitId),
    name: s.name,
    handlerId: s.handlerId,
    handlerName: s.handlerId ? actor.fullName : null,
    startedAt: s.startedAt === null ? null : new Date(s.startedAt),
    dueAt: s.dueAt === null ? null : new Date(s.dueAt),
    finishedAt: null,
    timeliness: null,
    note: null,
  }));
  const row = newDossierRow(parts, nameOf);
  return detailOf(row, access, { events: [receiptEvent(parts)], steps, files: [], calendar: parts.calendar, now: parts.now });
}
