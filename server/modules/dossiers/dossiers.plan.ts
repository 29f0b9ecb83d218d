import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { WorkingCalendar } from '@core/calendar';
import {
  communeIn,
  handlingCommune,
  isCommuneKind,
  missingDocuments,
  needsHandlingCommune,
  openClock,
  planRoute,
  provinceIn,
  unknownDocuments,
  type Opening,
  type PlannedRoute,
} from '@core/dossier';
import type { CreateDossierRequestSchema } from '@contracts/dossiers';
import type { DossierChannel } from '@db/types-one-stop';
import { AppError } from '../../http';
import type { CheckedFile } from './dossiers.files';
import type { IntakeContext, LoadedProcedure, NamedUnitChain, StepValues } from './dossiers.intake.repo';

// The one planner of a dossier's reception, for the counter intake, the online submission and the acceptance of an
// online dossier: the checks, the route and the legal clock, planned on an intake context (dossiers.context.ts) with
// the pure rules of core/dossier. Nothing here reads or writes: a refusal is an AppError of the error table.

/** A dossier about to be written, as intake assembled it. */
export type NewDossier = {
  loaded: LoadedProcedure;
  unit: { id: string; code: string; name: string };
  handlingUnitId: string;
  channel: DossierChannel;
  applicant: z.output<typeof CreateDossierRequestSchema>['applicant'];
  subject: string | null;
  nationalCode: string | null;
  returnPlace: string | null;
  note: string | null;
  documents: Array<{ procedureDocumentId: string; name: string; form: string; quantity: number }>;
  opening: Opening | null;
  files: CheckedFile[];
};

/** Refuses a missing procedure (404) or one not in effect on the day (400), reported at `path`. */
export function requireInEffect<L extends { procedure: { validFrom: string; validTo: string | null } }>(
  loaded: L | undefined,
  day: string,
  path = 'body.procedureId',
): L {
  if (!loaded) {
    throw new AppError('PROCEDURE_NOT_FOUND', 'Thủ tục hành chính không tồn tại / procedure not found', [
      { path, message: 'not found', code: 'PROCEDURE_NOT_FOUND' },
    ]);
  }
  const p = loaded.procedure;
  if (p.validFrom > day || (p.validTo !== null && p.validTo < day)) {
    throw new AppError('PROCEDURE_NOT_IN_EFFECT', 'Thủ tục không còn hoặc chưa có hiệu lực / procedure not in effect', [
      { path, message: 'not in effect', code: 'PROCEDURE_NOT_IN_EFFECT' },
    ]);
  }
  return loaded;
}

/** Refuses an incomplete dossier, listing each missing document (docs/DOMAIN.md §4.3). */
export function requireComplete(loaded: LoadedProcedure, receivedIds: readonly string[], path: string): void {
  const unknown = unknownDocuments(loaded.documents, receivedIds);
  if (unknown.length) {
    throw new AppError(
      'DOSSIER_DOCUMENT_UNKNOWN',
      'Có giấy tờ không thuộc thành phần hồ sơ của thủ tục / a document is not in the procedure list',
      unknown.map((id) => ({ path, message: id, code: 'DOSSIER_DOCUMENT_UNKNOWN' })),
    );
  }
  const missing = missingDocuments(loaded.documents, receivedIds);
  if (missing.length) {
    throw new AppError(
      'DOSSIER_DOCUMENTS_MISSING',
      `Hồ sơ chưa đầy đủ, còn thiếu ${missing.length} giấy tờ: ${missing.map((d) => d.name).join('; ')} / the dossier is incomplete`,
      missing.map((d) => ({ path, message: d.name, code: d.id })),
    );
  }
}

/** The received documents as the receipt lists them. */
export const documentsOf = (loaded: LoadedProcedure, ids: readonly string[]): NewDossier['documents'] =>
  loaded.documents
    .filter((d) => ids.includes(d.id))
    .map((d) => ({ procedureDocumentId: d.id, name: d.name, form: d.form, quantity: d.quantity }));

