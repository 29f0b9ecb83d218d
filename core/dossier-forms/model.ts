import type { Timeliness } from '../calendar/legal-clock';
import type { HandedOver } from './documents';
import type { DossierStatusName } from './labels';

/** Printable one-stop forms (wording of TT 01/2018/TT-VPCP, numbering of TT 03/2025/TT-VPCP Annex I; docs/DOMAIN.md §5.1). */
export const DOSSIER_FORMS = ['01', '02', '03', '04', '05', '06'] as const;
/** A per-dossier form: 01 receipt … 06 control slip (07, the register, covers many dossiers). */
export type DossierFormCode = (typeof DOSSIER_FORMS)[number];

/** A piece of text with optional emphasis. */
export type Rich = { text: string; bold?: boolean; italics?: boolean };

/** A content block of a printable document, independent of the PDF library. */
export type FormBlock =
  | { kind: 'paragraph'; parts: Rich[]; align?: 'left' | 'center' | 'justify'; indent?: boolean }
  | { kind: 'fields'; rows: Array<[label: string, value: string]> }
  | { kind: 'list'; items: string[] }
  | {
      kind: 'table';
      headers: string[];
      widths: Array<number | '*' | 'auto'>;
      rows: string[][];
      fontSize?: number;
      align?: Array<'left' | 'center' | 'right'>;
    };

/** A signature column: role in capitals, hint in italics, and the printed name when known. */
export type SignatureBlock = { title: string; hint: string; name: string | null };

/** A document ready to render: the administrative heading, title, body, signatures and QR target. */
export type FormDocument = {
  form: DossierFormCode | '07';
  /** The form's number and source under the dossier's rule set ("Mẫu số 04 — Thông tư 03/2025/TT-VPCP…"); null: none. */
  formRef: string | null;
  orientation: 'portrait' | 'landscape';
  /** Issuing body: its parent (cơ quan chủ quản) above, itself below in bold. */
  issuer: { parentName: string | null; name: string };
  /** The "Số: …" line under the issuer. */
  number: string;
  placeDate: string;
  title: string;
  subtitle: string | null;
  blocks: FormBlock[];
  signatures: SignatureBlock[];
  /** Public page the QR code opens; null for internal documents. */
  qrUrl: string | null;
  fileName: string;
};

/** A unit as printed on forms. */
export type FormUnit = { name: string; parentName: string | null; address: string | null };

/** A dossier event as forms need it. */
export type FormEvent = {
  type: string;
  fromStatus: string | null;
  toStatus: string;
  at: Date;
  note: string | null;
  data: unknown;
  actorName: string | null;
  unitName: string | null;
};

/** A hand-over step (row of the control slip). */
export type FormStep = {
  position: number;
  name: string;
  unitName: string;
  handlerName: string | null;
  startedAt: Date | null;
  dueAt: Date | null;
  finishedAt: Date | null;
  timeliness: Timeliness | null;
  note: string | null;
};

/** Everything the per-dossier forms print, as plain data loaded by the server. */
export type FormDossier = {
  code: string;
  /** The public lookup key (core/dossier/lookup-key.ts): the QR and the "Tra cứu hồ sơ" line open `/tra-cuu/<key>`. */
  lookupKey: string;
  status: DossierStatusName;
  channel: 'in_person' | 'online' | 'postal';
  procedure: {
    name: string;
    nationalCode: string;
    durationValue: number;
    durationUnit: 'working_day' | 'working_hour' | 'calendar_day' | 'same_day';
    /** same_day procedures: the cutoff 'HH:MM' (docs/DOMAIN.md §3.9); null or absent otherwise. */
    cutoff?: string | null;
    feeText: string | null;
    feeAmount: number | null;
  };
  applicant: {
    type: 'citizen' | 'organisation';
    name: string;
    idNumber: string | null;
    phone: string | null;
    email: string | null;
    address: string | null;
  };
  subject: string | null;
  receivingUnit: FormUnit;
  handlingUnit: FormUnit;
  submittedAt: Date;
  receivedAt: Date | null;
  dueAt: Date | null;
  originalDueAt: Date | null;
  extendedDueAt: Date | null;
  finishedAt: Date | null;
  returnedAt: Date | null;
  returnPlace: string | null;
  /** What was handed over (core/dossier-forms/documents.ts `handedOverDocuments`), printed on forms 01 and 06. */
  documents: HandedOver;
  events: FormEvent[];
  steps: FormStep[];
  /** The one-stop unit's hand-over to the handling agency (docs/DOMAIN.md §10.6), computed by the server; absent: none. */
  handOver?: FormHandOver | null;
};

/** The hand-over row of the control slip: deadline, when it was done and whether on time. */
export type FormHandOver = { dueAt: Date; handedAt: Date | null; result: 'on_time' | 'late' | null; overdue: boolean };

/** Where and when a form is issued, and the public base URL for the QR code. */
export type FormContext = { now: Date; place: string; publicBaseUrl: string };

/** The public lookup page of a dossier (the QR target): `<base>/tra-cuu/<lookup key>`, never the guessable code. */
export function lookupUrl(publicBaseUrl: string, key: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/tra-cuu/${encodeURIComponent(key)}`;
}
