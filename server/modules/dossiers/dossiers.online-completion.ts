import { missingDocuments } from '@core/dossier';
import type { PublicCompletionRequest, PublicCompletionView } from '@contracts/counter-outcomes';
import { PublicCompletionRequestSchema } from '@contracts/counter-outcomes';
import { AppError, notFound, type Deps } from '../../http';
import { recordAudit } from '../audit/audit.service';
import { documentsOfProcedures } from './dossiers.catalogue.repo';
import { completionOf, tokenMatches } from './dossiers.completion';
import { checkFile, fileValues } from './dossiers.files';
import { eventsOf, filesOf, findDossierByCode, type DossierRow } from './dossiers.repo';
import { insertEvent, insertFile, updateDossierAt } from './dossiers.write.repo';

// The applicant's side of a send-back (issue #14 point 2): with the secret the submission page gave, they read form
// 02's lines and upload what completes the submission. A wrong code or secret answers 404, like a code that does not
// exist. The clerk then accepts the submission, which starts the legal clock.

/** The submission of that code whose secret matches, else 404. */
async function ownSubmission(deps: Deps, code: string, token: string): Promise<DossierRow> {
  const row = await findDossierByCode(deps.db, code);
  if (!row || row.channel !== 'online' || !tokenMatches(row.publicTokenHash, token)) throw notFound('Hồ sơ');
  return row;
}

/** What the one-stop unit asked to add, and the procedure's documents with those already provided. */
export async function completionStatus(deps: Deps, code: string, token: string): Promise<PublicCompletionView> {
  const row = await ownSubmission(deps, code, token);
  const [events, files, docs] = await Promise.all([
    eventsOf(deps.db, row.id),
    filesOf(deps.db, row.id),
    documentsOfProcedures(deps.db, [row.procedureId]),
  ]);
  const provided = new Set(files.flatMap((f) => (f.kind === 'submitted' && f.procedureDocumentId ? [f.procedureDocumentId] : [])));
  const completion = completionOf(row, events);
  return {
    code: row.code,
    procedureName: row.procedureName,
    receivingUnitName: row.receivingUnitName,
    status: row.status,
    requestedAt: completion?.requestedAt ?? null,
    items: completion?.items ?? [],
    documents: docs.map((d) => ({
      id: d.id,
      name: d.name,
      form: d.form,
      quantity: d.quantity,
      required: d.isRequired,
      provided: provided.has(d.id),
    })),
  };
}

/** The applicant completes a submission sent back for completion: files added, the wait cleared, the clerk may accept. */
export async function completeOnline(
  deps: Deps,
  code: string,
  input: PublicCompletionRequest,
  requestId: string,
): Promise<PublicCompletionView> {
  const body = PublicCompletionRequestSchema.parse(input);
  const row = await ownSubmission(deps, code, body.token);
  if (row.status !== 'submitted' || !row.completionRequestedAt)
    throw new AppError('DOSSIER_COMPLETION_NOT_REQUESTED', undefined, [
      { path: 'params.code', message: 'Không có yêu cầu bổ sung / nothing was asked', code: 'DOSSIER_COMPLETION_NOT_REQUESTED' },
    ]);
  const checked = body.files.map((f, i) => checkFile(f, `body.files.${i}`));
  const [files, docs] = await Promise.all([filesOf(deps.db, row.id), documentsOfProcedures(deps.db, [row.procedureId])]);
  const unknown = checked.flatMap((f, i) => (f.procedureDocumentId && !docs.some((d) => d.id === f.procedureDocumentId) ? [i] : []));
  if (unknown.length)
    throw new AppError(
      'DOSSIER_DOCUMENT_UNKNOWN',
      undefined,
      unknown.map((i) => ({
        path: `body.files.${i}.procedureDocumentId`,
        message: 'Không thuộc thủ tục / not of the procedure',
        code: 'DOSSIER_DOCUMENT_UNKNOWN',
      })),
    );
  const covered = [
    ...files.flatMap((f) => (f.kind === 'submitted' && f.procedureDocumentId ? [f.procedureDocumentId] : [])),
    ...checked.flatMap((f) => (f.procedureDocumentId ? [f.procedureDocumentId] : [])),
  ];
  const missing = missingDocuments(docs, covered);
  if (missing.length)
    throw new AppError(
      'DOSSIER_DOCUMENTS_MISSING',
      undefined,
      missing.map((d) => ({ path: 'body.files', message: d.name, code: d.id })),
    );
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await updateDossierAt(trx, row.id, row.version, { status: 'submitted', completionRequestedAt: null, updatedAt: now })))
      throw new AppError('DOSSIER_VERSION_CONFLICT', 'Hồ sơ vừa thay đổi, hãy tải lại / the submission changed, reload it');
    for (const f of checked) await insertFile(trx, fileValues(row.id, 'submitted', f, null));
    const data = { files: checked.map((f) => f.fileName) };
    await insertEvent(trx, {
      dossierId: row.id,
      type: 'complete_submission',
      fromStatus: 'submitted',
      toStatus: 'submitted',
      at: now,
      actorId: null,
      unitId: row.receivingUnitId,
      note: null,
      data: JSON.stringify(data),
    });
    await recordAudit(
      trx,
      null,
      {
        action: 'dossier.complete_submission',
        entityType: 'dossier',
        entityId: row.id,
        unitId: row.receivingUnitId,
        before: { completionRequestedAt: row.completionRequestedAt },
        after: { completionRequestedAt: null, ...data },
      },
      requestId,
    );
  });
  return completionStatus(deps, code, body.token);
}
