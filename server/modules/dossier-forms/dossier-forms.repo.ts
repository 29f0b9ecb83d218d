import { sql } from 'kysely';
import { handedOverDocuments, type DocumentLine, type FormDossier, type FormUnit, type RegisterEntry } from '@core/dossier-forms';
import type { Executor } from '../../infra/database';

// Read-only access to the one-stop tables (written by the dossiers module).

/** A unit with its parent's name, as printed in a form heading. */
export async function loadFormUnit(db: Executor, unitId: string): Promise<FormUnit | null> {
  const row = await db
    .selectFrom('units as u')
    .leftJoin('units as p', 'p.id', 'u.parentId')
    .select(['u.name', 'u.address', 'p.name as parentName'])
    .where('u.id', '=', unitId)
    .executeTakeFirst();
  return row ? { name: row.name, address: row.address, parentName: row.parentName } : null;
}

// The procedure's columns a form prints (the same-day cutoff for form 01, docs/DOMAIN.md §3.9).
const PROCEDURE_COLUMNS = [
  'p.name as procedureName',
  'p.nationalCode as procedureCode',
  'p.durationValue',
  'p.durationUnit',
  'p.sameDayCutoff',
  'p.feeText',
  'p.feeAmount',
] as const;

const lines = (rows: ReadonlyArray<{ name: string; form: DocumentLine['form']; quantity: number }>): DocumentLine[] =>
  rows.map((r) => ({ name: r.name, form: r.form, quantity: r.quantity }));

/** The dossier's scope units (receiving, handling, current) and its printable data but the control slip (the dossiers
 * module's controlSlipOf); null when it does not exist. */
export async function loadFormDossier(
  db: Executor,
  id: string,
): Promise<{ scopeUnitIds: string[]; dossier: Omit<FormDossier, 'steps'> } | null> {
  const d = await db
    .selectFrom('dossiers as d')
    .innerJoin('procedures as p', 'p.id', 'd.procedureId')
    .selectAll('d')
    .select(PROCEDURE_COLUMNS)
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!d) return null;
  const [receivingUnit, handlingUnit] = await Promise.all([loadFormUnit(db, d.receivingUnitId), loadFormUnit(db, d.handlingUnitId)]);
  if (!receivingUnit || !handlingUnit) return null;
  const [submittedFiles, required] = await Promise.all([
    db
      .selectFrom('procedureDocuments as pd')
      .select(['pd.name', 'pd.form', 'pd.quantity'])
      .where('pd.id', 'in', (eb) =>
        eb.selectFrom('dossierFiles as f').select('f.procedureDocumentId').where('f.dossierId', '=', id).where('f.kind', '=', 'submitted'),
      )
      .orderBy('pd.position')
      .execute(),
    db
      .selectFrom('procedureDocuments')
      .select(['name', 'form', 'quantity'])
      .where('procedureId', '=', d.procedureId)
      .where('isRequired', '=', true)
      .orderBy('position')
      .execute(),
  ]);
  const events = await db
    .selectFrom('dossierEvents as e')
    .leftJoin('users as a', 'a.id', 'e.actorId')
    .leftJoin('units as un', 'un.id', 'e.unitId')
    .select(['e.type', 'e.fromStatus', 'e.toStatus', 'e.at', 'e.note', 'e.data', 'a.fullName as actorName', 'un.name as unitName'])
    .where('e.dossierId', '=', id)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
  return {
    scopeUnitIds: [...new Set([d.receivingUnitId, d.handlingUnitId, d.currentUnitId])],
    dossier: {
      code: d.code,
      lookupKey: d.lookupKey,
      status: d.status,
      channel: d.channel,
      procedure: {
        name: d.procedureName,
        nationalCode: d.procedureCode,
        durationValue: Number(d.durationValue),
        durationUnit: d.durationUnit,
        cutoff: d.sameDayCutoff,
        feeText: d.feeText,
        feeAmount: d.feeAmount === null ? null : Number(d.feeAmount),
      },
      applicant: {
        type: d.applicantType,
        name: d.applicantName,
        idNumber: d.applicantIdNumber,
        phone: d.applicantPhone,
        email: d.applicantEmail,
        address: d.applicantAddress,
      },
      subject: d.subject,
      receivingUnit,
      handlingUnit,
      submittedAt: d.submittedAt,
      receivedAt: d.receivedAt,
      dueAt: d.dueAt,
      originalDueAt: d.originalDueAt,
      extendedDueAt: d.extendedDueAt,
      finishedAt: d.finishedAt,
      returnedAt: d.returnedAt,
      returnPlace: d.returnPlace,
      // docs/DOMAIN.md §5.4: the checklist recorded at receipt, else what was submitted online, else the required list.
      documents: handedOverDocuments({ events, submittedFiles: lines(submittedFiles), required: lines(required) }),
      events,
    },
  };
}

