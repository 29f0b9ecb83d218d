import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { permissionsOn } from '@core/access/scope';
import { vietnamToday } from '@core/calendar';
import { ancestryIn, formatDossierCode, lookupKeyFromBytes, LOOKUP_KEY_LENGTH } from '@core/dossier';
import type { DossierDetail, PublicSubmitRequest, PublicSubmitResponse } from '@contracts/dossiers';
import { CreateDossierRequestSchema, PublicSubmitRequestSchema } from '@contracts/dossiers';
import type { DB } from '@db/types';
import { notFound, type Actor, type Deps } from '../../http';
import { auditValues } from '../audit/audit.service';
import { calendarFor } from '../calendar/calendar.service';
import { newCompletionToken } from './dossiers.completion';
import { planOnContext } from './dossiers.context';
import { dossierDetail, newDossierDetail } from './dossiers.detail';
import { idempotencyOf, isKeyTaken, keyValues, priorRequest, type Idempotency } from './dossiers.idempotency';
import type { PriorRequest } from './dossiers.idempotency.repo';
import { checkFile, fileValues } from './dossiers.files';
import {
  loadUnitChain,
  writeNewDossier,
  type DossierValues,
  type EventValues,
  type IntakeContext,
  type NewDossierRows,
  type StepValues,
  type WrittenDossier,
} from './dossiers.intake.repo';
import {
  documentsOf,
  openingOf,
  requireCommuneOnline,
  requireComplete,
  requireInEffect,
  requireOfferedOnline,
  requireReceptionPoint,
  routeOf,
  stepValues,
  type NamedCommune,
  type NewDossier,
} from './dossiers.plan';

// The two ways a dossier comes in: at the counter (received at once, with its code, route and legal clock) and online
// (submitted, accepted later by the one-stop unit: dossiers.effects.ts). Both are planned by dossiers.plan.ts on the
// intake context this process remembers (dossiers.context.ts), take one number, and write in one statement.

const unitCodeOf = (code: string) => code.replace(/[^A-Za-z0-9.]/g, '') || 'HS';

/** The rows of a new dossier: the dossier, its first event, its control slip, its files and its audit row. */
function newDossierRows(
  actor: Actor | null,
  now: Date,
  n: NewDossier,
  code: string,
  requestId: string,
  tokenHash: string | null,
): NewDossierRows {
  const first = n.opening?.steps[0];
  const status = n.opening ? 'received' : 'submitted';
  const currentUnitId = first?.unitId ?? n.unit.id;
  const handler = actor && currentUnitId === n.unit.id ? actor.userId : null;
  const id = randomUUID();
  const dossier: DossierValues = {
    id,
    code,
    nationalCode: n.nationalCode,
    // 60 random bits from node:crypto (core/dossier/lookup-key.ts); unique in the table (migration 2026120875).
    lookupKey: lookupKeyFromBytes(randomBytes(LOOKUP_KEY_LENGTH)),
    procedureId: n.loaded.procedure.id,
    receivingUnitId: n.unit.id,
    handlingUnitId: n.handlingUnitId,
    currentUnitId,
    currentHandlerId: handler,
    channel: n.channel,
    status,
    applicantType: n.applicant.type,
    applicantName: n.applicant.name,
    applicantIdNumber: n.applicant.idNumber ?? null,
    applicantPhone: n.applicant.phone ?? null,
    applicantEmail: n.applicant.email ?? null,
    applicantAddress: n.applicant.address ?? null,
    subject: n.subject,
    submittedAt: now,
    receivedAt: n.opening ? now : null,
    dueAt: n.opening ? n.opening.clock.dueAt : null,
    originalDueAt: n.opening ? n.opening.clock.originalDueAt : null,
    clock: n.opening ? JSON.stringify(n.opening.clock) : null,
    returnPlace: n.returnPlace,
    publicTokenHash: tokenHash,
  };
  const event: EventValues = {
    dossierId: id,
    type: n.opening ? 'receive' : 'submit',
    fromStatus: null,
    toStatus: status,
    at: now,
    actorId: actor?.userId ?? null,
    unitId: n.unit.id,
    note: n.note,
    data: JSON.stringify({ channel: n.channel, documents: n.documents, ...(n.opening ? { dueAt: n.opening.clock.dueAt } : {}) }),
  };
  const after = { code, status, procedureId: n.loaded.procedure.id, channel: n.channel };
  const action = n.opening ? 'dossier.receive' : 'dossier.submit';
  return {
    dossier,
    event,
    steps: n.opening ? stepValues(id, n.opening, now, handler) : [],
    files: n.files.map((f) => fileValues(id, 'submitted', f, actor?.userId ?? null)),
    audit: auditValues(actor, { action, entityType: 'dossier', entityId: id, unitId: n.unit.id, after }, requestId),
  };
}

