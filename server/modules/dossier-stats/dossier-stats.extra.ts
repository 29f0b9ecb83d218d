import type { Kysely } from 'kysely';
import { formatMoment } from '@core/calendar';
import { finishedTotal, onTimeRatePercent, receivedTotal, toHandle, type StatsCounts } from '@core/dossier-stats';
import { groupApologyReasons, onlineServiceFigures } from '@core/dossier-stats/service-figures';
import type {
  ApologyReport,
  OnlineServiceReport,
  ReceivingPointReport,
  ReceivingPointRow,
  StatsScopeQuery,
} from '@contracts/dossier-stats-extra';
import type { DB } from '@db/types';
import { notFound, type Actor } from '../../http';
import {
  apologies,
  counterDigitised,
  countByReceivingPoint,
  paymentCounts,
  receivedByLevel,
  returnedCounts,
  subtreeUnits,
  type ReceivingCountRow,
} from './dossier-stats.extra.repo';
import { unitAndChildren, type StatsScope } from './dossier-stats.repo';
import { resolveScope } from './dossier-stats.service';

// What officers ask for next (issue #14 point 8, docs/ONE-STOP.md): the report by receiving point, the online-service
// figures and the apology letters, each for a period and a unit subtree the caller reads reports of (else 404).

const collator = new Intl.Collator('vi');
const APOLOGY_ITEMS = 100;

async function rootOf(db: Kysely<DB>, s: StatsScope) {
  const root = (await unitAndChildren(db, s.rootId)).find((u) => u.id === s.rootId);
  if (!root) throw notFound('Đơn vị');
  return { id: root.id, code: root.code, name: root.name };
}

// The figures of one receiving point: the periodic report's counts, totals and rate (core, docs/DOMAIN.md §6.3).
function receivingRow(r: Omit<ReceivingCountRow, 'key'>, overdue: number): Omit<ReceivingPointRow, 'unitId' | 'label'> {
  const { inProgress, receivedForOthers, ...rest } = r;
  const c: StatsCounts = { ...rest, inProgressWithinTime: inProgress - overdue, inProgressOverdue: overdue };
  return {
    ...c,
    received: receivedTotal(c),
    toHandle: toHandle(c),
    finished: finishedTotal(c),
    inProgress,
    onTimeRate: onTimeRatePercent(c),
    receivedForOthers,
  };
}

/** The dossiers each receiving point of the subtree received (wherever handled), with the periodic report's figures. */
export async function receivingPointReport(db: Kysely<DB>, actor: Actor, q: StatsScopeQuery, now: Date): Promise<ReceivingPointReport> {
  const s = await resolveScope(db, actor, q, now);
  const [{ rows, overdue }, units, unit] = await Promise.all([countByReceivingPoint(db, s), subtreeUnits(db, s.rootId), rootOf(db, s)]);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const out = rows
    .map(({ key, ...r }) => ({ unitId: key, label: names.get(key) ?? key, ...receivingRow(r, overdue.get(key) ?? 0) }))
    .sort((a, b) => b.received - a.received || collator.compare(a.label, b.label));
  const sum = (k: keyof Omit<ReceivingCountRow, 'key'>) => rows.reduce((n, r) => n + r[k], 0);
  const total = receivingRow(
    {
      carriedOver: sum('carriedOver'),
      receivedOnline: sum('receivedOnline'),
      receivedInPerson: sum('receivedInPerson'),
      receivedPostal: sum('receivedPostal'),
      finishedEarly: sum('finishedEarly'),
      finishedOnTime: sum('finishedOnTime'),
      finishedLate: sum('finishedLate'),
      inProgress: sum('inProgress'),
      receivedForOthers: sum('receivedForOthers'),
    },
    [...overdue.values()].reduce((n, x) => n + x, 0),
  );
  return { unit, from: q.from, to: q.to, asOf: formatMoment(s.cutoff.getTime()), total, rows: out };
}

/** The online-service figures the stored data holds, for the dossiers handled in the subtree. */
export async function onlineServiceReport(db: Kysely<DB>, actor: Actor, q: StatsScopeQuery, now: Date): Promise<OnlineServiceReport> {
  const s = await resolveScope(db, actor, q, now);
  const [unit, { receivedAtCounter, ...received }, pay, ret, digitised] = await Promise.all([
    rootOf(db, s),
    receivedByLevel(db, s),
    paymentCounts(db, s),
    returnedCounts(db, s),
    counterDigitised(db, s),
  ]);
  const figures = onlineServiceFigures({
    ...received,
    fullyOnline: received.receivedOnlineFullLevel - pay.onlineFullPaidAtCounter,
    paymentsOnline: pay.online,
    paymentsCounter: pay.counter,
    paymentsUnrecorded: pay.unrecorded,
    returned: ret.returned,
    returnedElectronic: ret.electronic,
    receivedAtCounter,
    digitisedAtCounter: digitised,
  });
  return { unit, from: q.from, to: q.to, ...figures };
}

/** The apology letters (form 04) of the period, by the issuing unit's branch and by reason, with the latest ones. */
export async function apologyReport(db: Kysely<DB>, actor: Actor, q: StatsScopeQuery, now: Date): Promise<ApologyReport> {
  const s = await resolveScope(db, actor, q, now);
  const [list, units] = await Promise.all([apologies(db, s), unitAndChildren(db, s.rootId)]);
  const root = units.find((u) => u.id === s.rootId);
  if (!root) throw notFound('Đơn vị');
  const names = new Map(units.map((u) => [u.id, u.name]));
  const byUnit = new Map<string, { count: number; late: number }>();
  for (const a of list) {
    const g = byUnit.get(a.bucket) ?? { count: 0, late: 0 };
    g.count += 1;
    if (a.late) g.late += 1;
    byUnit.set(a.bucket, g);
  }
  const rows = [...byUnit.entries()]
    .map(([unitId, g]) => ({ unitId, label: names.get(unitId) ?? unitId, ...g }))
    .sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
  return {
    unit: { id: root.id, code: root.code, name: root.name },
    from: q.from,
    to: q.to,
    total: list.length,
    late: list.filter((a) => a.late).length,
    rows,
    reasons: groupApologyReasons(list.map((a) => a.reason)),
    items: list.slice(0, APOLOGY_ITEMS).map((a) => ({
      dossierId: a.dossierId,
      code: a.code,
      unitName: a.unitName,
      at: formatMoment(a.at.getTime()),
      newDueAt: a.newDueAt,
      late: a.late,
      reason: a.reason?.replace(/\s+/g, ' ') ?? null,
    })),
  };
}
