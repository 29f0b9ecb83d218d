import type { Readable } from 'node:stream';
import {
  buildDossierForm,
  isFormAvailable,
  registerForm,
  DOSSIER_FORMS,
  type DossierFormCode,
  type FormDocument,
  type FormUnit,
  type RegisterEntry,
} from '@core/dossier-forms';
import { diffDays, startOfDay, addDays, parseLocalDate, type LocalDate } from '@core/calendar/local-date';
import { isInScope } from '@core/access/scope';
import type { Permission } from '@core/access/permissions';
import type { DossierRegisterQuery } from '@contracts/dossier-forms';
import { type Actor, AppError, type Deps, notFound, validationError } from '../../http';
import { controlSlipHandOver, controlSlipOf } from '../dossiers/dossiers.service';
import { ancestryOf, subtreeIds } from '../units/units.service';
import { QueueFullError, type WorkerQueue } from '../../infra/worker-queue';
import {
  countRegisterEntries,
  loadFormDossier,
  loadFormUnit,
  loadRegisterPage,
  type RegisterCursor,
  type RegisterScope,
} from './dossier-forms.repo';
import { renderPdf } from './pdf-renderer';
import { streamRegisterWorkbook } from './register-xlsx';

/** The place printed on the date line of forms (provincial centre, docs/DOMAIN.md §9.1). */
export const FORM_PLACE = 'Buôn Ma Thuột';
const MAX_REGISTER_DAYS = 366;

async function inScope(deps: Deps, actor: Actor, permission: Permission, unitId: string): Promise<boolean> {
  return isInScope(actor.grants, permission, await ancestryOf(deps.db, unitId));
}

function localDate(value: string, field: string): LocalDate {
  const r = parseLocalDate(value);
  if (!r.ok) throw validationError([{ path: `querystring.${field}`, message: 'Ngày không hợp lệ / invalid date' }]);
  return r.value;
}

/** A rendered file and its name. */
export type IssuedFile = { fileName: string; body: Buffer };

const formNotAvailable = () =>
  // The dossier exists and is visible, but has no event that issues this form: answer 404 with its own code.
  Object.assign(new AppError('DOSSIER_FORM_NOT_AVAILABLE', 'Hồ sơ chưa có văn bản này / this form is not available for the dossier'), {
    status: 404,
  });

/** The document of form 01–06 of a dossier the actor may read (receiving, handling or current unit in scope), else 404. */
export async function dossierFormDocument(
  deps: Deps,
  actor: Actor,
  id: string,
  form: string,
  publicBaseUrl: string,
): Promise<FormDocument> {
  if (!(DOSSIER_FORMS as readonly string[]).includes(form)) throw notFound('Mẫu văn bản');
  const loaded = await loadFormDossier(deps.db, id);
  if (!loaded) throw notFound('Hồ sơ');
  let visible = false;
  for (const u of loaded.scopeUnitIds) if (!visible && (await inScope(deps, actor, 'dossier.read', u))) visible = true;
  if (!visible) throw notFound('Hồ sơ');
  const code = form as DossierFormCode;
  if (!isFormAvailable(code, loaded.dossier.events, loaded.dossier.receivedAt)) throw formNotAvailable();
  const steps = await controlSlipOf(deps.db, id);
  const handOver = code === '06' ? await controlSlipHandOver(deps.db, id, steps, deps.now()) : null;
  const dossier = { ...loaded.dossier, steps, handOver };
  return buildDossierForm(code, dossier, { now: deps.now(), place: FORM_PLACE, publicBaseUrl });
}

/** Form 01–06 as PDF. */
export async function issueDossierForm(deps: Deps, actor: Actor, id: string, form: string, publicBaseUrl: string): Promise<IssuedFile> {
  const doc = await dossierFormDocument(deps, actor, id, form, publicBaseUrl);
  return { fileName: doc.fileName, body: await renderPdf(doc) };
}

/** A register request checked against the caller's scope: the unit, the period and which dossiers it lists. */
export type RegisterRequest = { unit: FormUnit; from: Date; to: Date; scope: RegisterScope; count: number };

/** The register of a unit's subtree for a period; the unit must be in the actor's scope for every permission, and the
 * list no longer than `maxRows` (else REPORT_TOO_LARGE, telling the user how to narrow it). */
