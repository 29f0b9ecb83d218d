import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { MS_PER_DAY, VN_OFFSET_MS, dateOf, type Instant, type WorkingCalendar } from '@core/calendar';
import type { DB } from '@db/types';
import { calendarFor } from '@server/modules/calendar/calendar.engine';
import { pick, planDossier, rng, type PlanProcedure } from './dossiers-demo-plan';
import { DEMO_VOLUMES } from './procedures-daklak';
import { dossierRow, eventRows, stepRows, writeBatch, type DrawnDossier, type RowBatch } from './dossiers-demo-rows';

// Demo one-stop dossiers (issue #4 point 8): a year of dossiers over the procedures in the database, with events per
// transition, control-slip steps and due dates from the real working calendar, inserted in multi-row batches.

/** Options of seedDemoDossiers. */
export type SeedDemoDossiersOptions = {
  /** How many dossiers (default 20,000). */
  count?: number;
  /** A calendar year to fill (Vietnam time); default: the 12 months before the reference moment. */
  year?: number;
  /** "Now" for the demo: events after it have not happened (default: now, or the end of `year`). */
  referenceDate?: Date;
  /** Called after each batch. */
  onProgress?: (done: number, total: number) => void;
  /** PRNG seed (default fixed: the same data each time). */
  seed?: number;
  /** Dossiers per INSERT (default 2,000). */
  batchSize?: number;
  /** Only these procedures (default: every procedure in force). */
  procedureIds?: readonly string[];
};

const COMMUNE_KINDS = new Set(['commune', 'ward', 'special_zone']);

type ProcRow = {
  id: string;
  nationalCode: string;
  level: string;
  handlingUnitId: string;
  durationValue: number;
  durationUnit: PlanProcedure['unit'];
  sameDayCutoff: string | null;
};
type Unit = { id: string; code: string; kind: string; parentId: string | null; validTo: string | null };
type RouteStep = { unitId: string; name: string; share: number };

const vnDay = (t: Instant) => dateOf(t);
const yymmdd = (d: string) => d.slice(2, 4) + d.slice(5, 7) + d.slice(8, 10);

/** What the generator draws from: procedures and their routes, units, handlers and the working calendar. */
type DemoWorld = {
  procs: ProcRow[];
  /** Running sums of the procedures' relative volumes (DEMO_VOLUMES), for a weighted draw. */
  cumulative: Float64Array;
  routes: Map<string, RouteStep[]>;
  unitById: Map<string, Unit>;
  rootOf: (id: string) => string;
  /** Per province: its current communes, and the provincial public-administration service centre. */
  communesOf: Map<string, Unit[]>;
  centreOf: Map<string, Unit>;
  handlerAt: (unitId: string) => string | null;
  cal: WorkingCalendar;
};

/** Generates demo dossiers with events and steps; returns how many were inserted. Call after units, calendar, procedures. */
export async function seedDemoDossiers(db: Kysely<DB>, opts: SeedDemoDossiersOptions = {}): Promise<number> {
  const total = opts.count ?? 20_000;
  const batchSize = opts.batchSize ?? 2_000;
  const r = rng(opts.seed ?? 20_251_125);
  const { ref, rangeStart, rangeEnd } = demoPeriod(opts);
  const world = await loadDemoWorld(db, opts.procedureIds, r);
  const received = receiptMoments(world.cal, rangeStart, rangeEnd, total, r);
  const seqs = await loadCodeSequences(db, rangeStart);
  let done = 0;
  while (done < total) {
    const n = Math.min(batchSize, total - done);
    const batch: RowBatch = { dossiers: [], events: [], steps: [] };
    for (let k = 0; k < n; k++) {
      const d = drawDossier(world, received[done + k] ?? ref, ref, r);
      const id = randomUUID();
      const code = issueCode(
        seqs,
        world.unitById.get(d.receivingUnitId)?.code ?? 'HS',
        d.receivingUnitId,
        d.plan.receivedAt ?? d.plan.submittedAt,
      );
      batch.dossiers.push(dossierRow(id, code, d, r));
      batch.events.push(...eventRows(id, d.plan));
      batch.steps.push(...stepRows(id, d.plan));
    }
    await writeBatch(db, batch);
    done += n;
    opts.onProgress?.(done, total);
  }
  await saveCodeSequences(db, seqs);
  return total;
}

