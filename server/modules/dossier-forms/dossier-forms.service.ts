import {
  buildDossierForm,
  isFormAvailable,
  registerForm,
  DOSSIER_FORMS,
  type DossierFormCode,
  type FormDocument,
  type RegisterInput,
} from '@core/dossier-forms';
import { diffDays, startOfDay, addDays, parseLocalDate, type LocalDate } from '@core/calendar/local-date';
import { isInScope } from '@core/access/scope';
import type { Permission } from '@core/access/permissions';
import type { DossierRegisterQuery } from '@contracts/dossier-forms';
import { type Actor, AppError, type Deps, notFound, validationError } from '../../http';
import { controlSlipHandOver, controlSlipOf } from '../dossiers/dossiers.service';
import { ancestryOf, subtreeIds } from '../units/units.service';
import { loadFormDossier, loadFormUnit, loadRegisterEntries } from './dossier-forms.repo';
import { renderPdf } from './pdf-renderer';
import { registerWorkbook } from './register-xlsx';

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

/** The register data of a unit's subtree for a period; the unit must be in the actor's scope for every permission. */
export async function registerInput(deps: Deps, actor: Actor, q: DossierRegisterQuery, permissions: Permission[]): Promise<RegisterInput> {
  const from = localDate(q.from, 'from');
  const to = localDate(q.to, 'to');
  if (diffDays(from, to) + 1 > MAX_REGISTER_DAYS) {
    throw validationError([{ path: 'querystring.to', message: 'Khoảng thời gian tối đa 366 ngày / the period may span at most 366 days' }]);
  }
  const unit = await loadFormUnit(deps.db, q.unitId);
  if (!unit) throw notFound('Đơn vị');
  for (const p of permissions) if (!(await inScope(deps, actor, p, q.unitId))) throw notFound('Đơn vị');
  const units = await subtreeIds(deps.db, [q.unitId]);
  const start = new Date(startOfDay(from));
  const end = new Date(startOfDay(addDays(to, 1)));
  const entries = await loadRegisterEntries(deps.db, [...units], start, end);
  return { unit, from: start, to: new Date(startOfDay(to)), entries };
}

/** Mẫu 07 as PDF. */
export async function registerPdf(deps: Deps, actor: Actor, q: DossierRegisterQuery): Promise<IssuedFile> {
  const input = await registerInput(deps, actor, q, ['dossier.read']);
  const doc = registerForm(input, { now: deps.now(), place: FORM_PLACE });
  return { fileName: `so-theo-doi-ho-so-${q.from}-${q.to}.pdf`, body: await renderPdf(doc) };
}

/** Mẫu 07 as Excel. */
export async function registerXlsx(deps: Deps, actor: Actor, q: DossierRegisterQuery): Promise<IssuedFile> {
  const input = await registerInput(deps, actor, q, ['dossier.read', 'report.export']);
  return { fileName: `so-theo-doi-ho-so-${q.from}-${q.to}.xlsx`, body: await registerWorkbook(input) };
}

/** Renders a one-stop form built elsewhere (the counter log's forms 02 and 03) with the forms' own look. */
export async function renderFormPdf(doc: FormDocument): Promise<Buffer> {
  return renderPdf(doc);
}