export async function registerRequest(
  deps: Deps,
  actor: Actor,
  q: DossierRegisterQuery,
  permissions: Permission[],
  maxRows: number,
  kind: 'pdf' | 'xlsx',
): Promise<RegisterRequest> {
  const from = localDate(q.from, 'from');
  const to = localDate(q.to, 'to');
  if (diffDays(from, to) + 1 > MAX_REGISTER_DAYS) {
    throw validationError([{ path: 'querystring.to', message: 'Khoảng thời gian tối đa 366 ngày / the period may span at most 366 days' }]);
  }
  const unit = await loadFormUnit(deps.db, q.unitId);
  if (!unit) throw notFound('Đơn vị');
  for (const p of permissions) if (!(await inScope(deps, actor, p, q.unitId))) throw notFound('Đơn vị');
  const units = await subtreeIds(deps.db, [q.unitId]);
  const scope: RegisterScope = { unitIds: [...units], from: new Date(startOfDay(from)), to: new Date(startOfDay(addDays(to, 1))) };
  const count = await countRegisterEntries(deps.db, scope);
  if (count > maxRows) throw registerTooLarge(count, maxRows, kind);
  return { unit, from: scope.from, to: new Date(startOfDay(to)), scope, count };
}

const vn = (n: number) => n.toLocaleString('vi-VN');

function registerTooLarge(count: number, max: number, kind: 'pdf' | 'xlsx'): AppError {
  const vi =
    kind === 'pdf'
      ? `Sổ có ${vn(count)} hồ sơ, nhiều hơn ${vn(max)} hồ sơ của một bản PDF; hãy chọn khoảng thời gian ngắn hơn hoặc đơn vị nhỏ hơn, hoặc tải bản Excel`
      : `Sổ có ${vn(count)} hồ sơ, nhiều hơn ${vn(max)} dòng của một bảng Excel; hãy chọn khoảng thời gian ngắn hơn hoặc đơn vị nhỏ hơn`;
  const en =
    kind === 'pdf'
      ? `the register lists ${count} dossiers, more than the ${max} of one PDF: narrow the period or unit, or download the Excel register`
      : `the register lists ${count} dossiers, more than the ${max} rows of one sheet: narrow the period or unit`;
  return new AppError('REPORT_TOO_LARGE', `${vi} / ${en}`, [{ path: 'querystring.to', message: vi }]);
}

const PAGE = 2_000;

/** Every line of a register, read page by page. */
export async function* registerEntries(deps: Deps, scope: RegisterScope, pageSize = PAGE): AsyncGenerator<RegisterEntry[]> {
  let cursor: RegisterCursor | null = null;
  for (;;) {
    const page = await loadRegisterPage(deps.db, scope, cursor, pageSize);
    if (page.length) yield page;
    const last = page[page.length - 1];
    if (!last || page.length < pageSize) return;
    cursor = { receivedAt: last.receivedAt ?? scope.from, code: last.code };
  }
}

/** Mẫu 07 as PDF, laid out in the worker thread of `pdf` so that the event loop stays free. */
export async function registerPdf(
  deps: Deps,
  actor: Actor,
  q: DossierRegisterQuery,
  pdf: WorkerQueue<FormDocument, Uint8Array>,
): Promise<IssuedFile> {
  const r = await registerRequest(deps, actor, q, ['dossier.read'], deps.config.REGISTER_PDF_MAX_ROWS, 'pdf');
  const entries: RegisterEntry[] = [];
  for await (const page of registerEntries(deps, r.scope)) entries.push(...page);
  const doc = registerForm({ unit: r.unit, from: r.from, to: r.to, entries }, { now: deps.now(), place: FORM_PLACE });
  try {
    const bytes = await pdf.run(doc);
    return { fileName: `so-theo-doi-ho-so-${q.from}-${q.to}.pdf`, body: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  } catch (e) {
    if (e instanceof QueueFullError) throw new AppError('REPORT_BUSY');
    throw e;
  }
}

/** Mẫu 07 as Excel, streamed: rows are read page by page and written as the client takes them. */
export async function registerXlsx(deps: Deps, actor: Actor, q: DossierRegisterQuery): Promise<{ fileName: string; stream: Readable }> {
  const r = await registerRequest(deps, actor, q, ['dossier.read', 'report.export'], deps.config.REGISTER_XLSX_MAX_ROWS, 'xlsx');
  const stream = streamRegisterWorkbook({ unit: r.unit, from: r.from, to: r.to }, registerEntries(deps, r.scope));
  return { fileName: `so-theo-doi-ho-so-${q.from}-${q.to}.xlsx`, stream };
}

/** Renders a one-stop form built elsewhere (the counter log's forms 02 and 03) with the forms' own look. */
export async function renderFormPdf(doc: FormDocument): Promise<Buffer> {
  return renderPdf(doc);
}
