import { STATUS_LABELS, maskName, type DossierStatusName } from '@core/dossier-forms';
import type { LookupDossierResponse, LookupTimelineItem } from '@contracts/lookup';
import { notFound } from '../../plugins/app-error';
import type { Deps } from '../../plugins/context';
import { findPublicDossier, publicEvents } from './lookup.repo';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const label = (s: string) => STATUS_LABELS[s as DossierStatusName] ?? { vi: s, en: s };
const EXTENSION = { vi: 'Xin lỗi và hẹn lại ngày trả kết quả', en: 'Apology and new appointment date' };

/** The public view of a dossier by code; unknown codes are 404. */
export async function lookupDossier(deps: Deps, code: string): Promise<LookupDossierResponse> {
  const d = await findPublicDossier(deps.db, code);
  if (!d) throw notFound('Hồ sơ');
  const events = await publicEvents(deps.db, d.id);
  const timeline: LookupTimelineItem[] = [];
  for (const e of events) {
    const extension = /apolog|extension|extend/i.test(e.type);
    // A status change shows once; a non-changing event is shown only when it is an extension (new appointment).
    if (!extension && e.fromStatus === e.toStatus) continue;
    timeline.push({
      at: e.at.toISOString(),
      kind: extension ? 'extension' : 'status',
      status: e.toStatus,
      statusLabel: extension ? EXTENSION : label(e.toStatus),
      unitName: e.unitName,
    });
  }
  return {
    code: d.code,
    procedureName: d.procedureName,
    status: d.status,
    statusLabel: label(d.status),
    submittedAt: d.submittedAt.toISOString(),
    receivedAt: iso(d.receivedAt),
    dueAt: iso(d.dueAt),
    extendedDueAt: iso(d.extendedDueAt),
    originalDueAt: iso(d.originalDueAt),
    finishedAt: iso(d.finishedAt),
    returnedAt: iso(d.returnedAt),
    timeliness: d.timeliness,
    returnPlace: { unitName: d.receivingUnitName, address: d.receivingUnitAddress, note: d.returnPlace },
    handlingUnitName: d.handlingUnitName,
    applicantNameMasked: maskName(d.applicantName),
    timeline,
  };
}
