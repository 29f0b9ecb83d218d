import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { MS_PER_DAY, VN_OFFSET_MS, dateOf, type Instant } from '@core/calendar';
import type { DB } from '@db/types';
import { calendarFor } from '@server/modules/calendar/calendar.engine';
import { planDossier, rng, type Plan, type PlanProcedure } from './dossiers-demo-plan';

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
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Đức', 'Thu', 'Kim'];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Hà',
  'Hải',
  'Hạnh',
  'Hùng',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tuấn',
  'Vy',
];
const EDE = ['Y Bhim Niê', 'H’Hen Niê', 'Y Jú Êban', 'H’Linh Mlô', 'Y Kông Ksơr', 'H’Nga Byă', 'Y Thuận Buôn Yă', 'H’Mai Knul'];
const FIRMS = [
  'Công ty TNHH Cà phê Buôn Ma Thuột',
  'Hợp tác xã Nông nghiệp Ea Kar',
  'Công ty Cổ phần Xây dựng Tây Nguyên',
  'Doanh nghiệp tư nhân Thành Đạt',
];

type ProcRow = { id: string; level: string; handlingUnitId: string; durationValue: number; durationUnit: PlanProcedure['unit'] };
type Unit = { id: string; code: string; kind: string; parentId: string | null; validTo: string | null };

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const vnDay = (t: Instant) => dateOf(t);
const yymmdd = (d: string) => d.slice(2, 4) + d.slice(5, 7) + d.slice(8, 10);
const ts = (t: Instant | null) => (t === null ? null : new Date(t).toISOString());

