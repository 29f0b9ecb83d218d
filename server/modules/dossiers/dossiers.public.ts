import type { PublicProcedure, PublicReceivingUnitsResponse } from '@contracts/dossiers';
import type { Executor } from '../../infra/database';
import { AppError, type Deps } from '../../http';
import { ancestryOf, subtreeIds } from '../units/units.service';
import { procedureInEffect } from './dossiers.intake';
import { vietnamDay } from './dossiers.route-plan';

const COMMUNE_KINDS = ['commune', 'ward', 'special_zone'] as const;

const notOnline = () =>
  new AppError('PROCEDURE_NOT_ONLINE', 'Thủ tục này không tiếp nhận trực tuyến / this procedure is not offered online', [
    { path: 'query.procedureId', message: 'not online', code: 'PROCEDURE_NOT_ONLINE' },
  ]);

/** Procedures in effect offered online (partial or full), searched by name, code or sector, with their documents. */
export async function publicProcedures(deps: Deps, q: { q?: string | undefined; limit: number }): Promise<{ items: PublicProcedure[] }> {
  const today = vietnamDay(deps.now());
  let query = deps.db
    .selectFrom('procedures')
    .select(['id', 'nationalCode', 'name', 'sector', 'level', 'durationValue', 'durationUnit', 'feeText', 'onlineLevel'])
    .where('onlineLevel', 'in', ['partial', 'full'])
    .where('validFrom', '<=', today)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', today)]));
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('name', 'ilike', like), eb('nationalCode', 'ilike', like), eb('sector', 'ilike', like)]));
  }
  const procs = await query.orderBy('name').orderBy('id').limit(q.limit).execute();
  const docs = procs.length
    ? await deps.db
        .selectFrom('procedureDocuments')
        .select(['id', 'procedureId', 'position', 'name', 'form', 'quantity', 'isRequired'])
        .where(
          'procedureId',
          'in',
          procs.map((p) => p.id),
        )
        .orderBy('position')
        .execute()
    : [];
  return {
    items: procs.map((p) => ({
      ...p,
      onlineLevel: p.onlineLevel === 'full' ? 'full' : 'partial',
      durationValue: Number(p.durationValue),
      documents: docs.filter((d) => d.procedureId === p.id).map(({ procedureId: _p, ...d }) => d),
    })),
  };
}

/** The province a unit belongs to: its nearest ancestor of kind province, else the root of its tree. */
async function provinceOf(db: Executor, unitId: string): Promise<string> {
  const chain = await ancestryOf(db, unitId);
  if (chain.length === 0) return unitId;
  const kinds = await db.selectFrom('units').select(['id', 'kind']).where('id', 'in', chain).execute();
  const province = chain.find((id) => kinds.some((k) => k.id === id && k.kind === 'province'));
  return province ?? chain[chain.length - 1] ?? unitId;
}

// NĐ 118/2025/NĐ-CP (reference.md §3, [S47]): provincial procedures are received at the provincial TTPVHCC, commune
// procedures at the commune-level centres; any reception point in the province may take them ("phi địa giới hành chính").
/** Where one procedure's online dossiers may be received: the province's one-stop centre(s) or its communes/wards, in effect today. */
export async function publicReceivingUnits(deps: Deps, procedureId: string): Promise<PublicReceivingUnitsResponse> {
  const { db } = deps;
  const today = vietnamDay(deps.now());
  const loaded = await procedureInEffect(db, procedureId, today).catch((e: unknown) => {
    // Intake reports the procedure at body.procedureId; here it is a query parameter.
    if (e instanceof AppError)
      throw new AppError(
        e.code,
        e.message,
        e.issues.map((i) => (i.path === 'body.procedureId' ? { ...i, path: 'query.procedureId' } : i)),
      );
    throw e;
  });
  if (loaded.procedure.onlineLevel === 'none') throw notOnline();
  const province = await provinceOf(db, loaded.procedure.handlingUnitId);
  const ids = [...(await subtreeIds(db, [province]))];
  const kinds: readonly string[] = loaded.procedure.level === 'commune' ? COMMUNE_KINDS : ['one_stop_centre'];
  const rows = await db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'kind', 'address'])
    .where('id', 'in', ids)
    .where('kind', 'in', kinds as Array<(typeof COMMUNE_KINDS)[number] | 'one_stop_centre'>)
    .where('validFrom', '<=', today)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', today)]))
    .orderBy('name')
    .orderBy('code')
    .limit(1000)
    .execute();
  return { items: rows };
}
