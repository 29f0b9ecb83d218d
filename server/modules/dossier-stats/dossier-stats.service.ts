import type { Kysely } from 'kysely';
import { addDays, asLocalDate, formatMoment } from '@core/calendar';
import type { Permission } from '@core/access/permissions';
import { scopeRoots } from '@core/access/scope';
import {
  emptyCounts,
  finishedTotal,
  inProgressTotal,
  onTimeRatePercent,
  periodBounds,
  receivedTotal,
  sumCounts,
  toHandle,
  type StatsCounts,
} from '@core/dossier-stats';
import type {
  DifferencesQuery,
  LatePage,
  LateQuery,
  RuleDifferencesPage,
  StatsCountsView,
  StatsQuery,
  StatsReport,
  StatsRow,
  Trend,
  TrendQuery,
} from '@contracts/dossier-stats';
import type { DB } from '@db/types';
import { notFound, type Actor } from '../../http';
import { abilitiesOnUnit } from '../units/units.service';
import { calendarFor } from '../calendar/calendar.service';
import { targetInEffect } from '../targets/targets.service';
import { counterOutcomesOf } from './dossier-stats.counter';
import { countFromDaily, monthlyTrendFromDaily } from './dossier-stats.counts.repo';
import {
  countLate,
  countRepeatedSupplements,
  listLate,
  listSectors,
  unitAndChildren,
  type CountRow,
  type StatsScope,
} from './dossier-stats.repo';
import { ruleCandidateFacts, ruleCandidates } from './dossier-stats.rules.repo';
import { balanceOf, correctCounts, differencesOf, rulesOf } from './dossier-stats.rules';
import { findLock, findLockEndingOn } from './dossier-stats.locks.repo';
import { carriedFromLock, publishedReport } from './dossier-stats.lock-view';

type ScopeQuery = { unitId?: string | undefined; from: string; to: string; sector?: string | undefined; procedureId?: string | undefined };

const collator = new Intl.Collator('vi');
const iso = (d: Date | null) => (d === null ? null : formatMoment(d.getTime()));

/** Counts with their derived totals and the on-time rate (docs/DOMAIN.md §6.3), and the flagged repeated supplements. */
export function countsView(c: StatsCounts, repeatedSupplements: number): StatsCountsView {
  return {
    ...c,
    received: receivedTotal(c),
    toHandle: toHandle(c),
    finished: finishedTotal(c),
    inProgress: inProgressTotal(c),
    onTimeRate: onTimeRatePercent(c),
    repeatedSupplements,
  };
}

/** Dossier visibility for statistics: the actor's report.read subtree; a unit outside it answers 404. */
export async function resolveScope(
  db: Kysely<DB>,
  actor: Actor,
  q: ScopeQuery,
  now: Date,
  permission: Permission = 'report.read',
): Promise<StatsScope> {
  const rootId = q.unitId ?? scopeRoots(actor.grants, permission)[0];
  if (!rootId) throw notFound('Đơn vị');
  const perms = await abilitiesOnUnit(db, actor, rootId);
  if (!perms.includes(permission)) throw notFound('Đơn vị');
  const b = periodBounds({ from: asLocalDate(q.from), to: asLocalDate(q.to) });
  return {
    rootId,
    from: q.from,
    to: q.to,
    start: new Date(b.start),
    end: new Date(b.end),
    cutoff: new Date(Math.min(b.end, now.getTime())),
    sector: q.sector ?? null,
    procedureId: q.procedureId ?? null,
  };
}

// Every report reads the daily counts by unit and procedure (migrations 2026112509, 2026112612), never the dossiers.
async function periodCounts(db: Kysely<DB>, s: StatsScope, groupBy: 'unit' | 'sector'): Promise<{ counts: CountRow[]; ended: number }> {
  const rows = await countFromDaily(db, s, groupBy);
  return { counts: rows.map(({ ended: _ended, ...c }) => c), ended: rows.reduce((n, r) => n + r.ended, 0) };
}