/** Writes a new dossier numbered `seq` (the unit's number of the day) with its event, steps, files, audit row and
 * Idempotency-Key, in one statement. Null when a concurrent request with the same key wrote its dossier first. */
async function insertDossier(
  deps: Deps,
  actor: Actor | null,
  now: Date,
  n: NewDossier,
  seq: number,
  requestId: string,
  idem: Idempotency | null,
  completion: { token: string; hash: string } | null = null,
): Promise<{ written: WrittenDossier; steps: StepValues[] } | null> {
  const code = formatDossierCode(deps.config.DOSSIER_CODE_FORMAT, { unitCode: unitCodeOf(n.unit.code), date: vietnamToday(now), seq });
  const rows = newDossierRows(actor, now, n, code, requestId, completion?.hash ?? null);
  const key = keyValues(idem, rows.dossier.id, completion?.token ?? null);
  try {
    return { written: await writeNewDossier(deps.db, { ...rows, key }), steps: rows.steps };
  } catch (e) {
    if (isKeyTaken(e)) return null;
    throw e;
  }
}

/** The earlier request under this key, read again after a lost race (the winner has committed by then). */
async function winnerOf(deps: Deps, idem: Idempotency | null): Promise<PriorRequest> {
  const prior = await priorRequest(deps, idem);
  if (!prior) throw new Error('the Idempotency-Key was taken, yet no dossier holds it');
  return prior;
}

/** The commune the clerk named, with its chain of units (read once per intake, outside the remembered context). */
async function namedCommune(db: Kysely<DB>, id: string | undefined, day: string): Promise<NamedCommune | undefined> {
  return id ? { id, chain: await loadUnitChain(db, id, day) } : undefined;
}

/** Body of an intake as the route validated it (defaults applied). */
export type IntakeBody = z.output<typeof CreateDossierRequestSchema>;

/** Intake at the counter (in person or postal): complete → received with a code, clock, route; incomplete → 400 listing what
 * is missing. With an Idempotency-Key, a retry answers the dossier of the first try. */
