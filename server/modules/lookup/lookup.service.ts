import { normalizeLookupKey } from '@core/dossier';
import { STATUS_LABELS, maskIdNumber, maskName, supplementItems, type DossierStatusName } from '@core/dossier-forms';
import type { LookupDossierResponse, LookupTimelineItem } from '@contracts/lookup';
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

// What to bring: the items of the open supplement request, as form 02 prints them for the applicant (core/dossier-forms
// supplementItems); no other text typed by staff (intake notes, return-place notes, comments, reasons) leaves the server.
function supplementOf(s: PublicDossierRow['supplement']): LookupDossierResponse['supplement'] {
  if (!s) return null;
  const items = supplementItems({
    type: 'request_supplement',
    fromStatus: null,
    toStatus: 'supplement_requested',
    at: new Date(0),
    actorName: null,
    unitName: null,
    note: s.note,
    data: s.data,
  });
  return { items };
}

/** The public view of a dossier by its lookup key; anything else (a dossier code, a wrong key) is 404 and says no more. */
export async function lookupDossier(deps: Deps, key: string): Promise<LookupDossierResponse> {
  const normalized = normalizeLookupKey(key);
  const d = normalized ? await findPublicDossier(deps.db, normalized) : null;
  if (!d) throw notFound('Hồ sơ');
  return {
    code: d.code,
    procedureName: d.procedureName,
    status: d.status,
    statusLabel: label(d.status),
    submittedAt: d.submittedAt,
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    extendedDueAt: d.extendedDueAt,
    originalDueAt: d.originalDueAt,
    finishedAt: d.finishedAt,
    returnedAt: d.returnedAt,
    timeliness: d.timeliness,
    returnPlace: { unitName: d.receivingUnitName, address: d.receivingUnitAddress },
    handlingUnitName: d.handlingUnitName,
    applicantNameMasked: maskName(d.applicantName),
    applicantIdMasked: d.applicantIdNumber ? maskIdNumber(d.applicantIdNumber) : null,
    supplement: supplementOf(d.supplement),
    timeline: timelineOf(d.events),
  };
}
