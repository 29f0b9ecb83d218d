import { scopeRoots } from '@core/access/scope';
import { addDays, asLocalDate, startOfDay } from '@core/calendar/local-date';
import { foldVietnamese, searchWords } from '@core/shared/text';
import type { AuditListResponse, AuditQuery } from '@contracts/audit';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, RETIRED_AUDIT_ACTIONS } from '@contracts/audit-labels';
import type { Executor } from '../../infra/database';
import { AppError, type Actor, type Deps } from '../../http';
import { subtreeIds } from '../units/units.service';
import { auditEntityTypes, listAuditEntries, namesOfIds, rootUnitsAmong, type AuditFilter } from './audit.repo';

/** Who may read which entries: the actor's `audit.read` subtree, plus unit-less entries for holders on a root unit. */
async function readerScope(
  db: Executor,
  actor: Actor,
  unitId: string | undefined,
): Promise<Pick<AuditFilter, 'unitIds' | 'includeUnitless'>> {
  const roots = scopeRoots(actor.grants, 'audit.read');
  const unitIds = await subtreeIds(db, roots);
  if (unitId !== undefined) {
    if (!unitIds.has(unitId))
      throw new AppError('UNIT_NOT_FOUND', 'Đơn vị không tồn tại hoặc ngoài phạm vi của bạn / unit not found or out of scope');
    const wanted = await subtreeIds(db, [unitId]);
    return { unitIds: [...wanted], includeUnitless: false };
  }
  // Entries without a unit (failed logins of unknown users, system jobs) are province-wide facts:
  // only a reader whose audit grant sits on a top-level unit sees them.
  const includeUnitless = (await rootUnitsAmong(db, roots)).length > 0;
  return { unitIds: [...unitIds], includeUnitless };
}

type Worded = ReadonlyArray<readonly [code: string, folded: string]>;
const folded = (table: Record<string, { vi: string; en: string }>): Worded =>
  Object.entries(table).map(([code, w]) => [code, foldVietnamese(`${w.vi} ${w.en}`)] as const);
const ACTION_WORDS = folded({
  ...AUDIT_ACTION_LABELS,
  ...Object.fromEntries(Object.entries(RETIRED_AUDIT_ACTIONS).map(([old, now]) => [old, AUDIT_ACTION_LABELS[now]])),
});
const ENTITY_WORDS = folded(AUDIT_ENTITY_LABELS);

/** Each search word with the action codes and entity types whose words (Vietnamese or English) hold it. */
export function searchTerms(q: string | undefined): NonNullable<AuditFilter['words']> {
  const having = (table: Worded, word: string) => table.filter(([, text]) => text.includes(word)).map(([code]) => code);
  return searchWords(q).map((word) => ({ word, actions: having(ACTION_WORDS, word), entityTypes: having(ENTITY_WORDS, word) }));
}

function toFilter(scope: Pick<AuditFilter, 'unitIds' | 'includeUnitless'>, q: AuditQuery): AuditFilter {
  return {
    ...scope,
    actorId: q.actorId,
    entityType: q.entityType,
    entityId: q.entityId,
    action: q.action,
    words: searchTerms(q.q),
    // Days are Vietnamese civil days: from=2026-11-25 starts at 2026-11-25T00:00+07:00; `to` includes its whole day.
    fromAt: q.from ? new Date(startOfDay(asLocalDate(q.from))) : undefined,
    beforeAt: q.to ? new Date(startOfDay(addDays(asLocalDate(q.to), 1))) : undefined,
  };
}

/** A page of the audit log the actor may read, newest first. */
export async function listAudit(deps: Deps, actor: Actor, q: AuditQuery): Promise<AuditListResponse> {
  const filter = toFilter(await readerScope(deps.db, actor, q.unitId), q);
  const { rows, total } = await listAuditEntries(deps.db, filter, q.limit, q.offset);
  const names = await namesOfIds(deps.db, [...new Set(rows.flatMap((r) => [...referredIds(r.before), ...referredIds(r.after)]))]);
  const namesOf = (r: (typeof rows)[number]) =>
    Object.fromEntries(
      [...referredIds(r.before), ...referredIds(r.after)].flatMap((id) => (names.has(id) ? [[id, names.get(id) ?? '']] : [])),
    );
  return {
    items: rows.map((r) => ({ ...r, at: r.at.toISOString(), before: r.before ?? null, after: r.after ?? null, names: namesOf(r) })),
    total,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids an entry's before or after refers to (fields `…Id` and `id` holding a UUID, or lists of them). */
export function referredIds(v: unknown): string[] {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return [];
  return Object.entries(v as Record<string, unknown>).flatMap(([k, x]) =>
    k === 'id' || k.endsWith('Id') || k.endsWith('Ids')
      ? (Array.isArray(x) ? x : [x]).filter((y): y is string => typeof y === 'string' && UUID.test(y))
      : [],
  );
}

/** Entity types present in the part of the log the actor may read. */
export async function listAuditEntityTypes(deps: Deps, actor: Actor): Promise<string[]> {
  return auditEntityTypes(deps.db, await readerScope(deps.db, actor, undefined));
}
