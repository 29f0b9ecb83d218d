import type { Executor } from '../../infra/database';
import { stepsOf, type StepRow } from './dossiers.repo';

// The one-stop module as other modules see it: they import only this file (lint), never its repositories or use
// files. The forms module prints the control slip from the same rows the dossier page shows.

/** The control-slip rows of a dossier in route order, with unit and handler names. */
export async function controlSlipOf(db: Executor, dossierId: string): Promise<StepRow[]> {
  return stepsOf(db, dossierId);
}
