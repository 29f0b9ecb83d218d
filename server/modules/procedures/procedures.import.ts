import {
  type ImportedProcedure,
  type ImportProblem,
  type ImportProceduresRequest,
  type ImportProceduresResponse,
} from '@contracts/procedures';
import { foldVietnamese } from '@contracts/units';
import type { Unit } from '@db/types';
import { AppError } from '../../http';
import type { Executor } from '../../infra/database';
import { recordAudit } from '../audit/audit.service';
import { importLimits, loadWorkbook, readSheet, type SheetColumn, type SheetData, type SheetRow } from '../../infra/excel-read';
import { changedUsedDocuments, insertFull, type ProcedureWriteContext } from './procedures.commands';
import { DOCUMENT_COLUMNS, PROCEDURE_COLUMNS, SHEETS, STEP_COLUMNS } from './procedures.excel';
import {
  checkDocumentRow,
  checkProcedureRow,
  checkStepRow,
  unitResolver,
  type ParsedProcedure,
  type ProcedureRowContext,
  type RowCheck,
} from './procedures.import-rows';
import { auditView } from './procedures.present';
import {
  documentsWithUse,
  findOpenVersion,
  findOverlappingCode,
  lockCatalogue,
  replaceSteps,
  syncDocuments,
  updateProcedure,
  type StoredDocument,
} from './procedures.repo';
import { loadCatalogueScope, type CatalogueScope } from './procedures.scope';

const MAX_ROWS = 5000;

/** Reads one data sheet of the workbook; a missing sheet, missing columns or too many rows are problems of row 0/1. */
function sheetRows<K extends string>(
  wb: SheetData[],
  name: string,
  columns: ReadonlyArray<SheetColumn<K> & { title: string }>,
  problems: ImportProblem[],
): Array<SheetRow<K>> {
  const ws = wb.find((w) => foldVietnamese(w.name) === foldVietnamese(name));
  if (!ws) {
    problems.push({ sheet: name, row: 0, message: `Thiếu trang "${name}" / sheet "${name}" missing` });
    return [];
  }
  const read = readSheet(ws, columns, MAX_ROWS);
  if (read.ok) return read.rows;
  if (read.tooMany)
    problems.push({ sheet: name, row: MAX_ROWS + 2, message: `Trang có quá ${MAX_ROWS} dòng / more than ${MAX_ROWS} rows` });
  else {
    const titles = columns.filter((c) => read.missing.includes(c.key)).map((c) => `"${c.title}"`);
    problems.push({ sheet: name, row: 1, message: `Thiếu cột: ${titles.join(', ')} / missing columns` });
  }
  return [];
}

/** Groups the rows of a child sheet (documents, steps) by the procedure code they belong to; bad rows become problems. */
function byCode<R extends { text: (k: 'nationalCode') => string; row: number }, T>(
  rows: R[],
  check: (r: R) => RowCheck<T>,
  bad: (row: number, msgs: string[]) => void,
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const c = check(r);
    if (!c.ok) {
      bad(r.row, c.problems);
      continue;
    }
    const k = r.text('nationalCode').toLowerCase();
    out.set(k, [...(out.get(k) ?? []), c.value]);
  }
  return out;
}

/** Parses the catalogue workbook (guarded, in the Excel worker); done before the import's transaction, which on PGlite holds the one connection. */
const loadCatalogue = (content: Buffer): Promise<SheetData[]> =>
  loadWorkbook(
    content,
    () =>
      new AppError('PROCEDURE_IMPORT_UNREADABLE', undefined, [
        { path: 'body.contentBase64', message: 'Tệp hỏng hoặc không phải .xlsx / not an .xlsx file' },
      ]),
    importLimits(MAX_ROWS),
  );

