import type { ProcedureExportQuery } from '@contracts/procedures';
import type { Unit } from '@db/types';
import type { Executor } from '../../infra/database';
import type { Actor } from '../../http';
import { childrenOfMany } from './procedures.repo';
import { loadCatalogueScope, type CatalogueScope } from './procedures.scope';
import { matchingRows } from './procedures.service';
import { writeCatalogueWorkbook } from './procedures.excel';

const kindOrder = ['province', 'department', 'one_stop_centre', 'ward', 'commune', 'special_zone', 'district'];

// The units the caller may reference in the file: those of their provinces in effect today.
function unitList(scope: CatalogueScope, today: string): Unit[] {
  return [...scope.readable]
    .map((id) => scope.units.get(id))
    .filter((u): u is Unit => !!u && u.validFrom <= today && (u.validTo === null || u.validTo >= today))
    .sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.code.localeCompare(b.code));
}

/** The catalogue rows matching the list filters, with documents and steps, as a workbook in the template's format. */
export async function exportCatalogue(db: Executor, actor: Actor, query: ProcedureExportQuery, today: string): Promise<Buffer> {
  const scope = await loadCatalogueScope(db, actor);
  const { rows } = await matchingRows(db, scope, query, today);
  const { documents, steps } = await childrenOfMany(
    db,
    rows.map((r) => r.id),
  );
  return writeCatalogueWorkbook({ procedures: rows, documents, steps, units: unitList(scope, today) });
}

/** The empty template, with the caller's units listed for reference. */
export async function catalogueTemplate(db: Executor, actor: Actor, today: string): Promise<Buffer> {
  const scope = await loadCatalogueScope(db, actor);
  return writeCatalogueWorkbook({ procedures: [], documents: new Map(), steps: new Map(), units: unitList(scope, today) });
}
