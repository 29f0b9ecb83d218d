import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { DB } from '@db/types';
import { preparedQuery, type Executor } from '../../infra/database';
import type { AuditValues } from '../audit/audit.service';
import type {
  Dossier,
  DossierEventsTable,
  DossierFilesTable,
  DossierStepsTable,
  DossiersTable,
  IdempotencyKeysTable,
  Procedure,
  ProcedureDocumentsTable,
} from '@db/types-one-stop';

// Intake is the busiest write of the one-stop shop, so it reads what it needs in one statement (remembered per process,
// dossiers.context.ts), takes its number in one statement and writes the dossier in one statement (writeNewDossier),
// each a prepared statement with the same SQL on PGlite and PostgreSQL. Accepting an online dossier reads the same context.

/** A procedure with its documents and its route as catalogued (each step with the kind of its unit). */
export type LoadedProcedure = {
  procedure: Procedure;
  documents: Array<Selectable<ProcedureDocumentsTable>>;
  steps: Array<{ position: number; unitId: string; name: string; timeShare: number; unitKind: string }>;
};

/** A unit met while loading the intake context. */
export type ContextUnit = { id: string; parentId: string | null; kind: string; name: string };

/** What an intake needs before writing: the receiving unit, the procedure, the units involved, the calendar version. */
export type IntakeContext = {
  unit: { id: string; code: string; name: string; validTo: string | null };
  /** The procedure with its documents and route (undefined: no such procedure). */
  loaded: LoadedProcedure | undefined;
  /** The receiving unit, the procedure's handling and route units, and all their ancestors. */
  units: ReadonlyMap<string, ContextUnit>;
  /** The versions of the catalogue (units, procedures) and of the calendar this context was read at. */
  catalogVersion: number;
  calendarVersion: number;
};

type ContextRow = {
  ctxUnitCode: string;
  ctxUnitName: string;
  ctxUnitValidTo: string | null;
  ctxProcedure: (Omit<Procedure, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string }) | null;
  ctxDocuments: LoadedProcedure['documents'];
  ctxSteps: LoadedProcedure['steps'];
  ctxUnits: ContextUnit[] | null;
  ctxCatalogVersion: string | null;
  ctxCalendarVersion: number | null;
};

// Few columns, most of them JSON: the app parses one JSON text faster than many typed columns. $1 unit, $2 procedure.
const contextQuery = preparedQuery<ContextRow>(`
  WITH RECURSIVE
    roots(id) AS (
      SELECT $1::uuid
      UNION SELECT handling_unit_id FROM procedures WHERE id = $2::uuid
      UNION SELECT unit_id FROM procedure_steps WHERE procedure_id = $2::uuid),
    tree AS (
      SELECT u.id, u.parent_id, u.kind, u.name FROM roots r JOIN units u ON u.id = r.id
      UNION
      SELECT u.id, u.parent_id, u.kind, u.name FROM tree t JOIN units u ON u.id = t.parent_id)
  SELECT ru.code AS ctx_unit_code, ru.name AS ctx_unit_name, ru.valid_to AS ctx_unit_valid_to,
    (SELECT to_json(p) FROM procedures p WHERE p.id = $2::uuid) AS ctx_procedure,
    (SELECT coalesce(json_agg(d ORDER BY d.position), '[]') FROM procedure_documents d WHERE d.procedure_id = $2::uuid) AS ctx_documents,
    (SELECT coalesce(json_agg(json_build_object('position', s.position, 'unit_id', s.unit_id, 'name', s.name, 'time_share', s.time_share, 'unit_kind', u.kind) ORDER BY s.position), '[]')
      FROM procedure_steps s JOIN units u ON u.id = s.unit_id WHERE s.procedure_id = $2::uuid) AS ctx_steps,
    (SELECT json_agg(tree) FROM tree) AS ctx_units,
    (SELECT version FROM catalog_state) AS ctx_catalog_version,
    (SELECT version FROM calendar_state LIMIT 1) AS ctx_calendar_version
  FROM units ru
  WHERE ru.id = $1::uuid`);

/** Loads the intake context in one round trip (undefined: no such receiving unit). */
export async function loadIntakeContext(db: Kysely<DB>, unitId: string, procedureId: string): Promise<IntakeContext | undefined> {
  const row = (await contextQuery(db, [unitId, procedureId]))[0];
  if (!row) return undefined;
  const p = row.ctxProcedure;
  return {
    unit: { id: unitId, code: row.ctxUnitCode, name: row.ctxUnitName, validTo: row.ctxUnitValidTo },
    loaded: p
      ? {
          procedure: { ...p, createdAt: new Date(p.createdAt), updatedAt: new Date(p.updatedAt) },
          documents: row.ctxDocuments,
          steps: row.ctxSteps,
        }
      : undefined,
    units: new Map((row.ctxUnits ?? []).map((u) => [u.id, u])),
    catalogVersion: Number(row.ctxCatalogVersion ?? 0),
    calendarVersion: Number(row.ctxCalendarVersion ?? 0),
  };
}

