import type { CreateDossierRequest } from '@contracts/dossiers';

/** The fields of the counter intake form. */
export type IntakeValues = {
  receivingUnitId?: string;
  procedureId?: string;
  handlingCommuneId?: string;
  channel: 'in_person' | 'postal';
  applicantType: 'citizen' | 'organisation';
  name: string;
  idNumber?: string;
  phone?: string;
  email?: string;
  address?: string;
  subject?: string;
  nationalCode?: string;
  note?: string;
};

/** A new form: received in person, from a citizen. */
export const INTAKE_INITIAL: Partial<IntakeValues> = { channel: 'in_person', applicantType: 'citizen' };

const blank = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);

/**
 * The intake request from the form: text trimmed, blank fields left out, the handling commune only when the page asks
 * for one (a commune-level procedure received outside any commune), the documents ticked on the checklist.
 */
export function toIntakeRequest(v: IntakeValues, procedureId: string, documentIds: string[], askCommune: boolean): CreateDossierRequest {
  return {
    procedureId,
    receivingUnitId: v.receivingUnitId,
    handlingCommuneId: askCommune ? v.handlingCommuneId : undefined,
    channel: v.channel,
    applicant: {
      type: v.applicantType,
      name: v.name.trim(),
      idNumber: blank(v.idNumber),
      phone: blank(v.phone),
      email: blank(v.email),
      address: blank(v.address),
    },
    subject: blank(v.subject),
    nationalCode: blank(v.nationalCode),
    note: blank(v.note),
    documentIds,
  };
}
