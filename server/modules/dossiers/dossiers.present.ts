import type { Permission } from '@core/access/permissions';
import { CLOCK_RUNNING_STATUSES, DVCQG_STATUS_CODE, type DossierAction } from '@core/dossier';
import type { WorkingCalendar } from '@core/calendar';
import type { DossierDetail, DossierListItem } from '@contracts/dossiers';
import type { DossierRow, StepRow, eventsOf, filesOf } from './dossiers.repo';

// How a dossier is shown: pure functions from repository rows to the contract's shapes (contracts/dossiers.ts).

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Due-soon (within 1 working day) and overdue marks while the clock runs. */
export function marksOf(
  row: Pick<DossierRow, 'status' | 'dueAt' | 'clock'>,
  now: Date,
  calendar: WorkingCalendar,
): DossierListItem['marks'] {
  if (!row.dueAt || !CLOCK_RUNNING_STATUSES.includes(row.status)) return { dueSoon: false, overdue: false };
  // A clock paused while waiting for payment (the procedure's setting, docs/DOMAIN.md §10.5) is not running.
  if ((row.clock as { status?: string } | null)?.status === 'paused') return { dueSoon: false, overdue: false };
  const due = row.dueAt.getTime();
  const t = now.getTime();
  if (due < t) return { dueSoon: false, overdue: true };
  let soon = false;
  try {
    soon = calendar.workingTimeBetween(t, due, 'working_day') <= 1;
  } catch {
    soon = false;
  }
  return { dueSoon: soon, overdue: false };
}

/** A dossier row as an inbox item. */
export function toListItem(row: DossierRow, marks: DossierListItem['marks']): DossierListItem {
  return {
    id: row.id,
    code: row.code,
    nationalCode: row.nationalCode,
    status: row.status,
    statusCode: DVCQG_STATUS_CODE[row.status],
    channel: row.channel,
    applicantName: row.applicantName,
    subject: row.subject,
    procedure: { id: row.procedureId, name: row.procedureName, nationalCode: row.procedureNationalCode },
    receivingUnit: { id: row.receivingUnitId, name: row.receivingUnitName },
    handlingUnit: { id: row.handlingUnitId, name: row.handlingUnitName },
    currentUnit: { id: row.currentUnitId, name: row.currentUnitName },
    currentHandler: row.currentHandlerId ? { id: row.currentHandlerId, fullName: row.currentHandlerName ?? '' } : null,
    submittedAt: row.submittedAt.toISOString(),
    receivedAt: iso(row.receivedAt),
    dueAt: iso(row.dueAt),
    finishedAt: iso(row.finishedAt),
    timeliness: row.timeliness,
    supplementCount: row.supplementCount,
    marks,
    version: row.version,
  };
}

const record = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/** A timeline event as the repository reads it. */
export type EventRow = Awaited<ReturnType<typeof eventsOf>>[number];
/** A file's metadata as the repository reads it. */
export type FileRow = Awaited<ReturnType<typeof filesOf>>[number];

/** The received-document checklist written on the receipt event. */
export function receivedDocumentsOf(events: readonly EventRow[]): DossierDetail['receivedDocuments'] {
  const receipt = [...events].reverse().find((e) => e.type === 'receive' || e.type === 'submit');
  const docs = record(receipt?.data)?.documents;
  if (!Array.isArray(docs)) return [];
  return docs.flatMap((d) => {
    const r = record(d);
    if (!r || typeof r.procedureDocumentId !== 'string' || typeof r.name !== 'string') return [];
    return [{ procedureDocumentId: r.procedureDocumentId, name: r.name, form: String(r.form ?? ''), quantity: Number(r.quantity ?? 1) }];
  });
}

/** One dossier in full, as the actor sees it. */
export function toDetail(
  row: DossierRow,
  parts: {
    marks: DossierListItem['marks'];
    events: EventRow[];
    steps: StepRow[];
    files: FileRow[];
    abilities: Permission[];
    allowedActions: DossierAction[];
  },
): Omit<DossierDetail, 'ruleSet' | 'handOver' | 'result'> {
  return {
    ...toListItem(row, parts.marks),
    applicant: {
      type: row.applicantType,
      name: row.applicantName,
      idNumber: row.applicantIdNumber,
      phone: row.applicantPhone,
      email: row.applicantEmail,
      address: row.applicantAddress,
    },
    procedure: {
      id: row.procedureId,
      name: row.procedureName,
      nationalCode: row.procedureNationalCode,
      durationValue: Number(row.procedureDurationValue),
      durationUnit: row.procedureDurationUnit,
      cutoff: row.procedureCutoff,
      level: row.procedureLevel,
    },
    originalDueAt: iso(row.originalDueAt),
    extendedDueAt: iso(row.extendedDueAt),
    returnedAt: iso(row.returnedAt),
    returnPlace: row.returnPlace,
    lookupKey: row.lookupKey,
    clock: record(row.clock),
    receivedDocuments: receivedDocumentsOf(parts.events),
    events: parts.events.map((e) => ({
      id: Number(e.id),
      type: e.type,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      at: e.at.toISOString(),
      actor: e.actorId ? { id: e.actorId, fullName: e.actorName ?? '' } : null,
      unit: e.unitId ? { id: e.unitId, name: e.unitName ?? '' } : null,
      note: e.note,
      data: record(e.data),
    })),
    steps: parts.steps.map((s) => ({
      id: s.id,
      position: s.position,
      unit: { id: s.unitId, name: s.unitName },
      name: s.name,
      handler: s.handlerId ? { id: s.handlerId, fullName: s.handlerName ?? '' } : null,
      startedAt: iso(s.startedAt),
      dueAt: iso(s.dueAt),
      finishedAt: iso(s.finishedAt),
      timeliness: s.timeliness,
      note: s.note,
    })),
    files: parts.files.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })),
    abilities: parts.abilities,
    allowedActions: parts.allowedActions,
  };
}
