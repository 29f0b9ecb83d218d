import { missingFromChecklist } from '@core/dossier';
import type { IntakeProcedure } from '@contracts/dossier-catalogue';

/** The lines of form 02 as the dialog edits them. */
export type GuidanceValues = {
  missing?: Array<{ documentId?: string; name?: string }>;
  wrong?: Array<{ name?: string; note?: string }>;
};

/** Form 02's missing lines pre-filled from the checklist: every required document not ticked as received. */
export function prefilledMissing(procedure: IntakeProcedure | null, ticked: readonly string[]): GuidanceValues['missing'] {
  if (!procedure) return [];
  const checklist = procedure.documents.map((d) => ({ id: d.id, name: d.name, required: d.isRequired }));
  return missingFromChecklist(checklist, ticked).map((m) => ({ documentId: m.documentId ?? undefined, name: m.name }));
}

/** The request's lines: blank ones left out, text trimmed. */
export function toGuidanceLines(v: GuidanceValues) {
  const missing = (v.missing ?? [])
    .filter((m) => m.name?.trim())
    .map((m) => ({ ...(m.documentId ? { documentId: m.documentId } : {}), name: (m.name ?? '').trim() }));
  const wrong = (v.wrong ?? [])
    .filter((w) => w.name?.trim())
    .map((w) => ({ name: (w.name ?? '').trim(), ...(w.note?.trim() ? { note: w.note.trim() } : {}) }));
  return { missing, wrong };
}
