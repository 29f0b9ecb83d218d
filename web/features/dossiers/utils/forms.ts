import { isFormAvailable } from '@core/dossier-forms/events';
import { DOSSIER_FORMS, type DossierFormCode } from '@core/dossier-forms/model';
import { dossierFormUrl, type DossierRegisterQuery } from '@contracts/dossier-forms';
import type { DossierDetail } from '@contracts/dossiers';

/** Forms 01–06 the server issues for this dossier (same rule as GET /api/dossiers/:id/forms/:form.pdf, else 404). */
export function availableForms(d: Pick<DossierDetail, 'events' | 'receivedAt'>): DossierFormCode[] {
  const receivedAt = d.receivedAt ? new Date(d.receivedAt) : null;
  const events = d.events.map((e) => ({
    type: e.type,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    at: new Date(e.at),
    note: e.note,
    data: e.data,
    actorName: e.actor?.fullName ?? null,
    unitName: e.unit?.name ?? null,
  }));
  // The server issues the control slip (06) at any time; before receipt it has no step, so it is offered once received.
  return DOSSIER_FORMS.filter((f) => isFormAvailable(f, events, receivedAt) && (f !== '06' || receivedAt !== null));
}

/** The PDF link of one form of a dossier (opened like the receipt: a same-origin link carrying the session cookie). */
export const formPdfUrl = (id: string, form: DossierFormCode) => dossierFormUrl(id, form);

/** The URL of the dossier register (Mẫu 07) for a unit subtree and period. */
export function registerUrl(kind: 'pdf' | 'xlsx', q: DossierRegisterQuery): string {
  const qs = new URLSearchParams({ unitId: q.unitId, from: q.from, to: q.to });
  return `/api/dossier-register.${kind}?${qs.toString()}`;
}
