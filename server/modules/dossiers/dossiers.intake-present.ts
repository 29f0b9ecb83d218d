import type { z } from 'zod';
import { permissionsOn } from '@core/access/scope';
import type { DossierAction } from '@core/dossier';
import type { LegalClock, WorkingCalendar } from '@core/calendar';
import type { CreateDossierRequestSchema, DossierDetail } from '@contracts/dossiers';
import type { DossierChannel } from '@db/types-one-stop';
import type { Actor } from '../../http';
import type { CheckedFile } from './dossiers.files';
import { ancestryIn, type IntakeContext, type StepValues, type WrittenDossier } from './dossiers.intake-repo';
import { abilitiesOf, allowedActions, canRead, dossierNotFound, type DossierAccess } from './dossiers.policy';
import { marksOf, toDetail } from './dossiers.present';
import type { DossierRow, LoadedProcedure, StepRow } from './dossiers.repo';
import type { Opening } from './dossiers.route-plan';
import { stepState } from './dossiers.service';

/** A dossier about to be written, as intake assembled it. */
export type NewDossier = {
  loaded: LoadedProcedure;
  unit: { id: string; code: string; name: string };
  handlingUnitId: string;
  channel: DossierChannel;
  applicant: z.output<typeof CreateDossierRequestSchema>['applicant'];
  subject: string | null;
  nationalCode: string | null;
  returnPlace: string | null;
  note: string | null;
  documents: Array<{ procedureDocumentId: string; name: string; form: string; quantity: number }>;
  opening: Opening | null;
  files: CheckedFile[];
};

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

// The answer is what getDossier would read back right after the write (same toDetail, same rules), built from the
// stored row (RETURNING) and the names and ancestries loaded before the write, so intake does not read it back.
/** The detail of a dossier just received at the counter, as the receiving clerk sees it. */
export function newDossierDetail({ now, actor, ctx, calendar, dossier: n, written, steps: values }: NewDossierParts): DossierDetail {
  const d = written.dossier;
  const nameOf = (unitId: string): string => {
    const u = ctx.units.get(unitId);
    if (!u) throw new Error(`unit ${unitId} is missing from the intake context`);
    return u.name;
  };
  const on = (unitId: string) => permissionsOn(actor.grants, ancestryIn(ctx.units, unitId));
  const access: DossierAccess = { receiving: on(d.receivingUnitId), handling: on(d.handlingUnitId), current: on(d.currentUnitId) };
  if (!canRead(access)) throw dossierNotFound();
  const p = n.loaded.procedure;
  const row: DossierRow = {
    ...d,
    procedureName: p.name,
    procedureNationalCode: p.nationalCode,
    procedureDurationValue: p.durationValue,
    procedureDurationUnit: p.durationUnit,
    procedureLevel: p.level,
    receivingUnitName: n.unit.name,
    receivingUnitCode: n.unit.code,
    handlingUnitName: nameOf(d.handlingUnitId),
    currentUnitName: nameOf(d.currentUnitId),
    currentHandlerName: d.currentHandlerId ? actor.fullName : null,
  };
  const event = {
    id: written.eventId,
    type: written.eventType,
    fromStatus: null,
    toStatus: d.status,
    at: written.eventAt,
    actorId: actor.userId,
    actorName: actor.fullName,
    unitId: n.unit.id,
    unitName: n.unit.name,
    note: n.note,
    data: written.eventData,
  };
  const steps: StepRow[] = values.map((s) => ({
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
  const { next } = stepState(steps);
  const actions: DossierAction[] = allowedActions(row, access, {
    hasNextStep: next !== null,
    clock: (row.clock as LegalClock | null) ?? null,
  });
  return toDetail(row, {
    marks: marksOf(row, now, calendar),
    events: [event],
    steps,
    files: [],
    abilities: abilitiesOf(access),
    allowedActions: actions,
  });
}