/** The period report for a unit subtree, broken down by child unit or sector. */
export async function statsReport(
  db: Kysely<DB>,
  actor: Actor,
  q: StatsQuery,
  now: Date,
  permission: Permission = 'report.read',
  live = false,
): Promise<StatsReport> {
  const s = await resolveScope(db, actor, q, now, permission);
  const groupBy = q.groupBy ?? 'unit';
  const rules = rulesOf(q.rules, s);
  // A locked period answers as published (issue #14 point 7); filtered reports are always counted live.
  const whole = s.sector === null && s.procedureId === null;
  if (!live && whole) {
    const published = publishedReport(await findLock(db, s.rootId, q.from, q.to), rules.id, groupBy);
    if (published) return published;
  }
  const [{ counts, ended }, repeated, units, onTimeTarget, candidates] = await Promise.all([
    periodCounts(db, s, groupBy),
    countRepeatedSupplements(db, s, groupBy),
    unitAndChildren(db, s.rootId),
    targetInEffect(db, 'dossier.on_time_rate', s.rootId, q.to),
    rules.id === 'periodic-report' ? Promise.resolve([]) : ruleCandidateFacts(db, s, groupBy),
  ]);
  const root = units.find((u) => u.id === s.rootId);
  if (!root) throw notFound('Đơn vị');
  const byKey = new Map(counts.map(({ key, ...c }) => [key, c as StatsCounts]));
  // Decision 766/QĐ-TTg indicator 2.1: the periodic counts with each differing dossier moved to its class there.
  correctCounts(byKey, candidates, s, now, rules);
  // A bucket whose only figure is a repeated supplement still gets its row.
  for (const key of repeated.keys()) if (!byKey.has(key)) byKey.set(key, emptyCounts());
  const view = (key: string) => countsView(byKey.get(key) ?? emptyCounts(), repeated.get(key) ?? 0);
  let rows: StatsRow[];
  if (groupBy === 'unit') {
    const children = units
      .filter((u) => u.id !== s.rootId && (u.validTo === null || byKey.has(u.id)))
      .sort((a, b) => collator.compare(a.name, b.name));
    rows = children.map((u) => ({ key: u.id, label: u.name, unitId: u.id, ...view(u.id) }));
    // Dossiers handled by the selected unit itself (not by a child) get their own row.
    if (byKey.has(s.rootId)) rows.unshift({ key: 'self', label: root.name, unitId: root.id, ...view(s.rootId) });
  } else {
    rows = [...byKey.keys()].sort((a, b) => collator.compare(a, b)).map((key) => ({ key, label: key, unitId: null, ...view(key) }));
  }
  const counterOutcomes = await counterOutcomesOf(db, s);
  const report: StatsReport = {
    unit: { id: root.id, code: root.code, name: root.name },
    from: q.from,
    to: q.to,
    asOf: formatMoment(s.cutoff.getTime()),
    groupBy,
    sector: s.sector,
    procedureId: s.procedureId,
    total: countsView(
      sumCounts(byKey.values()),
      [...repeated.values()].reduce((n, x) => n + x, 0),
    ),
    rows,
    endedWithoutResult: ended,
    onTimeTarget,
    counterOutcomes,
    rules: { id: rules.id, version: rules.version, name: rules.name, legalRef: rules.legalRef },
    lock: null,
    carriedOverFromLock: null,
  };
  // The next period's carried over is the locked period's "in progress" (issue #14 point 7).
  if (!whole) return report;
  return carriedFromLock(report, await findLockEndingOn(db, s.rootId, addDays(asLocalDate(q.from), -1)), rules.id, groupBy);
}

/** The dossiers the periodic report and Decision 766 class differently in the period (paged), with the balance. */
export async function ruleDifferences(db: Kysely<DB>, actor: Actor, q: DifferencesQuery, now: Date): Promise<RuleDifferencesPage> {
  const s = await resolveScope(db, actor, q, now);
  const all = differencesOf(await ruleCandidates(db, s, 'unit'), s, now, rulesOf('decision-766', s));
  const { better, worse } = balanceOf(all);
  return {
    items: all.slice(q.offset, q.offset + q.limit),
    total: all.length,
    betterUnderServiceIndex: better,
    worseUnderServiceIndex: worse,
  };
}

/** Late dossiers of the period with the step, unit and handler that lost the time (paged). */
export async function lateList(db: Kysely<DB>, actor: Actor, q: LateQuery, now: Date): Promise<LatePage> {
  const s = await resolveScope(db, actor, q, now);
  const [rows, calendar] = await Promise.all([listLate(db, s, q.limit, q.offset), calendarFor(db, null)]);
  const total = rows[0]?.total ?? (q.offset > 0 ? await countLate(db, s) : 0);
  const items = rows.map((r) => {
    const end = r.finishedAt ?? s.cutoff;
    const late = r.originalDueAt ? calendar.workingTimeBetween(r.originalDueAt.getTime(), end.getTime(), 'working_day') : 0;
    return {
      id: r.id,
      code: r.code,
      procedureName: r.procedureName,
      sector: r.sector,
      handlingUnitId: r.handlingUnitId,
      handlingUnitName: r.handlingUnitName,
      receivedAt: formatMoment(r.receivedAt.getTime()),
      originalDueAt: iso(r.originalDueAt),
      dueAt: iso(r.dueAt),
      finishedAt: iso(r.finishedAt),
      state: r.finishedAt ? ('finished' as const) : ('overdue' as const),
      workingDaysLate: Math.round(late * 100) / 100,
      step:
        r.stepPosition === null || r.stepUnitId === null
          ? null
          : {
              position: r.stepPosition,
              name: r.stepName ?? '',
              unitId: r.stepUnitId,
              unitName: r.stepUnitName ?? '',
              handlerId: r.handlerId,
              handlerName: r.handlerName,
              dueAt: iso(r.stepDueAt),
              finishedAt: iso(r.stepFinishedAt),
            },
    };
  });
  return { items, total };
}

/** Received and finished per month of the period. */
export async function trend(db: Kysely<DB>, actor: Actor, q: TrendQuery, now: Date): Promise<Trend> {
  const s = await resolveScope(db, actor, q, now);
  const rows = await monthlyTrendFromDaily(db, s);
  return {
    points: rows.map((r) => {
      const fin = r.finishedEarly + r.finishedOnTime + r.finishedLate;
      return { ...r, finishedNotLateRate: fin === 0 ? null : Math.round(((fin - r.finishedLate) / fin) * 10_000) / 100 };
    }),
  };
}

/** Sectors present in the catalogue. */
export async function sectors(db: Kysely<DB>): Promise<{ items: string[] }> {
  return { items: (await listSectors(db)).sort((a, b) => collator.compare(a, b)) };
}
