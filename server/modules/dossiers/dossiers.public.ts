import { vietnamToday } from '@core/calendar';
import { COMMUNE_KINDS } from '@core/dossier';
import type { PublicProcedure, PublicReceivingUnitsResponse } from '@contracts/dossier-catalogue';
import type { UnitKind } from '@db/types';
import type { Executor } from '../../infra/database';
import { AppError, type Deps } from '../../http';
import { ancestryOf, subtreeIds } from '../units/units.service';
import { withDocuments, onlineProcedureRows, procedureById, receivingUnitsIn, unitKinds } from './dossiers.catalogue.repo';
import { requireInEffect } from './dossiers.plan';

// The public catalogue of the online submission page (no sign-in, no personal data): the procedures offered online
// and where each may be submitted.

/** Procedures in effect offered online (partial or full), searched by name, code or sector, with their documents. */
export async function publicProcedures(deps: Deps, q: { q?: string | undefined; limit: number }): Promise<{ items: PublicProcedure[] }> {
  const procs = await withDocuments(deps.db, await onlineProcedureRows(deps.db, vietnamToday(deps.now()), q.q, q.limit));
  return {
    items: procs.map((p) => ({
      ...p,
      onlineLevel: p.onlineLevel === 'full' ? 'full' : 'partial',
      durationValue: Number(p.durationValue),
    })),
  };
}

/** The province a unit belongs to: its nearest ancestor of kind province, else the root of its tree. */
async function provinceOf(db: Executor, unitId: string): Promise<string> {
  const chain = await ancestryOf(db, unitId);
  if (chain.length === 0) return unitId;
  const kinds = await unitKinds(db, chain);
  const province = chain.find((id) => kinds.some((k) => k.id === id && k.kind === 'province'));
  return province ?? chain[chain.length - 1] ?? unitId;
}

// NĐ 118/2025/NĐ-CP (docs/DOMAIN.md §4.6): provincial procedures are received at the provincial TTPVHCC, commune
// procedures at the commune-level centres; any reception point in the province may take them ("phi địa giới hành chính").
/** Where one procedure's online dossiers may be received: the province's one-stop centre(s) or its communes/wards, in effect today. */
export async function publicReceivingUnits(deps: Deps, procedureId: string): Promise<PublicReceivingUnitsResponse> {
  const { db } = deps;
  const today = vietnamToday(deps.now());
  const row = await procedureById(db, procedureId);
  const { procedure } = requireInEffect(row && { procedure: row }, today, 'query.procedureId');
  if (procedure.onlineLevel === 'none') {
    throw new AppError('PROCEDURE_NOT_ONLINE', 'Thủ tục này không tiếp nhận trực tuyến / this procedure is not offered online', [
      { path: 'query.procedureId', message: 'not online', code: 'PROCEDURE_NOT_ONLINE' },
    ]);
  }
  const province = await provinceOf(db, procedure.handlingUnitId);
  const ids = [...(await subtreeIds(db, [province]))];
  const kinds: readonly UnitKind[] = procedure.level === 'commune' ? COMMUNE_KINDS : ['one_stop_centre'];
  return { items: await receivingUnitsIn(db, ids, kinds, today) };
}
