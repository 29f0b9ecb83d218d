import { STATUS_LABELS, maskName, type DossierStatusName } from '@core/dossier-forms';
import type { LookupDossierResponse, LookupTimelineItem } from '@contracts/lookup';
import { notFound, type Deps } from '../../http';
import { findPublicDossier } from './lookup.repo';

const label = (s: string) => STATUS_LABELS[s as DossierStatusName] ?? { vi: s, en: s };
const EXTENSION = { vi: 'Xin lỗi và hẹn lại ngày trả kết quả', en: 'Apology and new appointment date' };
const EXTENSION_TYPE = /apolog|extension|extend/i;

/** The public view of a dossier by code; unknown codes are 404. */
export async function lookupDossier(deps: Deps, code: string): Promise<LookupDossierResponse> {
  // Codes are printed in capitals; a citizen typing them in lower case still finds the dossier.
  const d =
    (await findPublicDossier(deps.db, code)) ?? (code !== code.toUpperCase() ? await findPublicDossier(deps.db, code.toUpperCase()) : null);
  if (!d) throw notFound('Hồ sơ');
  const timeline: LookupTimelineItem[] = [];
  for (const [type, fromStatus, toStatus, at, unitName] of d.events) {
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
    returnPlace: { unitName: d.receivingUnitName, address: d.receivingUnitAddress, note: d.returnPlace },
    handlingUnitName: d.handlingUnitName,
    applicantNameMasked: maskName(d.applicantName),
    timeline,
  };
}