/** The reference moment ("now" of the demo) and the receipt range: a given year, or the 12 months before it. */
function demoPeriod(opts: SeedDemoDossiersOptions): { ref: Instant; rangeStart: Instant; rangeEnd: Instant } {
  const yearStart = opts.year === undefined ? null : Date.UTC(opts.year, 0, 1) - VN_OFFSET_MS;
  const yearEnd = opts.year === undefined ? null : Date.UTC(opts.year + 1, 0, 1) - VN_OFFSET_MS;
  const ref = opts.referenceDate?.getTime() ?? (yearEnd !== null ? Math.min(yearEnd, Date.now()) : Date.now());
  // Nothing is received after the reference moment (a year still running ends today).
  const rangeEnd = Math.min(yearEnd ?? ref, ref);
  const rangeStart = yearStart ?? ref - 365 * MS_PER_DAY;
  return { ref, rangeStart, rangeEnd };
}

/** Reads what the generator draws from; `r` picks a handler among a unit's active users. */
async function loadDemoWorld(db: Kysely<DB>, procedureIds: readonly string[] | undefined, r: () => number): Promise<DemoWorld> {
  const [procs, routeRows, units, users] = await Promise.all([
    db
      .selectFrom('procedures')
      .select(['id', 'nationalCode', 'level', 'handlingUnitId', 'durationValue', 'durationUnit', 'sameDayCutoff'])
      .where('validTo', 'is', null)
      .orderBy('nationalCode')
      .orderBy('id')
      .execute() as Promise<ProcRow[]>,
    db
      .selectFrom('procedureSteps')
      .select(['procedureId', 'unitId', 'name', 'timeShare', 'position'])
      .orderBy('procedureId')
      .orderBy('position')
      .execute(),
    db.selectFrom('units').select(['id', 'code', 'kind', 'parentId', 'validTo']).execute() as Promise<Unit[]>,
    db.selectFrom('users').select(['id', 'unitId']).where('isActive', '=', true).execute(),
  ]);
  if (procedureIds) {
    const only = new Set(procedureIds);
    procs.splice(0, procs.length, ...procs.filter((p) => only.has(p.id)));
  }
  if (procs.length === 0) throw new Error('seedDemoDossiers: no procedures in the database (seed the catalogue first)');
  const cal = await calendarFor(db, null);
  const usersAt = new Map<string, string[]>();
  for (const u of users) usersAt.set(u.unitId, [...(usersAt.get(u.unitId) ?? []), u.id]);
  const handlerAt = (unitId: string) => {
    const list = usersAt.get(unitId);
    return list && list.length ? pick(r, list) : null;
  };
  const routes = new Map<string, RouteStep[]>();
  for (const s of routeRows)
    routes.set(s.procedureId, [...(routes.get(s.procedureId) ?? []), { unitId: s.unitId, name: s.name, share: Number(s.timeShare) }]);
  return { procs, cumulative: cumulativeVolumes(procs), routes, ...provinceGeography(units), handlerAt, cal };
}

/** Running sums of the relative volumes (a procedure not in DEMO_VOLUMES counts 1). */
function cumulativeVolumes(procs: readonly ProcRow[]): Float64Array {
  const out = new Float64Array(procs.length);
  let sum = 0;
  procs.forEach((p, i) => {
    sum += DEMO_VOLUMES[p.nationalCode] ?? 1;
    out[i] = sum;
  });
  return out;
}

/** A procedure drawn with probability proportional to its volume (binary search over the running sums). */
function pickByVolume(r: () => number, w: Pick<DemoWorld, 'procs' | 'cumulative'>): ProcRow {
  const x = r() * (w.cumulative[w.cumulative.length - 1] ?? 0);
  let lo = 0;
  let hi = w.procs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((w.cumulative[mid] ?? 0) > x) hi = mid;
    else lo = mid + 1;
  }
  return w.procs[lo] as ProcRow;
}

// Per province: its current communes, and the provincial public-administration service centre that receives
// province-level dossiers (NĐ 118/2025).
/** Units by id, each unit's province, and per province its communes and its service centre. */
function provinceGeography(units: Unit[]): Pick<DemoWorld, 'unitById' | 'rootOf' | 'communesOf' | 'centreOf'> {
  const unitById = new Map(units.map((u) => [u.id, u]));
  const rootOf = (id: string): string => {
    let u = unitById.get(id);
    for (let i = 0; u?.parentId && i < 50; i++) u = unitById.get(u.parentId);
    return u?.id ?? id;
  };
  const communesOf = new Map<string, Unit[]>();
  const centreOf = new Map<string, Unit>();
  for (const u of units) {
    if (u.validTo !== null) continue;
    const root = rootOf(u.id);
    if (COMMUNE_KINDS.has(u.kind)) communesOf.set(root, [...(communesOf.get(root) ?? []), u]);
    if (u.kind === 'one_stop_centre' && u.parentId === root) centreOf.set(root, u);
  }
  return { unitById, rootOf, communesOf, centreOf };
}

