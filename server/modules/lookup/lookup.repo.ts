import type { Executor } from '../../infra/database';

/** The columns the public page may show, by dossier code; nothing about the applicant but the name (masked later). */
export async function findPublicDossier(db: Executor, code: string) {
  return db
    .selectFrom('dossiers as d')
    .innerJoin('procedures as p', 'p.id', 'd.procedureId')
    .innerJoin('units as r', 'r.id', 'd.receivingUnitId')
    .innerJoin('units as h', 'h.id', 'd.handlingUnitId')
    .select([
      'd.id',
      'd.code',
      'd.status',
      'd.applicantName',
      'd.submittedAt',
      'd.receivedAt',
      'd.dueAt',
      'd.originalDueAt',
      'd.extendedDueAt',
      'd.finishedAt',
      'd.returnedAt',
      'd.timeliness',
      'd.returnPlace',
      'p.name as procedureName',
      'r.name as receivingUnitName',
      'r.address as receivingUnitAddress',
      'h.name as handlingUnitName',
    ])
    .where('d.code', '=', code)
    .executeTakeFirst();
}

/** Events of a dossier without notes, data or actors. */
export async function publicEvents(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossierEvents as e')
    .leftJoin('units as u', 'u.id', 'e.unitId')
    .select(['e.type', 'e.fromStatus', 'e.toStatus', 'e.at', 'u.name as unitName'])
    .where('e.dossierId', '=', dossierId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}