export async function receiveDossier(
  deps: Deps,
  actor: Actor,
  body: IntakeBody,
  requestId: string,
  keyHeader?: string | string[],
): Promise<DossierDetail> {
  const { db } = deps;
  const now = deps.now();
  const idem = idempotencyOf(keyHeader, `intake:${actor.userId}`, body, now);
  const prior = await priorRequest(deps, idem);
  if (prior) return dossierDetail(deps, actor, prior.dossierId);
  const day = vietnamToday(now);
  const unitId = body.receivingUnitId ?? actor.unitId;
  const named = await namedCommune(db, body.handlingCommuneId, day);
  const plan = async (ctx: IntakeContext | undefined) => {
    if (!ctx || !permissionsOn(actor.grants, ancestryIn(ctx.units, unitId)).has('dossier.create')) throw notFound('Đơn vị tiếp nhận');
    const loaded = requireInEffect(ctx.loaded, day);
    requireComplete(loaded, body.documentIds, 'body.documentIds');
    const { route, ctx: routed } = routeOf(ctx, loaded, named, 'body.handlingCommuneId');
    const calendar = await calendarFor(db, unitId, ctx.calendarVersion);
    const n: NewDossier = {
      loaded,
      unit: ctx.unit,
      handlingUnitId: route.handlingUnitId,
      channel: body.channel,
      applicant: body.applicant,
      subject: body.subject ?? null,
      nationalCode: body.nationalCode ?? null,
      returnPlace: body.returnPlace ?? null,
      note: body.note ?? null,
      documents: documentsOf(loaded, body.documentIds),
      opening: openingOf(calendar, now, loaded, route),
      files: [],
    };
    return { n, routed, calendar };
  };
  const { planned, seq } = await planOnContext(db, { unitId, procedureId: body.procedureId, day }, plan);
  const inserted = await insertDossier(deps, actor, now, planned.n, seq, requestId, idem);
  if (!inserted) return dossierDetail(deps, actor, (await winnerOf(deps, idem)).dossierId);
  const { written, steps } = inserted;
  return newDossierDetail({ now, actor, ctx: planned.routed, calendar: planned.calendar, dossier: planned.n, written, steps });
}

/** The answer of an online submission (also to its retries). */
const submitted = (d: { code: string; lookupKey: string; submittedAt: Date }, completionToken: string | null): PublicSubmitResponse => ({
  code: d.code,
  lookupKey: d.lookupKey,
  status: 'submitted',
  submittedAt: d.submittedAt.toISOString(),
  lookupPath: `/tra-cuu/${d.lookupKey}`,
  ...(completionToken
    ? { completionToken, completionPath: `/nop-truc-tuyen/bo-sung/${encodeURIComponent(d.code)}#${completionToken}` }
    : {}),
});

/** Online submission from the public page: files checked, required documents covered, status 'submitted'. With an
 * Idempotency-Key, a retry answers the dossier of the first try. */
export async function submitOnline(
  deps: Deps,
  input: PublicSubmitRequest,
  requestId: string,
  keyHeader?: string | string[],
): Promise<PublicSubmitResponse> {
  const body = PublicSubmitRequestSchema.parse(input);
  const { db } = deps;
  const now = deps.now();
  const idem = idempotencyOf(keyHeader, 'submit', body, now);
  const prior = await priorRequest(deps, idem);
  if (prior) return submitted(prior, prior.completionToken);
  const files = body.files.map((f, i) => checkFile(f, `body.files.${i}`));
  const covered = [...new Set(files.flatMap((f) => (f.procedureDocumentId ? [f.procedureDocumentId] : [])))];
  const day = vietnamToday(now);
  const plan = async (found: IntakeContext | undefined): Promise<NewDossier> => {
    const ctx = requireReceptionPoint(found, day);
    const loaded = requireInEffect(ctx.loaded, day);
    requireOfferedOnline(loaded);
    requireComplete(loaded, covered, 'body.files');
    requireCommuneOnline(ctx, loaded);
    const { route } = routeOf(ctx, loaded, undefined, 'body.receivingUnitId');
    return {
      loaded,
      unit: ctx.unit,
      handlingUnitId: route.handlingUnitId,
      channel: 'online',
      applicant: body.applicant,
      subject: body.subject ?? null,
      nationalCode: null,
      returnPlace: null,
      note: null,
      documents: documentsOf(loaded, covered),
      opening: null,
      files,
    };
  };
  const { planned, seq } = await planOnContext(db, { unitId: body.receivingUnitId, procedureId: body.procedureId, day }, plan);
  // The applicant's secret to complete the submission if it is sent back (form 02): only its hash is on the dossier; the
  // Idempotency-Key's row keeps it for the key's life, so that a retry gets the same answer.
  const completion = newCompletionToken();
  const inserted = await insertDossier(deps, null, now, planned, seq, requestId, idem, completion);
  if (!inserted) {
    const winner = await winnerOf(deps, idem);
    return submitted(winner, winner.completionToken);
  }
  return submitted(inserted.written.dossier, completion.token);
}