/** Receipt moments spread evenly over the range's office time, in time order (codes then run in order per day). */
function receiptMoments(cal: WorkingCalendar, rangeStart: Instant, rangeEnd: Instant, total: number, r: () => number): Float64Array {
  const spanStart = cal.nextWorkingMoment(rangeStart);
  const spanMin = cal.workingTimeBetween(spanStart, rangeEnd);
  const received = new Float64Array(total);
  for (let i = 0; i < total; i++) received[i] = cal.shiftWorking(spanStart, Math.max(1, Math.floor(r() * spanMin)));
  return received.sort();
}

/** One dossier drawn at random: its procedure, receiving and handling units, route, channel, fate, and its planned life. */
function drawDossier(w: DemoWorld, at: Instant, ref: Instant, r: () => number): DrawnDossier {
  const proc = pickByVolume(r, w);
  const root = w.rootOf(proc.handlingUnitId);
  const communes = w.communesOf.get(root) ?? [];
  const commune = proc.level === 'commune' && communes.length ? pick(r, communes) : null;
  const receivingUnitId = commune?.id ?? w.centreOf.get(root)?.id ?? proc.handlingUnitId;
  const handlingUnitId = commune?.id ?? proc.handlingUnitId;
  // A commune procedure's route runs at the receiving commune, except steps at other agencies (tax, police…).
  const route = (w.routes.get(proc.id) ?? [{ unitId: proc.handlingUnitId, name: 'Giải quyết hồ sơ', share: 1 }]).map((s) => {
    const u = w.unitById.get(s.unitId);
    return commune && (s.unitId === proc.handlingUnitId || (u && COMMUNE_KINDS.has(u.kind))) ? { ...s, unitId: commune.id } : s;
  });
  const x = r();
  const channel = x < 0.45 ? 'online' : x < 0.95 ? 'in_person' : 'postal';
  const y = r();
  const fate = y < 0.01 && channel === 'online' ? 'refused' : y < 0.015 ? 'withdrawn' : y < 0.075 ? 'late' : 'normal';
  const unit = proc.durationUnit === 'calendar_day' ? 'calendar_day' : proc.durationUnit;
  const amount = unit === 'calendar_day' ? Math.round(proc.durationValue) : Number(proc.durationValue);
  const plan = planDossier(
    w.cal,
    {
      receivedAt: at,
      channel,
      receivingUnitId,
      handlingUnitId,
      procedure: { amount, unit, cutoff: proc.sameDayCutoff, steps: route },
      fate,
      supplements: r() < 0.08 ? (r() < 0.1 ? 2 : 1) : 0,
      apology: r() < 0.35,
      pace: r(),
      handlerAt: w.handlerAt,
    },
    ref,
    r,
  );
  return { procedureId: proc.id, receivingUnitId, handlingUnitId, channel, plan };
}

/** The code sequences already used from the day before the range on, by "unitId|day". */
async function loadCodeSequences(db: Kysely<DB>, rangeStart: Instant): Promise<Map<string, number>> {
  const seqs = new Map<string, number>();
  const existing = await db
    .selectFrom('dossierCodeSequences')
    .select(['unitId', 'day', 'lastValue'])
    .where('day', '>=', vnDay(rangeStart - MS_PER_DAY))
    .execute();
  for (const s of existing) seqs.set(`${s.unitId}|${s.day}`, s.lastValue);
  return seqs;
}

/** The next dossier code of the receiving unit on the day of receipt (or submission), e.g. 66.TTPVHCC-250304-0012. */
function issueCode(seqs: Map<string, number>, unitCode: string, receivingUnitId: string, at: Instant): string {
  const day = vnDay(at);
  const seqKey = `${receivingUnitId}|${day}`;
  const seq = (seqs.get(seqKey) ?? 0) + 1;
  seqs.set(seqKey, seq);
  return `${unitCode}-${yymmdd(day)}-${String(seq).padStart(4, '0')}`;
}

/** Keeps the code sequences consistent with the codes issued. */
async function saveCodeSequences(db: Kysely<DB>, seqs: Map<string, number>): Promise<void> {
  const seqRows = [...seqs.entries()].map(([key, lastValue]) => {
    const [unitId, day] = key.split('|');
    return { unitId, day, lastValue };
  });
  for (let i = 0; i < seqRows.length; i += 5_000) {
    const chunk = seqRows.slice(i, i + 5_000);
    await sql`
      INSERT INTO dossier_code_sequences (unit_id, day, last_value)
      SELECT * FROM unnest(${sql.val(chunk.map((s) => s.unitId))}::uuid[], ${sql.val(chunk.map((s) => s.day))}::date[], ${sql.val(chunk.map((s) => s.lastValue))}::int[])
      ON CONFLICT (unit_id, day) DO UPDATE SET last_value = GREATEST(dossier_code_sequences.last_value, EXCLUDED.last_value)`.execute(db);
  }
}
