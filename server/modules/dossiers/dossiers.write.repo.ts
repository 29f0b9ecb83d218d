import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { DB } from '@db/types';
import type { DossierEventsTable, DossierFilesTable, DossiersTable, DossierStepsTable } from '@db/types-one-stop';
import type { Executor } from '../../infra/database';
import type { StepValues } from './dossiers.intake.repo';

// The writes of the actions on a dossier, each run by the caller inside its transaction (`trx`) together with the
// audit row. Intake writes a whole dossier in one statement instead (dossiers.intake.repo.ts).

/** The columns an action may change on a dossier row (besides status, version and updatedAt). */
export type DossierPatch = Omit<Updateable<DossiersTable>, 'id' | 'status' | 'version' | 'updatedAt'>;

/** Changes a dossier only at the version the caller read, moving it to the next; false when someone else changed it first. */
export async function updateDossierAt(
  trx: Executor,
  id: string,
  version: number,
  change: DossierPatch & Pick<Updateable<DossiersTable>, 'status' | 'updatedAt'>,
): Promise<boolean> {
  const res = await trx
    .updateTable('dossiers')
    .set({ ...change, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Appends one event to a dossier's timeline. */
export async function insertEvent(trx: Executor, event: Insertable<DossierEventsTable>): Promise<void> {
  await trx.insertInto('dossierEvents').values(event).execute();
}

/** Inserts the control-slip rows of a dossier. */
export async function insertSteps(trx: Executor, steps: readonly StepValues[]): Promise<void> {
  if (steps.length)
    await trx
      .insertInto('dossierSteps')
      .values([...steps])
      .execute();
}

/** Changes one control-slip row. */
export async function updateStep(
  trx: Executor,
  stepId: string,
  change: Pick<Updateable<DossierStepsTable>, 'startedAt' | 'finishedAt' | 'timeliness' | 'handlerId' | 'dueAt' | 'note'>,
): Promise<void> {
  await trx.updateTable('dossierSteps').set(change).where('id', '=', stepId).execute();
}

/** Stores one file of a dossier; returns its id. */
export async function insertFile(trx: Executor, file: Insertable<DossierFilesTable>): Promise<string> {
  const r = await trx.insertInto('dossierFiles').values(file).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** Fills the folded search text of up to `batch` unfilled dossiers after `after` in id order; returns their ids. */
export async function fillSearchTextBatch(db: Kysely<DB>, after: string, batch: number): Promise<string[]> {
  // Naming `code` in SET fires the search trigger (UPDATE OF code, …), so the folding has one definition; the
  // statistics triggers watch other columns and stay quiet. The partial index of unfilled rows (migration 2026112615)
  // finds them.
  const { rows } = await sql<{ id: string }>`
    UPDATE dossiers SET code = code
    WHERE id IN (SELECT id FROM dossiers WHERE search_text = '' AND id > ${after}::uuid ORDER BY id LIMIT ${batch})
    RETURNING id`.execute(db);
  return rows.map((r) => r.id);
}
