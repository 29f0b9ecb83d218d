import type { ColumnType, Generated, Selectable } from 'kysely';
import type { DossierStatus } from '@core/dossier';

// Kysely types of the one-stop tables (migration 2026112504). numeric columns are parsed to numbers (server/infra/database.ts).
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json = ColumnType<unknown, string | null | undefined, string | null>;

/** Procedure level: provincial or commune one-stop centre. */
export type ProcedureLevel = 'province' | 'commune';
/** How the legal duration is counted (same_day: within the day of receipt, by a cutoff; migration 2026120830). */
export type DurationUnit = 'working_day' | 'working_hour' | 'calendar_day' | 'same_day';
/** Online service level (một phần / toàn trình). */
export type OnlineLevel = 'none' | 'partial' | 'full';
/** Form a required document must take. */
export type DocumentForm = 'original' | 'copy' | 'certified_copy' | 'original_or_copy';
/** Channel a dossier came in by (DVCQG KenhThucHien 1/2/3). */
export type DossierChannel = 'in_person' | 'online' | 'postal';
/** Dossier status (the one list: core/dossier/statuses.ts). */
export type DossierStatusValue = DossierStatus;
/** Timeliness class of a finished dossier or step. */
export type TimelinessValue = 'early' | 'on_time' | 'late';

export type ProceduresTable = {
  id: Generated<string>;
  nationalCode: string;
  name: string;
  sector: string;
  level: ProcedureLevel;
  handlingUnitId: string;
  durationValue: number;
  durationUnit: DurationUnit;
  /** 'HH:MM' for same_day procedures, null otherwise (migration 2026120830). */
  sameDayCutoff: ColumnType<string | null, string | null | undefined, string | null>;
  feeText: string | null;
  feeAmount: number | null;
  onlineLevel: Generated<OnlineLevel>;
  isInterAgency: Generated<boolean>;
  /** Waiting for the applicant's financial obligations pauses the legal clock (migration 2026120811). */
  paymentPausesClock: Generated<boolean>;
  resultText: string | null;
  legalBasis: string | null;
  validFrom: string;
  validTo: string | null;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
};

export type ProcedureDocumentsTable = {
  id: Generated<string>;
  procedureId: string;
  position: number;
  name: string;
  form: DocumentForm;
  quantity: Generated<number>;
  isRequired: Generated<boolean>;
};

export type ProcedureStepsTable = {
  id: Generated<string>;
  procedureId: string;
  position: number;
  unitId: string;
  name: string;
  timeShare: number;
};

export type DossierCodeSequencesTable = {
  unitId: string;
  day: string;
  lastValue: number;
};

export type DossiersTable = {
  id: Generated<string>;
  code: string;
  nationalCode: string | null;
  /** The public lookup key (migration 2026120875: 60 random bits; the database draws one when none is given). */
  lookupKey: Generated<string>;
  procedureId: string;
  receivingUnitId: string;
  handlingUnitId: string;
  currentUnitId: string;
  currentHandlerId: string | null;
  channel: DossierChannel;
  status: DossierStatusValue;
  applicantType: Generated<'citizen' | 'organisation'>;
  applicantName: string;
  applicantIdNumber: string | null;
  applicantPhone: string | null;
  applicantEmail: string | null;
  applicantAddress: string | null;
  subject: string | null;
  submittedAt: Timestamp;
  receivedAt: NullableTimestamp;
  dueAt: NullableTimestamp;
  originalDueAt: NullableTimestamp;
  extendedDueAt: NullableTimestamp;
  finishedAt: NullableTimestamp;
  returnedAt: NullableTimestamp;
  timeliness: TimelinessValue | null;
  /** Which result a finished dossier has: granted, or a refusal after review (migration 2026120810); null until finished. */
  resultKind: 'granted' | 'refused' | null;
  supplementCount: Generated<number>;
  /** An online submission sent back for completion, waiting for the applicant (migration 2026120851); null otherwise. */
  completionRequestedAt: NullableTimestamp;
  /** SHA-256 (hex) of the secret the online submission page gave the applicant (migration 2026120851). */
  publicTokenHash: string | null;
  clock: Json;
  returnPlace: string | null;
  version: Generated<number>;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
  // search_text (migration 2026112614: code, national code, applicant, subject folded for search) is kept by a trigger
  // and read only by the inbox search in raw SQL; it is left out here so intake's full-row values stay complete.
  // result_electronic and scanned_at_reception (migration 2026120900) are kept by a trigger on dossier_files and read
  // only by the statistics in raw SQL; left out for the same reason.
};

export type DossierEventsTable = {
  id: Generated<number>;
  dossierId: string;
  type: string;
  fromStatus: DossierStatusValue | null;
  toStatus: DossierStatusValue;
  at: Timestamp;
  actorId: string | null;
  unitId: string | null;
  note: string | null;
  data: Json;
};

export type DossierStepsTable = {
  id: Generated<string>;
  dossierId: string;
  position: number;
  unitId: string;
  name: string;
  handlerId: string | null;
  startedAt: NullableTimestamp;
  dueAt: NullableTimestamp;
  finishedAt: NullableTimestamp;
  timeliness: TimelinessValue | null;
  note: string | null;
};

export type DossierFilesTable = {
  id: Generated<string>;
  dossierId: string;
  /** 'scan': a checklist document digitised by staff at the counter (migration 2026120920). */
  kind: 'submitted' | 'result' | 'form' | 'scan';
  formCode: string | null;
  procedureDocumentId: string | null;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  content: Buffer;
  uploadedBy: string | null;
  createdAt: CreatedAt;
};

/** Counts of one handling unit and procedure on one Vietnam day (period statistics, docs/DOMAIN.md §6). */
export type DossierDailyCountsTable = {
  unitId: string;
  procedureId: string;
  day: string;
  receivedOnline: number;
  receivedInPerson: number;
  receivedPostal: number;
  finishedEarly: number;
  finishedOnTime: number;
  finishedLate: number;
  ended: number;
};

/** The same counts per calendar month (month: its first day). */
export type DossierMonthlyCountsTable = Omit<DossierDailyCountsTable, 'day'> & { month: string };

/** Signed changes to the daily counts, appended by a trigger on dossiers and folded in the background. */
export type DossierCountDeltasTable = DossierDailyCountsTable & { id: Generated<string> };

/** The dossier an intake or online submission created under an Idempotency-Key (migration 2026120875_idempotency_keys). */
export type IdempotencyKeysTable = {
  scope: string;
  key: string;
  requestHash: string;
  dossierId: string;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  /** The online submission's completion secret, so that a retry gets the same answer (NULL for counter intakes). */
  completionToken: string | null;
};

/** The one-stop tables, merged into DB. */
export type OneStopTables = {
  procedures: ProceduresTable;
  procedureDocuments: ProcedureDocumentsTable;
  procedureSteps: ProcedureStepsTable;
  dossierCodeSequences: DossierCodeSequencesTable;
  dossiers: DossiersTable;
  dossierEvents: DossierEventsTable;
  dossierSteps: DossierStepsTable;
  dossierFiles: DossierFilesTable;
  dossierDailyCounts: DossierDailyCountsTable;
  dossierCountDeltas: DossierCountDeltasTable;
  dossierMonthlyCounts: DossierMonthlyCountsTable;
  idempotencyKeys: IdempotencyKeysTable;
};

export type Procedure = Selectable<ProceduresTable>;
export type Dossier = Selectable<DossiersTable>;
export type DossierEvent = Selectable<DossierEventsTable>;