/** A unit named in an intake request, with its ancestors (itself first) and whether it is in effect on the day. */
export type NamedUnitChain = Array<ContextUnit & { current: boolean }>;

/** Loads a unit named in the request and its ancestors, itself first (empty: no such unit). */
export async function loadUnitChain(db: Executor, unitId: string, day: string): Promise<NamedUnitChain> {
  const rows = await sql<ContextUnit & { current: boolean; depth: number }>`
    WITH RECURSIVE a(id, parent_id, kind, name, valid_from, valid_to, depth) AS (
      SELECT id, parent_id, kind, name, valid_from, valid_to, 0 FROM units WHERE id = ${unitId}::uuid
      UNION ALL
      SELECT u.id, u.parent_id, u.kind, u.name, u.valid_from, u.valid_to, a.depth + 1 FROM units u JOIN a ON u.id = a.parent_id WHERE a.depth < 50)
    SELECT id, parent_id, kind, name, depth,
      (valid_from <= ${day}::date AND (valid_to IS NULL OR valid_to >= ${day}::date)) AS current
    FROM a ORDER BY depth`.execute(db);
  return rows.rows.map(({ depth: _d, ...u }) => u);
}

// Codes stay unique under concurrency: the UPSERT takes the row lock, so intakes at one unit and day queue, but only for
// this short statement, run on its own before the dossier is written (a failed write leaves a gap in the numbers).
// synchronous_commit off is safe here: the dossier's later synchronous commit flushes the WAL up to and including this
// increment. The versions ride along so that intake can check its remembered context without another round trip.
const takeSequence = preparedQuery<{ lastValue: number; catalogVersion: string; calendarVersion: string }>(`
  INSERT INTO dossier_code_sequences (unit_id, day, last_value)
  SELECT $1::uuid, $2::date, 1 FROM (SELECT set_config('synchronous_commit', 'off', true)) AS async_commit
  ON CONFLICT (unit_id, day) DO UPDATE SET last_value = dossier_code_sequences.last_value + 1
  RETURNING last_value, (SELECT version FROM catalog_state) AS catalog_version, (SELECT version FROM calendar_state LIMIT 1) AS calendar_version`);

/** A dossier number, and the catalogue and calendar versions in effect when it was taken. */
export type TakenNumber = { value: number; catalogVersion: number; calendarVersion: number };

/** Takes the next dossier number of a unit for a day in its own short transaction (never inside another one). */
export async function nextSequence(db: Kysely<DB>, unitId: string, day: string): Promise<TakenNumber> {
  if (db.isTransaction) throw new Error('nextSequence must run outside a transaction (it turns off synchronous commit for its own)');
  const row = (await takeSequence(db, [unitId, day]))[0];
  if (row === undefined) throw new Error('sequence upsert returned nothing');
  return { value: Number(row.lastValue), catalogVersion: Number(row.catalogVersion), calendarVersion: Number(row.calendarVersion) };
}

/** The columns intake sets on a new dossier (the others keep their defaults). */
export type DossierValues = Required<
  Omit<
    Insertable<DossiersTable>,
    | 'extendedDueAt'
    | 'finishedAt'
    | 'returnedAt'
    | 'timeliness'
    | 'resultKind'
    | 'supplementCount'
    | 'completionRequestedAt'
    | 'version'
    | 'createdAt'
    | 'updatedAt'
  >
>;
/** The columns of the first event. */
export type EventValues = Required<Omit<Insertable<DossierEventsTable>, 'id'>>;
/** The columns of a control-slip row at receipt. */
export type StepValues = Required<Omit<Insertable<DossierStepsTable>, 'finishedAt' | 'timeliness' | 'note'>>;
/** The columns of a submitted file. */
export type FileValues = Required<Omit<Insertable<DossierFilesTable>, 'id' | 'formCode' | 'createdAt'>>;

/** The Idempotency-Key row of a new dossier (dossiers.idempotency.ts). */
export type KeyValues = Required<Insertable<IdempotencyKeysTable>>;

/** The rows of a new dossier, each carrying the dossier's id; `key` when the request carried an Idempotency-Key. */
export type NewDossierRows = {
  dossier: DossierValues;
  event: EventValues;
  steps: StepValues[];
  files: FileValues[];
  audit: AuditValues;
  key?: KeyValues | null;
};

/** What the database stored: the dossier row and its first event. */
export type WrittenDossier = { dossier: Dossier; eventId: number; eventType: string; eventAt: Date; eventData: unknown };

const snakeCase = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

// Every key of the row type must be listed (the Record type checks it), so a new column cannot be forgotten here.
/** The columns of one table as written by intake: the SQL column list, and each row's values in that order. */
function columns<R extends object>(keys: Record<keyof R & string, true>) {
  const names = Object.keys(keys) as Array<keyof R & string>;
  return {
    count: names.length,
    list: `(${names.map(snakeCase).join(', ')})`,
    values: (rows: readonly R[]) => rows.flatMap((r) => names.map((k) => r[k])),
  };
}