const handlingCommuneRequired = (path: string) =>
  new AppError(
    'DOSSIER_HANDLING_COMMUNE_REQUIRED',
    'Thủ tục cấp xã tiếp nhận ngoài địa bàn xã: cần chọn xã, phường, đặc khu giải quyết hồ sơ / a commune-level procedure received outside any commune needs the commune that will handle it',
    [{ path, message: 'Cần chọn xã, phường, đặc khu giải quyết / required', code: 'DOSSIER_HANDLING_COMMUNE_REQUIRED' }],
  );

const handlingCommuneNotApplicable = (path: string) =>
  new AppError(
    'DOSSIER_HANDLING_COMMUNE_NOT_APPLICABLE',
    'Chỉ chọn xã giải quyết cho thủ tục cấp xã tiếp nhận ngoài địa bàn xã / a handling commune is only named for a commune-level procedure received outside any commune',
    [{ path, message: 'Không áp dụng ở nơi tiếp nhận này / not applicable here', code: 'DOSSIER_HANDLING_COMMUNE_NOT_APPLICABLE' }],
  );

// One answer whatever the reason: a unit of another province must not be told apart from one that does not exist.
const handlingCommuneInvalid = (path: string) =>
  new AppError(
    'DOSSIER_HANDLING_COMMUNE_INVALID',
    'Đơn vị giải quyết phải là xã, phường, đặc khu đang hoạt động trong tỉnh / the handling commune must be a commune, ward or special zone in effect in the province',
    [
      {
        path,
        message: 'Không phải xã, phường, đặc khu đang hoạt động trong tỉnh / not a commune in effect in the province',
        code: 'DOSSIER_HANDLING_COMMUNE_INVALID',
      },
    ],
  );

/** A commune named for a dossier (by the clerk, or the handling unit of an online dossier) and its chain of units. */
export type NamedCommune = { id: string; chain: NamedUnitChain };

/** Whether the receiving unit of a context is in no commune while the procedure is commune level (docs/DOMAIN.md §4.6). */
export const needsNamedCommune = (ctx: IntakeContext, loaded: LoadedProcedure): boolean =>
  needsHandlingCommune(loaded.procedure.level, communeIn(ctx.units, ctx.unit.id));

/** Checks a named commune: a commune-level unit in effect on the day, in the receiving unit's province. */
function checkNamed(ctx: IntakeContext, named: NamedCommune, path: string): void {
  const commune = named.chain[0];
  if (!commune || commune.id !== named.id || !isCommuneKind(commune.kind) || !commune.current) throw handlingCommuneInvalid(path);
  const province = provinceIn(ctx.units, ctx.unit.id);
  if (!province || !named.chain.some((u) => u.id === province)) throw handlingCommuneInvalid(path);
}

/**
 * The route of a dossier and the context extended with the named commune's units. A commune-level procedure runs at
 * the receiving unit's commune, or at the commune named at a unit in none (core handlingCommune, docs/DOMAIN.md §4.6).
 */
export function routeOf(
  ctx: IntakeContext,
  loaded: LoadedProcedure,
  named: NamedCommune | undefined,
  path: string,
): { route: PlannedRoute; ctx: IntakeContext } {
  const commune = handlingCommune(loaded.procedure.level, communeIn(ctx.units, ctx.unit.id), named?.id);
  if (!commune.ok) {
    throw commune.code === 'DOSSIER_HANDLING_COMMUNE_REQUIRED' ? handlingCommuneRequired(path) : handlingCommuneNotApplicable(path);
  }
  let units = ctx.units;
  if (named) {
    checkNamed(ctx, named, path);
    units = new Map([...ctx.units, ...named.chain.map(({ current: _c, ...u }) => [u.id, u] as const)]);
  }
  const p = loaded.procedure;
  const route = planRoute({
    handlingUnitId: p.handlingUnitId,
    handlingUnitKind: units.get(p.handlingUnitId)?.kind,
    steps: loaded.steps.map((s) => ({ ...s, timeShare: Number(s.timeShare) })),
    commune: commune.value,
  });
  if (!route.ok) {
    throw new AppError('DOSSIER_ROUTE_INVALID', `Quy trình của thủ tục không hợp lệ / invalid procedure route: ${route.message ?? ''}`);
  }
  return { route: route.value, ctx: { ...ctx, units } };
}