/** Checks every row of the parsed workbook; `existing` finds the current version of a code in the province. */
async function parseWorkbook(
  wb: SheetData[],
  ctx: Omit<ProcedureRowContext, 'resolve'>,
): Promise<{ parsed: ParsedProcedure[]; problems: ImportProblem[] }> {
  const problems: ImportProblem[] = [];
  const pRows = sheetRows(wb, SHEETS.procedures, PROCEDURE_COLUMNS, problems);
  const dRows = sheetRows(wb, SHEETS.documents, DOCUMENT_COLUMNS, problems);
  const sRows = sheetRows(wb, SHEETS.steps, STEP_COLUMNS, problems);
  if (problems.length) return { parsed: [], problems };
  const c: ProcedureRowContext = { ...ctx, resolve: unitResolver(ctx.scope, ctx.today) };
  const bad = (sheet: string) => (row: number, msgs: string[]) =>
    problems.push({ sheet, row, message: `${sheet}, dòng ${row}: ${msgs.join('; ')}` });
  const docsByCode = byCode(dRows, checkDocumentRow, bad(SHEETS.documents));
  const stepsByCode = byCode(sRows, (r) => checkStepRow(r, c.resolve), bad(SHEETS.steps));

  const parsed: ParsedProcedure[] = [];
  const seen = new Map<string, number>();
  for (const r of pRows) {
    const code = r.text('nationalCode');
    const k = code.toLowerCase();
    const codeProblems: string[] = [];
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(code) || code.length > 50) codeProblems.push(`mã TTHC "${code}" không hợp lệ / invalid code`);
    else if (seen.has(k)) codeProblems.push(`mã TTHC trùng với dòng ${seen.get(k)} / duplicate of row ${seen.get(k)}`);
    else seen.set(k, r.row);
    const children = { docs: docsByCode.get(k) ?? [], steps: stepsByCode.get(k) ?? [] };
    const checked = await checkProcedureRow(r, c, children, codeProblems);
    if (checked.ok) parsed.push(checked.value);
    else bad(SHEETS.procedures)(r.row, checked.problems);
  }
  for (const [k, list] of docsByCode)
    if (!seen.has(k))
      bad(SHEETS.documents)(dRows.find((r) => r.text('nationalCode').toLowerCase() === k)?.row ?? 0, [
        `mã TTHC "${k}" không có ở trang "Thủ tục" / code not on the procedures sheet (${list.length})`,
      ]);
  for (const [k, list] of stepsByCode)
    if (!seen.has(k))
      bad(SHEETS.steps)(list[0]?.row ?? 0, [`mã TTHC "${k}" không có ở trang "Thủ tục" / code not on the procedures sheet`]);
  if (!pRows.length && !problems.length)
    problems.push({ sheet: SHEETS.procedures, row: 2, message: 'Trang "Thủ tục" không có dòng dữ liệu nào / no data rows' });
  const order = Object.values(SHEETS) as string[];
  problems.sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet) || a.row - b.row);
  return { parsed, problems };
}

const summary = (p: ParsedProcedure): ImportedProcedure => ({
  row: p.row,
  nationalCode: p.values.nationalCode,
  name: p.values.name,
  sector: p.values.sector,
  level: p.values.level,
  handlingUnitCode: p.unitCode,
  cutoff: p.values.sameDayCutoff,
  durationValue: p.values.durationValue,
  durationUnit: p.values.durationUnit,
  documentCount: p.values.documents.length,
  stepCount: p.values.steps.length,
  action: p.existing ? 'update' : 'create',
});

/**
 * Checks (dry run) or imports a catalogue workbook, all or nothing. A code whose current version (no end date)
 * is in the province's catalogue is updated in place, documents and steps replaced; a new code is created.
 */