const DOSSIER = columns<DossierValues>({
  id: true,
  code: true,
  nationalCode: true,
  lookupKey: true,
  procedureId: true,
  receivingUnitId: true,
  handlingUnitId: true,
  currentUnitId: true,
  currentHandlerId: true,
  channel: true,
  status: true,
  applicantType: true,
  applicantName: true,
  applicantIdNumber: true,
  applicantPhone: true,
  applicantEmail: true,
  applicantAddress: true,
  subject: true,
  submittedAt: true,
  receivedAt: true,
  dueAt: true,
  originalDueAt: true,
  clock: true,
  returnPlace: true,
  publicTokenHash: true,
});
const EVENT = columns<EventValues>({
  dossierId: true,
  type: true,
  fromStatus: true,
  toStatus: true,
  at: true,
  actorId: true,
  unitId: true,
  note: true,
  data: true,
});
const STEP = columns<StepValues>({
  id: true,
  dossierId: true,
  position: true,
  unitId: true,
  name: true,
  dueAt: true,
  startedAt: true,
  handlerId: true,
});
const FILE = columns<FileValues>({
  dossierId: true,
  kind: true,
  procedureDocumentId: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  content: true,
  uploadedBy: true,
});
const AUDIT = columns<AuditValues>({
  actorId: true,
  actorUsername: true,
  action: true,
  entityType: true,
  entityId: true,
  unitId: true,
  before: true,
  after: true,
  requestId: true,
  entityLabel: true,
});

const KEY = columns<KeyValues>({
  scope: true,
  key: true,
  requestHash: true,
  dossierId: true,
  createdAt: true,
  expiresAt: true,
  completionToken: true,
});

type Stored = Pick<Dossier, 'clock' | 'version' | 'supplementCount' | 'createdAt' | 'updatedAt'> & { eventId: number; eventData: unknown };

// One statement is one transaction: the dossier, its first event, steps, files and audit row commit or fail together,
// in one round trip. Foreign keys to the new dossier are checked at the end of the statement, when it exists.
// Only what the database decides comes back (defaults, the event id, JSON as jsonb stores it); the rest is what was sent.
// With an Idempotency-Key its row is written in the same statement: a retry that raced this one fails on the key's
// primary key (waiting for this statement's commit first), and is answered with this dossier (dossiers.idempotency.ts).
/** The write statement for a number of steps and files (parameters: dossier, audit, steps, files, event, key). */
function writeStatement(steps: number, files: number, keyed: boolean) {
  let n = 0;
  const rows = (c: { count: number; list: string }, count: number) =>
    `${c.list} VALUES ${Array.from({ length: count }, () => `(${Array.from({ length: c.count }, () => `$${++n}`).join(', ')})`).join(', ')}`;
  return preparedQuery<Stored>(`
    WITH d AS (INSERT INTO dossiers ${rows(DOSSIER, 1)} RETURNING clock, version, supplement_count, created_at, updated_at),
      a AS (INSERT INTO audit_log ${rows(AUDIT, 1)}),
      ${steps ? `s AS (INSERT INTO dossier_steps ${rows(STEP, steps)}),` : ''}
      ${files ? `f AS (INSERT INTO dossier_files ${rows(FILE, files)}),` : ''}
      e AS (INSERT INTO dossier_events ${rows(EVENT, 1)} RETURNING id, data)
      ${keyed ? `, k AS (INSERT INTO idempotency_keys ${rows(KEY, 1)})` : ''}
    SELECT d.*, e.id AS event_id, e.data AS event_data FROM d, e`);
}

const writeStatements = new Map<string, ReturnType<typeof writeStatement>>();

const moment = (v: Date | string | null): Date | null => (v === null ? null : new Date(v));

/** Writes a new dossier with its first event, steps, files and audit row in a single statement. */
export async function writeNewDossier(db: Kysely<DB>, w: NewDossierRows): Promise<WrittenDossier> {
  const shape = `${w.steps.length}/${w.files.length}/${w.key ? 'k' : ''}`;
  let statement = writeStatements.get(shape);
  if (!statement) writeStatements.set(shape, (statement = writeStatement(w.steps.length, w.files.length, !!w.key)));
  const values = [
    ...DOSSIER.values([w.dossier]),
    ...AUDIT.values([w.audit]),
    ...STEP.values(w.steps),
    ...FILE.values(w.files),
    ...EVENT.values([w.event]),
    ...(w.key ? KEY.values([w.key]) : []),
  ];
  const row = (await statement(db, values))[0];
  if (!row) throw new Error('the dossier insert returned nothing');
  const { eventId, eventData, ...stored } = row;
  const v = w.dossier;
  const dossier: Dossier = {
    ...v,
    submittedAt: new Date(v.submittedAt),
    receivedAt: moment(v.receivedAt),
    dueAt: moment(v.dueAt),
    originalDueAt: moment(v.originalDueAt),
    extendedDueAt: null,
    finishedAt: null,
    returnedAt: null,
    completionRequestedAt: null,
    timeliness: null,
    resultKind: null,
    ...stored,
  };
  return { dossier, eventId: Number(eventId), eventType: w.event.type, eventAt: new Date(w.event.at), eventData };
}
