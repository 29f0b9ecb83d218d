import type { PublicSubmitRequest } from '@contracts/dossiers';
import type { PickedFile } from './files';

/** The fields of the online submission form. */
export type SubmissionValues = {
  procedureId?: string;
  receivingUnitId?: string;
  name: string;
  idNumber?: string;
  phone?: string;
  email?: string;
  address?: string;
  subject?: string;
  pledge?: boolean;
};

/** Text with its spaces trimmed, or undefined when blank. */
export const blank = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);

/** The online submission: a citizen's trimmed details (blank ones left out) and one file per procedure document. */
export function toSubmitRequest(
  v: SubmissionValues,
  procedureId: string,
  receivingUnitId: string,
  files: Record<string, PickedFile>,
): PublicSubmitRequest {
  return {
    procedureId,
    receivingUnitId,
    applicant: {
      type: 'citizen',
      name: v.name.trim(),
      idNumber: blank(v.idNumber),
      phone: blank(v.phone),
      email: blank(v.email),
      address: blank(v.address),
    },
    subject: blank(v.subject),
    files: Object.entries(files).map(([procedureDocumentId, f]) => ({
      procedureDocumentId,
      fileName: f.fileName,
      mimeType: f.mimeType,
      content: f.content,
    })),
  };
}
