import type { UnitKind } from '@contracts/units';
import { matchesSearch, searchWords } from '@core/shared/text';
import type {
  ProcedureDetail,
  ProcedureExportQuery,
  ProcedureListQuery,
  ProcedureListResponse,
  ProcedureSectorsResponse,
} from '@contracts/procedures';
import type { Executor } from '../../infra/database';
import { AppError, notFound, type Actor } from '../../http';
import { abilitiesOnProcedure, loadCatalogueScope, type CatalogueScope } from './procedures.scope';
import { documentsOf, findProcedure, listProcedureRows, stepsOf, versionsOf, type ProcedureListRow } from './procedures.repo';
import { toDetail, toListItem } from './procedures.present';

// Commune-level rule (see contracts/procedures.ts): a level 'commune' procedure is one catalogue entry whose
// handling unit is the province; it applies to every commune, and a dossier's handling unit is its receiving
// commune. Filtering by a commune therefore lists the province's commune-level procedures too.

/** The 404 for a procedure the caller may not see (or that does not exist). */
export const procedureNotFound = () => notFound('Thủ tục hành chính');

/** Unit kinds that run a commune-level one-stop centre. */
export const COMMUNE_KINDS: readonly UnitKind[] = ['commune', 'ward', 'special_zone'];

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Catalogue order: sector, then name, then code, then the newest version first. */
export function compareProcedures(a: ProcedureListRow, b: ProcedureListRow): number {
  return (
    collator.compare(a.sector, b.sector) ||
    collator.compare(a.name, b.name) ||
    a.nationalCode.localeCompare(b.nationalCode) ||
    b.validFrom.localeCompare(a.validFrom)
  );
}

/** Every word of the query appears in the code, name, sector or handling unit (no diacritics, any case, đ = d). */
export function procedureMatcher(q: string | undefined): (p: ProcedureListRow) => boolean {
  if (searchWords(q).length === 0) return () => true;
  return (p) => matchesSearch([p.nationalCode, p.name, p.sector, p.handlingUnitName, p.handlingUnitCode].join(' '), q);
}

function unitFilter(scope: CatalogueScope, unitId: string | undefined): { unitIds: string[]; communeLevelToo: boolean } {
  const all = [...scope.readable];
  if (!unitId) return { unitIds: all, communeLevelToo: false };
  const unit = scope.units.get(unitId);
  if (!unit || !scope.readable.has(unitId)) {
    throw new AppError('PROCEDURE_UNIT_NOT_FOUND', 'Đơn vị không tồn tại hoặc bạn không có quyền xem / unit not found', [
      { path: 'querystring.unitId', message: 'Không tìm thấy đơn vị / unit not found' },
    ]);
  }
  const inSubtree = all.filter((id) => {
    for (let u = scope.units.get(id), i = 0; u && i < 100; u = u.parentId ? scope.units.get(u.parentId) : undefined, i++)
      if (u.id === unitId) return true;
    return false;
  });
  return { unitIds: inSubtree, communeLevelToo: COMMUNE_KINDS.includes(unit.kind) };
}

/** Catalogue rows matching a query (all of them, sorted); shared by the list and the export. */
export async function matchingRows(
  db: Executor,
  scope: CatalogueScope,
  query: ProcedureExportQuery,
  today: string,
): Promise<{ asOf: string; rows: ProcedureListRow[] }> {
  const asOf = query.asOf ?? today;
  const { unitIds, communeLevelToo } = unitFilter(scope, query.unitId);
  const base = {
    level: query.level,
    sector: query.sector,
    onlineLevel: query.onlineLevel,
    interAgency: query.interAgency,
    asOf: query.includeExpired ? null : asOf,
  };
  const rows = await listProcedureRows(db, { ...base, unitIds });
  if (communeLevelToo && query.unitId && query.level !== 'province') {
    const root = scope.rootOf(query.unitId);
    const seen = new Set(rows.map((r) => r.id));
    if (root)
      for (const r of await listProcedureRows(db, { ...base, level: 'commune', unitIds: [root] })) if (!seen.has(r.id)) rows.push(r);
  }
  const matches = procedureMatcher(query.q);
  return { asOf, rows: rows.filter(matches).sort(compareProcedures) };
}

/** One page of the catalogue of the caller's province(s). */
export async function listProcedures(db: Executor, actor: Actor, query: ProcedureListQuery, today: string): Promise<ProcedureListResponse> {
  const scope = await loadCatalogueScope(db, actor);
  const { asOf, rows } = await matchingRows(db, scope, query, today);
  const items = rows
    .slice(query.offset, query.offset + query.limit)
    .map((r) => toListItem(r, asOf, abilitiesOnProcedure(scope, r.handlingUnitId)));
  return { asOf, items, total: rows.length, abilities: scope.managesSomewhere ? ['dossier.read', 'procedure.manage'] : ['dossier.read'] };
}

/** Sectors of the catalogue in effect today, with counts, in Vietnamese order. */
export async function listSectors(db: Executor, actor: Actor, today: string): Promise<ProcedureSectorsResponse> {
  const scope = await loadCatalogueScope(db, actor);
  const rows = await listProcedureRows(db, { unitIds: [...scope.readable], asOf: today });
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.sector, (counts.get(r.sector) ?? 0) + 1);
  return { items: [...counts].sort((a, b) => collator.compare(a[0], b[0])).map(([sector, count]) => ({ sector, count })) };
}

/** One procedure with its documents, route steps and the other versions of its code. */
export async function describeProcedure(
  db: Executor,
  actor: Actor,
  id: string,
  today: string,
  scope?: CatalogueScope,
): Promise<ProcedureDetail> {
  const s = scope ?? (await loadCatalogueScope(db, actor));
  const p = await findProcedure(db, id);
  if (!p || !s.readable.has(p.handlingUnitId)) throw procedureNotFound();
  const [row] = await listProcedureRows(db, { unitIds: [p.handlingUnitId], asOf: null, ids: [id] });
  if (!row) throw procedureNotFound();
  const root = s.rootOf(p.handlingUnitId);
  const provinceUnits = [...s.readable].filter((u) => s.rootOf(u) === root);
  const [documents, steps, versions] = [
    await documentsOf(db, id),
    await stepsOf(db, id),
    await versionsOf(db, p.nationalCode, provinceUnits),
  ];
  return toDetail(toListItem(row, today, abilitiesOnProcedure(s, p.handlingUnitId)), p, { documents, steps, versions });
}
