import type { CounterOutcomeForm } from '@core/dossier-forms';
import { formatMoment } from '@core/calendar';
import type { CounterOutcome } from '@contracts/counter-outcomes';
import type { OutcomeRow } from './counter-outcomes.repo';

// Pure mapping of counter log rows to the contract and to the printed form.

const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : typeof v === 'string' ? (JSON.parse(v) as T[]) : []);

/** A log row as the API answers it. */
export function toOutcome(r: OutcomeRow): CounterOutcome {
  return {
    id: r.id,
    number: Number(r.no),
    kind: r.kind,
    at: formatMoment(r.at.getTime()),
    unit: { id: r.unitId, name: r.unitName },
    procedure: r.procedureId && r.procedureName ? { id: r.procedureId, name: r.procedureName } : null,
    dossier: r.dossierId && r.dossierCode ? { id: r.dossierId, code: r.dossierCode } : null,
    channel: r.channel,
    applicant: {
      type: r.applicantType,
      name: r.applicantName,
      idNumber: r.applicantIdNumber,
      phone: r.applicantPhone,
      address: r.applicantAddress,
    },
    missing: list<{ documentId: string | null; name: string }>(r.missing),
    wrong: list<{ name: string; note: string | null }>(r.wrong),
    reason: r.reason,
    officer: { id: r.officerId, name: r.officerName },
    pdfPath: `/api/counter-outcomes/${r.id}/pdf`,
  };
}

/** A log row as its form 02 or 03 prints it. */
export function toForm(r: OutcomeRow): CounterOutcomeForm {
  const o = toOutcome(r);
  return {
    kind: o.kind,
    number: o.number,
    at: r.at,
    unit: { name: r.unitName, parentName: r.unitParentName, address: r.unitAddress },
    procedureName: r.procedureName,
    applicant: o.applicant,
    missing: o.missing,
    wrong: o.wrong,
    reason: o.reason,
    officerName: r.officerName,
  };
}
