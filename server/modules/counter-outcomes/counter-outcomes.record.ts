import { isInScope } from '@core/access/scope';
import { planGuidance, planRefusalReason, type CounterIssue, type CounterOutcomeErrorCode } from '@core/dossier';
import type { Result } from '@core/shared/result';
import type { CounterOutcome, CreateCounterOutcomeRequest } from '@contracts/counter-outcomes';
import type { z } from 'zod';
import type { CreateCounterOutcomeRequestSchema } from '@contracts/counter-outcomes';
import { AppError, notFound, validationError, type Actor, type Deps } from '../../http';
import { recordAudit } from '../audit/audit.service';
import { ancestryOf } from '../units/units.service';
import { findOutcome, insertOutcome, procedureDocumentIds, type OutcomeValues } from './counter-outcomes.repo';
import { toOutcome } from './counter-outcomes.present';

// Guidance (form 02) and refusal (form 03) at the counter: checked by the core rules, then written with its audit row
// in one transaction. No dossier is created (issue #14 point 2).

/** Body of a counter outcome as the route validated it. */
export type OutcomeBody = z.output<typeof CreateCounterOutcomeRequestSchema>;

/** A core refusal as the 400 of its code, naming the fields. */
function refused<T>(r: Result<T, CounterOutcomeErrorCode> & { issues?: CounterIssue[] }): T {
  if (r.ok) return r.value;
  const issues = (r.issues ?? []).map((i) => ({ ...i, code: r.code }));
  if (r.code === 'COUNTER_LINE_INVALID') throw validationError(issues);
  throw new AppError(r.code, undefined, issues);
}

/** The checklist lines must be documents of the named procedure. */
async function requireProcedure(deps: Deps, body: OutcomeBody): Promise<void> {
  if (!body.procedureId) {
    if (body.kind === 'guided' && body.missing.some((m) => m.documentId))
      throw validationError([{ path: 'body.procedureId', message: 'Cần chọn thủ tục / name the procedure of the checklist' }]);
    return;
  }
  const docs = await procedureDocumentIds(deps.db, body.procedureId);
  if (!docs) throw notFound('Thủ tục');
  if (body.kind !== 'guided') return;
  const unknown = body.missing.flatMap((m, i) => (m.documentId && !docs.has(m.documentId) ? [i] : []));
  if (unknown.length)
    throw validationError(
      unknown.map((i) => ({
        path: `body.missing.${i}.documentId`,
        message: 'Giấy tờ không thuộc thủ tục / not a document of the procedure',
      })),
    );
}

/** Records a counter outcome at a unit where the clerk may receive dossiers (else 404) and answers it. */
export async function recordCounterOutcome(
  deps: Deps,
  actor: Actor,
  input: CreateCounterOutcomeRequest | OutcomeBody,
  requestId: string,
): Promise<CounterOutcome> {
  const body = input as OutcomeBody;
  const unitId = body.unitId ?? actor.unitId;
  if (!isInScope(actor.grants, 'dossier.create', await ancestryOf(deps.db, unitId))) throw notFound('Đơn vị tiếp nhận');
  await requireProcedure(deps, body);
  const guidance = body.kind === 'guided' ? refused(planGuidance({ missing: body.missing, wrong: body.wrong })) : null;
  const reason = body.kind === 'refused' ? refused(planRefusalReason(body.reason)) : null;
  const a = body.applicant;
  const values: OutcomeValues = {
    kind: body.kind,
    unitId,
    procedureId: body.procedureId ?? null,
    dossierId: null,
    channel: body.channel,
    applicantType: a.type,
    applicantName: a.name,
    applicantIdNumber: a.idNumber ?? null,
    applicantPhone: a.phone ?? null,
    applicantAddress: a.address ?? null,
    missing: guidance?.missing ?? [],
    wrong: guidance?.wrong ?? [],
    reason,
    officerId: actor.userId,
    at: deps.now(),
  };
  const id = await deps.db.transaction().execute(async (trx) => {
    const made = await insertOutcome(trx, values);
    const after = { no: made.no, kind: values.kind, procedureId: values.procedureId, missing: values.missing, wrong: values.wrong, reason };
    await recordAudit(
      trx,
      actor,
      { action: `counter_outcome.${values.kind}`, entityType: 'counter_outcome', entityId: made.id, unitId, after },
      requestId,
    );
    return made.id;
  });
  const row = await findOutcome(deps.db, id);
  if (!row) throw new Error(`counter outcome ${id} vanished`);
  return toOutcome(row);
}