export async function importProcedures(ctx: ProcedureWriteContext, body: ImportProceduresRequest): Promise<ImportProceduresResponse> {
  const workbook = await loadCatalogue(Buffer.from(body.contentBase64, 'base64'));
  return ctx.db.transaction().execute(async (trx) => {
    await lockCatalogue(trx);
    const scope = await loadCatalogueScope(trx, ctx.actor);
    const provinceUnits = (u: Unit) => [...scope.units.keys()].filter((id) => scope.rootOf(id) === scope.rootOf(u.id));
    const current = (code: string, u: Unit) => findOpenVersion(trx, code, provinceUnits(u));
    const { parsed, problems } = await parseWorkbook(workbook, { scope, today: ctx.today, existing: current });
    const storedDocs = new Map<string, StoredDocument[]>();
    for (const p of parsed) if (p.existing) storedDocs.set(p.existing.id, await documentsWithUse(trx, p.existing.id));
    for (const p of parsed) {
      const refusal = await catalogueRefusal(trx, scope, p, storedDocs, provinceUnits);
      if (refusal !== null)
        problems.push({ sheet: SHEETS.procedures, row: p.row, message: `${SHEETS.procedures}, dòng ${p.row}: ${refusal}` });
    }
    const procedures = parsed.map(summary);
    if (body.dryRun) return { dryRun: true, procedures, errors: problems, created: 0, updated: 0 };
    if (problems.length) throw importRefused(problems);
    const { created, updated } = await saveProcedures(trx, ctx, parsed, storedDocs, `Excel: ${body.fileName}`);
    return { dryRun: false, procedures, errors: [], created, updated };
  });
}

/** Why a valid row cannot be saved: no right on the existing version, its documents in use, or an overlapping version; else null. */
async function catalogueRefusal(
  trx: Executor,
  scope: CatalogueScope,
  p: ParsedProcedure,
  storedDocs: ReadonlyMap<string, StoredDocument[]>,
  provinceUnits: (u: Unit) => string[],
): Promise<string | null> {
  const { nationalCode } = p.values;
  if (p.existing && !scope.permissionsOf(p.existing.handlingUnitId).has('procedure.manage'))
    return `bạn không có quyền sửa thủ tục hiện có mã ${nationalCode} / you may not change the existing procedure`;
  // Documents that dossier files point at may stay as they are (an exported file re-imported), but not change.
  if (p.existing && changedUsedDocuments(storedDocs.get(p.existing.id) ?? [], p.values.documents).length > 0)
    return `giấy tờ của thủ tục ${nationalCode} đã dùng trong hồ sơ; hãy dùng "Thay thế phiên bản" / documents in use, replace instead`;
  const unitIds = provinceUnits(scope.units.get(p.values.handlingUnitId) as Unit);
  if (await findOverlappingCode(trx, nationalCode, unitIds, p.values.validFrom, p.values.validTo, p.existing?.id))
    return `mã ${nationalCode} trùng thời gian hiệu lực với một phiên bản khác / overlaps another version`;
  return null;
}

/** The 400 of a refused import: how many bad rows, the first five, and every row as an issue. */
function importRefused(problems: ImportProblem[]): AppError {
  const head = problems
    .slice(0, 5)
    .map((e) => e.message)
    .join('; ');
  return new AppError(
    'PROCEDURE_IMPORT_INVALID',
    `Tệp có ${problems.length} dòng lỗi, chưa lưu thủ tục nào / ${problems.length} bad row(s), nothing was saved. ${head}${problems.length > 5 ? '…' : ''}`,
    problems.map((e) => ({ path: `${e.sheet}!${e.row}`, message: e.message })),
  );
}

/** Saves the checked rows: creates new codes, updates current versions in place (documents synced, steps replaced), audited. */
async function saveProcedures(
  trx: Executor,
  ctx: ProcedureWriteContext,
  parsed: ParsedProcedure[],
  storedDocs: ReadonlyMap<string, StoredDocument[]>,
  source: string,
): Promise<{ created: number; updated: number }> {
  let created = 0;
  let updated = 0;
  for (const p of parsed) {
    if (!p.existing) {
      await insertFull(trx, ctx, p.values, { source });
      created++;
      continue;
    }
    const { documents, steps, ...row } = p.values;
    const after = await updateProcedure(trx, p.existing.id, { ...row, updatedAt: ctx.now });
    await syncDocuments(trx, p.existing.id, storedDocs.get(p.existing.id) ?? [], documents);
    await replaceSteps(trx, p.existing.id, steps);
    await recordAudit(
      trx,
      ctx.actor,
      {
        action: 'procedure.update',
        entityType: 'procedure',
        entityId: after.id,
        unitId: after.handlingUnitId,
        before: auditView(p.existing),
        after: { ...auditView(after, { documents, steps }), source },
      },
      ctx.requestId,
    );
    updated++;
  }
  return { created, updated };
}
