import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { planGuidance } from '@core/dossier';
import { supplementItems } from '@core/dossier-forms';
import { formatMoment } from '@core/calendar';
import type { ActionRequest } from '@contracts/dossiers';
import { AppError, validationError, type Actor } from '../../http';
import { logCounterOutcome } from '../counter-outcomes/counter-outcomes.service';
import type { Effect } from './dossiers.effects';
import type { EventRow } from './dossiers.present';
import type { DossierRow } from './dossiers.repo';

// An online submission sent back for completion before acceptance (issue #14 point 2): form 02 lists what to add or
// correct, the submission stays 'submitted' with completion_requested_at set (acceptance is refused meanwhile), the
// applicant completes it on the submission's own page with the secret given at submission, and the clerk then accepts
// it: the legal clock starts at that acceptance (Decree 118/2025/NĐ-CP, article not read here; decision 0005).

/** A new secret for the applicant and its stored hash. */
export function newCompletionToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: tokenHash(token) };
}

/** SHA-256 of a secret, hex. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** True when the secret is the one given at submission (constant-time compare). */
export function tokenMatches(storedHash: string | null, token: string): boolean {
  if (!storedHash) return false;
  const a = Buffer.from(storedHash, 'hex');
  const b = Buffer.from(tokenHash(token), 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The 409 while the applicant has not completed a submission that was sent back. */
export function requireNotPending(row: Pick<DossierRow, 'completionRequestedAt'>): void {
  if (row.completionRequestedAt)
    throw new AppError('DOSSIER_COMPLETION_PENDING', undefined, [
      { path: 'action', message: 'Chờ người nộp bổ sung / waiting for the applicant', code: 'DOSSIER_COMPLETION_PENDING' },
    ]);
}

type CompletionInput = { actor: Actor; row: DossierRow; body: ActionRequest; now: Date };

/** The send-back: form 02's lines checked by the core, the row marked, the counter log row written with the action. */
export function requestCompletion({ actor, row, body, now }: CompletionInput): Effect {
  requireNotPending(row);
  const r = planGuidance({ missing: body.missing ?? [], wrong: body.wrong ?? [] });
  if (!r.ok) {
    const issues = (r.issues ?? []).map((i) => ({ ...i, code: r.code }));
    if (r.code === 'COUNTER_GUIDANCE_EMPTY') throw new AppError('COUNTER_GUIDANCE_EMPTY', undefined, issues);
    throw validationError(issues);
  }
  const { missing, wrong } = r.value;
  const items = [
    ...missing.map((m) => ({ name: m.name })),
    ...wrong.map((w) => ({ name: `${w.name} (chưa đúng quy định)`, note: w.note })),
  ];
  return {
    patch: { completionRequestedAt: now },
    data: { items, missing, wrong },
    write: async (trx) => {
      await logCounterOutcome(trx, {
        kind: 'guided',
        unitId: row.receivingUnitId,
        procedureId: row.procedureId,
        dossierId: row.id,
        channel: 'online',
        applicantType: row.applicantType,
        applicantName: row.applicantName,
        applicantIdNumber: row.applicantIdNumber,
        applicantPhone: row.applicantPhone,
        applicantAddress: row.applicantAddress,
        missing,
        wrong,
        reason: null,
        officerId: actor.userId,
        at: now,
      });
    },
  };
}

/** Form 02's lines of the latest send-back, while it waits for the applicant; null otherwise. */
export function completionOf(
  row: Pick<DossierRow, 'completionRequestedAt'>,
  events: readonly EventRow[],
): { requestedAt: string; items: string[] } | null {
  if (!row.completionRequestedAt) return null;
  const e = [...events].reverse().find((x) => x.type === 'request_completion');
  const items = e ? supplementItems({ ...e, actorName: e.actorName ?? null, unitName: e.unitName ?? null }) : [];
  return { requestedAt: formatMoment(row.completionRequestedAt.getTime()), items };
}