/** Starts the legal clock of a dossier received now and splits it over the route (core openClock, docs/DOMAIN.md §3.1, §4.4). */
export function openingOf(calendar: WorkingCalendar, now: Date, loaded: LoadedProcedure, route: PlannedRoute): Opening {
  const { durationValue, durationUnit, sameDayCutoff } = loaded.procedure;
  // A same-day procedure carries its cutoff hour (docs/DOMAIN.md §3.9).
  const time = { amount: Number(durationValue), unit: durationUnit, ...(sameDayCutoff ? { cutoff: sameDayCutoff } : {}) };
  const opened = openClock(calendar, now.getTime(), time, route);
  if (!opened.ok) {
    throw new AppError(opened.code, `Không tính được hạn giải quyết / cannot compute the due date: ${opened.message ?? opened.code}`);
  }
  return opened.value;
}

/** Control-slip rows at receipt; the first one starts now, with its handler. */
export function stepValues(dossierId: string, opening: Opening, now: Date, handlerId: string | null): StepValues[] {
  return opening.steps.map((s, i) => ({
    id: randomUUID(),
    dossierId,
    position: s.position,
    unitId: s.unitId,
    name: s.name,
    dueAt: s.dueAt,
    startedAt: i === 0 ? now : null,
    handlerId: i === 0 ? handlerId : null,
  }));
}

/** Refuses an online submission to a unit that is gone or is not a reception point (one-stop centre or commune level). */
export function requireReceptionPoint(ctx: IntakeContext | undefined, day: string): IntakeContext {
  if (!ctx || (ctx.unit.validTo !== null && ctx.unit.validTo < day)) {
    throw new AppError('UNIT_NOT_FOUND', 'Nơi tiếp nhận không tồn tại / receiving unit not found', [
      { path: 'body.receivingUnitId', message: 'not found', code: 'UNIT_NOT_FOUND' },
    ]);
  }
  // Only a reception point (one-stop centre, commune, ward, special zone) takes dossiers, never a department or the
  // province (Decree 118/2025/NĐ-CP, docs/DOMAIN.md §4.6).
  const kind = ctx.units.get(ctx.unit.id)?.kind ?? '';
  if (kind !== 'one_stop_centre' && !isCommuneKind(kind)) {
    throw new AppError(
      'DOSSIER_RECEIVING_UNIT_INVALID',
      'Đơn vị này không phải nơi tiếp nhận hồ sơ / this unit does not receive dossiers',
      [
        {
          path: 'body.receivingUnitId',
          message: 'Không phải nơi tiếp nhận hồ sơ / not a receiving unit',
          code: 'DOSSIER_RECEIVING_UNIT_INVALID',
        },
      ],
    );
  }
  return ctx;
}

/** Refuses online a procedure not offered online. */
export function requireOfferedOnline(loaded: LoadedProcedure): void {
  if (loaded.procedure.onlineLevel === 'none') {
    throw new AppError('PROCEDURE_NOT_ONLINE', 'Thủ tục này không tiếp nhận trực tuyến / this procedure is not offered online', [
      { path: 'body.procedureId', message: 'not online' },
    ]);
  }
}

/** Refuses a commune-level procedure submitted online outside any commune (docs/DOMAIN.md §4.6). */
export function requireCommuneOnline(ctx: IntakeContext, loaded: LoadedProcedure): void {
  // Online, the citizen picks the reception point, so a commune-level procedure goes to a commune (as
  // GET /api/public/receiving-units offers): the commune that receives it handles it.
  if (needsNamedCommune(ctx, loaded)) {
    throw new AppError(
      'DOSSIER_RECEIVING_UNIT_INVALID',
      'Thủ tục cấp xã nộp trực tuyến phải chọn nơi tiếp nhận là xã, phường, đặc khu / a commune-level procedure is submitted online to a commune, ward or special zone',
      [{ path: 'body.receivingUnitId', message: 'Không phải xã, phường, đặc khu / not a commune', code: 'DOSSIER_RECEIVING_UNIT_INVALID' }],
    );
  }
}
