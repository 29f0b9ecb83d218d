import type { Executor } from '../../infra/database';
import { calendarFor } from '../calendar/calendar.service';
import { findDossier, stepsOf, type StepRow } from './dossiers.repo';
import { handOverOf } from './dossiers.rules';

// The one-stop module as other modules see it: they import only this file (lint), never its repositories or use
// files. The forms module prints the control slip from the same rows the dossier page shows.

/** The control-slip rows of a dossier in route order, with unit and handler names. */
export async function controlSlipOf(db: Executor, dossierId: string): Promise<StepRow[]> {
  return stepsOf(db, dossierId);
}

/** The hand-over to the handling agency as the control slip prints it (docs/DOMAIN.md §10.6); null when there is none. */
export async function controlSlipHandOver(
  db: Executor,
  dossierId: string,
  steps: readonly StepRow[],
  now: Date,
): Promise<{ dueAt: Date; handedAt: Date | null; result: 'on_time' | 'late' | null; overdue: boolean } | null> {
  const row = await findDossier(db, dossierId);
  if (!row?.receivedAt) return null;
  const h = handOverOf(row, steps, await calendarFor(db, row.receivingUnitId), now);
  return h ? { dueAt: new Date(h.dueAt), handedAt: h.handedAt ? new Date(h.handedAt) : null, result: h.result, overdue: h.overdue } : null;
}
