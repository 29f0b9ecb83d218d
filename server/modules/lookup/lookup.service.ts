import { normalizeLookupKey } from '@core/dossier';
import {
  STATUS_LABELS,
  eventMoment,
  eventReason,
  maskIdNumber,
  maskName,
  supplementItems,
  type DossierStatusName,
  type FormEvent,
} from '@core/dossier-forms';
import type { LookupApology, LookupDossierResponse, LookupTimelineItem } from '@contracts/lookup';
import { notFound, type Deps } from '../../http';
import { findPublicDossier, type PublicDossierRow } from './lookup.repo';

const label = (s: string) => STATUS_LABELS[s as DossierStatusName] ?? { vi: s, en: s };
const EXTENSION = { vi: 'Xin lỗi và hẹn lại ngày trả kết quả', en: 'Apology and new appointment date' };
const EXTENSION_TYPE = /apolog|extension|extend/i;

function timelineOf(events: PublicDossierRow['events']): LookupTimelineItem[] {
  const timeline: LookupTimelineItem[] = [];
  for (const [type, fromStatus, toStatus, at, unitName] of events) {
    const extension = EXTENSION_TYPE.test(type);
    // A status change shows once; a non-changing event is shown only when it is an extension (new appointment).
    if (!extension && fromStatus === toStatus) continue;
    timeline.push({
      at,
      kind: extension ? 'extension' : 'status',
      status: toStatus,
      statusLabel: extension ? EXTENSION : label(toStatus),
      unitName,
    });
  }
  return timeline;
}

const asEvent = (type: string, e: { note: string | null; data: unknown }): FormEvent => ({
  type,
  fromStatus: null,
  toStatus: 'processing',
  at: new Date(0),
  actorName: null,
  unitName: null,
  note: e.note,
  data: e.data,
});

const isoOf = (v: string | null | undefined): string | null => {
  const t = v ? new Date(v).getTime() : Number.NaN;
  return Number.isNaN(t) ? null : new Date(t).toISOString();
};

// What to bring and where: the items of the open supplement request, as form 02 prints them for the applicant (core/dossier-forms
// supplementItems), to the one-stop point that received the dossier; no other text typed by staff (intake notes,
// return-place notes, comments, step notes) leaves the server.
function supplementOf(d: PublicDossierRow): LookupDossierResponse['supplement'] {
  const s = d.supplement;
  if (!s) return null;
  return {
    items: supplementItems(asEvent('request_supplement', s)),
    requestedAt: isoOf(s.at),
    requestedBy: s.unitName ?? null,
    bringTo: { unitName: d.receivingUnitName, address: d.receivingUnitAddress },
  };
}

// docs/DOMAIN.md §3.2, §10.5: a supplement request (or, for some procedures, waiting for fees) pauses the legal clock;
// the appointment is computed again when it resumes, so the page says "paused since" instead of the old date.
function clockPauseOf(d: PublicDossierRow): LookupDossierResponse['clockPause'] {
  const since = isoOf(d.pause?.from);
  if (since) return { kind: d.pause?.kind === 'payment' ? 'payment' : 'supplement', since };
  // A dossier written without a stored clock (imported, older rows) still waits with its clock paused from the request.
  const requested = isoOf(d.supplement?.at);
  return d.status === 'supplement_requested' && requested ? { kind: 'supplement', since: requested } : null;
}

// The apology letter (form 04) is addressed to the applicant: its new date and its reason are theirs to see (docs/SECURITY.md
// §8); the dates are read as form 04 reads them (core/dossier-forms forms.ts apologyForm).
function apologyOf(d: PublicDossierRow): LookupApology | null {
  if (!d.apology) return null;
  const e = asEvent('issue_apology', d.apology);
  const at = isoOf(d.apology.at);
  if (!at) return null;
  return {
    at,
    previousDueAt: eventMoment(e, ['previousDueAt', 'originalDueAt', 'oldDueAt'])?.toISOString() ?? d.originalDueAt,
    newDueAt: eventMoment(e, ['newDueAt', 'extendedDueAt', 'dueAt'])?.toISOString() ?? d.extendedDueAt,
    reason: eventReason(e) || null,
  };
}

/** The public view of a dossier by its lookup key; anything else (a dossier code, a wrong key) is 404 and says no more. */
export async function lookupDossier(deps: Deps, key: string): Promise<LookupDossierResponse> {
  const normalized = normalizeLookupKey(key);
  const d = normalized ? await findPublicDossier(deps.db, normalized) : null;
  if (!d) throw notFound('Hồ sơ');
  const clockPause = clockPauseOf(d);
  return {
    code: d.code,
    procedureName: d.procedureName,
    status: d.status,
    statusLabel: label(d.status),
    submittedAt: d.submittedAt,
    receivedAt: d.receivedAt,
    dueAt: clockPause ? null : d.dueAt,
    extendedDueAt: d.extendedDueAt,
    originalDueAt: d.originalDueAt,
    finishedAt: d.finishedAt,
    returnedAt: d.returnedAt,
    timeliness: d.timeliness,
    returnPlace: { unitName: d.receivingUnitName, address: d.receivingUnitAddress },
    handlingUnitName: d.handlingUnitName,
    applicantNameMasked: maskName(d.applicantName),
    applicantIdMasked: d.applicantIdNumber ? maskIdNumber(d.applicantIdNumber) : null,
    supplement: supplementOf(d),
    clockPause,
    apology: apologyOf(d),
    timeline: timelineOf(d.events),
  };
}