/** Which dossiers a register covers: received in [from, to) with their receiving or handling unit among `unitIds`. */
export type RegisterScope = { unitIds: readonly string[]; from: Date; to: Date };

function registerBase(db: Executor, scope: RegisterScope) {
  return db
    .selectFrom('dossiers as d')
    .where((eb) => eb.or([eb('d.receivingUnitId', 'in', [...scope.unitIds]), eb('d.handlingUnitId', 'in', [...scope.unitIds])]))
    .where('d.receivedAt', '>=', scope.from)
    .where('d.receivedAt', '<', scope.to);
}

/** How many dossiers a register would list. */
export async function countRegisterEntries(db: Executor, scope: RegisterScope): Promise<number> {
  if (scope.unitIds.length === 0) return 0;
  const row = await registerBase(db, scope)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Where the next page of a register starts: after this reception moment and code. */
export type RegisterCursor = { receivedAt: Date; code: string };

/** One page of a register in receipt order (then code), after `cursor`; short pages mean the end. */
export async function loadRegisterPage(
  db: Executor,
  scope: RegisterScope,
  cursor: RegisterCursor | null,
  limit: number,
): Promise<RegisterEntry[]> {
  if (scope.unitIds.length === 0) return [];
  let q = registerBase(db, scope)
    .innerJoin('procedures as p', 'p.id', 'd.procedureId')
    .innerJoin('units as h', 'h.id', 'd.handlingUnitId')
    .select([
      'd.code',
      'p.name as procedureName',
      'd.applicantName',
      'd.applicantAddress',
      'd.applicantPhone',
      'h.name as handlingUnitName',
      'd.receivedAt',
      'd.dueAt',
      'd.finishedAt',
      'd.returnedAt',
      'd.status',
      'd.timeliness',
      sql<unknown>`(SELECT e.data FROM dossier_events e WHERE e.dossier_id = d.id AND e.type = 'receive'
        AND jsonb_typeof(e.data -> 'documents') = 'array' ORDER BY e.at DESC, e.id DESC LIMIT 1)`.as('receiptData'),
      sql<unknown>`(SELECT e.data FROM dossier_events e WHERE e.dossier_id = d.id AND e.type = 'submit'
        AND jsonb_typeof(e.data -> 'documents') = 'array' ORDER BY e.at DESC, e.id DESC LIMIT 1)`.as('submitData'),
      sql<DocumentLine[] | null>`(SELECT json_agg(json_build_object('name', pd.name, 'form', pd.form, 'quantity', pd.quantity)
        ORDER BY pd.position) FROM procedure_documents pd WHERE pd.id IN
        (SELECT f.procedure_document_id FROM dossier_files f WHERE f.dossier_id = d.id AND f.kind = 'submitted'))`.as('submittedFiles'),
      sql<DocumentLine[] | null>`(SELECT json_agg(json_build_object('name', pd.name, 'form', pd.form, 'quantity', pd.quantity)
        ORDER BY pd.position) FROM procedure_documents pd WHERE pd.procedure_id = d.procedure_id AND pd.is_required)`.as('required'),
    ]);
  // Keyset paging: each page is one short query, so a year's register never holds a connection or the whole list.
  if (cursor) {
    q = q.where((eb) =>
      eb.or([
        eb('d.receivedAt', '>', cursor.receivedAt),
        eb.and([eb('d.receivedAt', '=', cursor.receivedAt), eb('d.code', '>', cursor.code)]),
      ]),
    );
  }
  const rows = await q.orderBy('d.receivedAt').orderBy('d.code').limit(limit).execute();
  return rows.map((r) => ({
    code: r.code,
    procedureName: r.procedureName,
    documents: handedOverDocuments({
      events: [
        { type: 'submit', data: r.submitData },
        { type: 'receive', data: r.receiptData },
      ],
      submittedFiles: r.submittedFiles ?? [],
      required: r.required ?? [],
    }),
    applicantName: r.applicantName,
    applicantContact: [r.applicantAddress, r.applicantPhone].filter(Boolean).join('; ') || null,
    handlingUnitName: r.handlingUnitName,
    receivedAt: r.receivedAt,
    dueAt: r.dueAt,
    finishedAt: r.finishedAt,
    returnedAt: r.returnedAt,
    status: r.status,
    timeliness: r.timeliness,
  }));
}