/** Generates demo dossiers with events and steps; returns how many were inserted. Call after units, calendar, procedures. */
export async function seedDemoDossiers(db: Kysely<DB>, opts: SeedDemoDossiersOptions = {}): Promise<number> {
  const total = opts.count ?? 20_000;
  const batchSize = opts.batchSize ?? 2_000;
  const r = rng(opts.seed ?? 20_251_125);
  const yearStart = opts.year === undefined ? null : Date.UTC(opts.year, 0, 1) - VN_OFFSET_MS;
  const yearEnd = opts.year === undefined ? null : Date.UTC(opts.year + 1, 0, 1) - VN_OFFSET_MS;
  const ref = opts.referenceDate?.getTime() ?? (yearEnd !== null ? Math.min(yearEnd, Date.now()) : Date.now());
  // Nothing is received after the reference moment (a year still running ends today).
  const rangeEnd = Math.min(yearEnd ?? ref, ref);
  const rangeStart = yearStart ?? ref - 365 * MS_PER_DAY;

  const [procs, routeRows, units, users] = await Promise.all([
    db
      .selectFrom('procedures')
      .select(['id', 'level', 'handlingUnitId', 'durationValue', 'durationUnit'])
      .where('validTo', 'is', null)
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
  if (opts.procedureIds) {
    const only = new Set(opts.procedureIds);
    procs.splice(0, procs.length, ...procs.filter((p) => only.has(p.id)));
  }
  if (procs.length === 0) throw new Error('seedDemoDossiers: no procedures in the database (seed the catalogue first)');
  const cal = await calendarFor(db, null);

  const unitById = new Map(units.map((u) => [u.id, u]));
  const usersAt = new Map<string, string[]>();
  for (const u of users) usersAt.set(u.unitId, [...(usersAt.get(u.unitId) ?? []), u.id]);
  const handlerAt = (unitId: string) => {
    const list = usersAt.get(unitId);
    return list && list.length ? pick(r, list) : null;
  };
  const routes = new Map<string, Array<{ unitId: string; name: string; share: number }>>();
  for (const s of routeRows)
    routes.set(s.procedureId, [...(routes.get(s.procedureId) ?? []), { unitId: s.unitId, name: s.name, share: Number(s.timeShare) }]);
  const rootOf = (id: string): string => {
    let u = unitById.get(id);
    for (let i = 0; u?.parentId && i < 50; i++) u = unitById.get(u.parentId);
    return u?.id ?? id;
  };
  // Per province: its current communes, and the provincial public-administration service centre that receives
  // province-level dossiers (NĐ 118/2025).
  const communesOf = new Map<string, Unit[]>();
  const centreOf = new Map<string, Unit>();
  for (const u of units) {
    if (u.validTo !== null) continue;
    const root = rootOf(u.id);
    if (COMMUNE_KINDS.has(u.kind)) communesOf.set(root, [...(communesOf.get(root) ?? []), u]);
    if (u.kind === 'one_stop_centre' && u.parentId === root) centreOf.set(root, u);
  }

  // Receipt moments spread evenly over the range's office time, in time order (codes then run in order per day).
  const spanStart = cal.nextWorkingMoment(rangeStart);
  const spanMin = cal.workingTimeBetween(spanStart, rangeEnd);
  const received = new Float64Array(total);
  for (let i = 0; i < total; i++) received[i] = cal.shiftWorking(spanStart, Math.max(1, Math.floor(r() * spanMin)));
  received.sort();

  const seqs = new Map<string, number>();
  const existing = await db
    .selectFrom('dossierCodeSequences')
    .select(['unitId', 'day', 'lastValue'])
    .where('day', '>=', vnDay(rangeStart - MS_PER_DAY))
    .execute();
  for (const s of existing) seqs.set(`${s.unitId}|${s.day}`, s.lastValue);

  let done = 0;
  while (done < total) {
    const n = Math.min(batchSize, total - done);
    const dossiers: Array<Record<string, unknown>> = [];
    const events: Array<Record<string, unknown>> = [];
    const steps: Array<Record<string, unknown>> = [];
    for (let k = 0; k < n; k++) {
      const at = received[done + k] ?? ref;
      const proc = pick(r, procs);
      const root = rootOf(proc.handlingUnitId);
      const communes = communesOf.get(root) ?? [];
      const commune = proc.level === 'commune' && communes.length ? pick(r, communes) : null;
      const receivingUnitId = commune?.id ?? centreOf.get(root)?.id ?? proc.handlingUnitId;
      const handlingUnitId = commune?.id ?? proc.handlingUnitId;
      // A commune procedure's route runs at the receiving commune, except steps at other agencies (tax, police…).
      const route = (routes.get(proc.id) ?? [{ unitId: proc.handlingUnitId, name: 'Giải quyết hồ sơ', share: 1 }]).map((s) => {
        const u = unitById.get(s.unitId);
        return commune && (s.unitId === proc.handlingUnitId || (u && COMMUNE_KINDS.has(u.kind))) ? { ...s, unitId: commune.id } : s;
      });
      const x = r();
      const channel = x < 0.45 ? 'online' : x < 0.95 ? 'in_person' : 'postal';
      const y = r();
      const fate = y < 0.01 && channel === 'online' ? 'refused' : y < 0.015 ? 'withdrawn' : y < 0.075 ? 'late' : 'normal';
      const unit = proc.durationUnit === 'calendar_day' ? 'calendar_day' : proc.durationUnit;
      const amount = unit === 'calendar_day' ? Math.round(proc.durationValue) : Number(proc.durationValue);
      const plan = planDossier(
        cal,
        {
          receivedAt: at,
          channel,
          receivingUnitId,
          handlingUnitId,
          procedure: { amount, unit, steps: route },
          fate,
          supplements: r() < 0.08 ? (r() < 0.1 ? 2 : 1) : 0,
          apology: r() < 0.35,
          pace: r(),
          handlerAt,
        },
        ref,
        r,
      );
      const id = randomUUID();
      const day = vnDay(plan.receivedAt ?? plan.submittedAt);
      const unitCode = unitById.get(receivingUnitId)?.code ?? 'HS';
      const seqKey = `${receivingUnitId}|${day}`;
      const seq = (seqs.get(seqKey) ?? 0) + 1;
      seqs.set(seqKey, seq);
      dossiers.push(
        dossierRow(
          id,
          `${unitCode}-${yymmdd(day)}-${String(seq).padStart(4, '0')}`,
          proc.id,
          receivingUnitId,
          handlingUnitId,
          channel,
          plan,
          r,
        ),
      );
      for (const e of plan.events)
        events.push({
          dossierId: id,
          type: e.type,
          fromStatus: e.from,
          toStatus: e.to,
          at: ts(e.at),
          actorId: e.actorId,
          unitId: e.unitId,
          data: e.data === null ? null : JSON.stringify(e.data),
        });
      for (const s of plan.steps)
        steps.push({
          dossierId: id,
          position: s.position,
          unitId: s.unitId,
          name: s.name,
          handlerId: s.handlerId,
          startedAt: ts(s.startedAt),
          dueAt: ts(s.dueAt),
          finishedAt: ts(s.finishedAt),
          timeliness: s.timeliness,
        });
    }
    const write = async (x: Kysely<DB>) => {
      await insertUnnest(x, 'dossiers', DOSSIER_COLS, dossiers);
      await insertUnnest(x, 'dossier_steps', STEP_COLS, steps);
      await insertUnnest(x, 'dossier_events', EVENT_COLS, events);
    };
    if (db.isTransaction) await write(db);
    else await db.transaction().execute(write);
    done += n;
    opts.onProgress?.(done, total);
  }

  // Keep the code sequences consistent with the codes issued.
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
  return total;
}

function applicant(r: () => number): { type: 'citizen' | 'organisation'; name: string } {
  const x = r();
  if (x < 0.08) return { type: 'organisation', name: pick(r, FIRMS) };
  if (x < 0.2) return { type: 'citizen', name: pick(r, EDE) };
  return { type: 'citizen', name: `${pick(r, FAMILY)} ${pick(r, MIDDLE)} ${pick(r, GIVEN)}` };
}

function dossierRow(
  id: string,
  code: string,
  procedureId: string,
  receivingUnitId: string,
  handlingUnitId: string,
  channel: string,
  plan: Plan,
  r: () => number,
): Record<string, unknown> {
  const a = applicant(r);
  const c = plan.clock;
  const timeliness = plan.finishedAt !== null ? (c?.timeliness ?? null) : null;
  const last = plan.events[plan.events.length - 1];
  return {
    id,
    code,
    procedureId,
    receivingUnitId,
    handlingUnitId,
    currentUnitId: plan.currentUnitId,
    currentHandlerId: plan.currentHandlerId,
    channel,
    status: plan.status,
    applicantType: a.type,
    applicantName: a.name,
    applicantIdNumber: a.type === 'citizen' ? `066${String(Math.floor(r() * 1e9)).padStart(9, '0')}` : null,
    applicantPhone: `09${String(Math.floor(r() * 1e8)).padStart(8, '0')}`,
    applicantAddress: 'Tỉnh Đắk Lắk',
    submittedAt: ts(plan.submittedAt),
    receivedAt: ts(plan.receivedAt),
    dueAt: c ? new Date(Date.parse(c.dueAt)).toISOString() : null,
    originalDueAt: c ? new Date(Date.parse(c.originalDueAt)).toISOString() : null,
    extendedDueAt: c?.extension ? new Date(Date.parse(c.extension.newDueAt)).toISOString() : null,
    finishedAt: ts(plan.finishedAt),
    returnedAt: ts(plan.returnedAt),
    timeliness,
    supplementCount: c?.supplementCount ?? 0,
    clock: c ? JSON.stringify(c) : null,
    createdAt: ts(plan.submittedAt),
    updatedAt: ts(last?.at ?? plan.submittedAt),
    returnPlace: 'Bộ phận Một cửa',
  };
}

type Col = [name: string, key: string, type: string];
const DOSSIER_COLS: Col[] = [
  ['id', 'id', 'uuid'],
  ['code', 'code', 'text'],
  ['procedure_id', 'procedureId', 'uuid'],
  ['receiving_unit_id', 'receivingUnitId', 'uuid'],
  ['handling_unit_id', 'handlingUnitId', 'uuid'],
  ['current_unit_id', 'currentUnitId', 'uuid'],
  ['current_handler_id', 'currentHandlerId', 'uuid'],
  ['channel', 'channel', 'text'],
  ['status', 'status', 'text'],
  ['applicant_type', 'applicantType', 'text'],
  ['applicant_name', 'applicantName', 'text'],
  ['applicant_id_number', 'applicantIdNumber', 'text'],
  ['applicant_phone', 'applicantPhone', 'text'],
  ['applicant_address', 'applicantAddress', 'text'],
  ['submitted_at', 'submittedAt', 'timestamptz'],
  ['received_at', 'receivedAt', 'timestamptz'],
  ['due_at', 'dueAt', 'timestamptz'],
  ['original_due_at', 'originalDueAt', 'timestamptz'],
  ['extended_due_at', 'extendedDueAt', 'timestamptz'],
  ['finished_at', 'finishedAt', 'timestamptz'],
  ['returned_at', 'returnedAt', 'timestamptz'],
  ['timeliness', 'timeliness', 'text'],
  ['supplement_count', 'supplementCount', 'int'],
  ['clock', 'clock', 'jsonb'],
  ['return_place', 'returnPlace', 'text'],
  ['created_at', 'createdAt', 'timestamptz'],
  ['updated_at', 'updatedAt', 'timestamptz'],
];
const STEP_COLS: Col[] = [
  ['dossier_id', 'dossierId', 'uuid'],
  ['position', 'position', 'int'],
  ['unit_id', 'unitId', 'uuid'],
  ['name', 'name', 'text'],
  ['handler_id', 'handlerId', 'uuid'],
  ['started_at', 'startedAt', 'timestamptz'],
  ['due_at', 'dueAt', 'timestamptz'],
  ['finished_at', 'finishedAt', 'timestamptz'],
  ['timeliness', 'timeliness', 'text'],
];
const EVENT_COLS: Col[] = [
  ['dossier_id', 'dossierId', 'uuid'],
  ['type', 'type', 'text'],
  ['from_status', 'fromStatus', 'text'],
  ['to_status', 'toStatus', 'text'],
  ['at', 'at', 'timestamptz'],
  ['actor_id', 'actorId', 'uuid'],
  ['unit_id', 'unitId', 'uuid'],
  ['data', 'data', 'jsonb'],
];

// One INSERT … SELECT FROM unnest(arrays) per table and batch: a handful of parameters however many rows.
async function insertUnnest(db: Kysely<DB>, table: string, cols: Col[], rows: Array<Record<string, unknown>>): Promise<void> {
  if (rows.length === 0) return;
  const arrays = cols.map(([, key, type]) => sql`${sql.val(rows.map((row) => row[key] ?? null))}::${sql.raw(type)}[]`);
  await sql`INSERT INTO ${sql.table(table)} (${sql.join(cols.map(([name]) => sql.ref(name)))}) SELECT * FROM unnest(${sql.join(arrays)})`.execute(
    db,
  );
}
