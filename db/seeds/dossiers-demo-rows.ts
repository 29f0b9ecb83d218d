import { sql, type Kysely } from 'kysely';
import type { DB } from '@db/types';
import type { Instant } from '@core/calendar';
import { pick, type Plan } from './dossiers-demo-plan';

// The rows of the demo dossiers (dossiers, their events and control-slip steps) and their multi-row inserts.

/** A dossier as drawn by the generator: where it goes, by which channel, and its planned life. */
export type DrawnDossier = { procedureId: string; receivingUnitId: string; handlingUnitId: string; channel: string; plan: Plan };

/** The rows of one insert batch. */
export type RowBatch = {
  dossiers: Array<Record<string, unknown>>;
  events: Array<Record<string, unknown>>;
  steps: Array<Record<string, unknown>>;
};

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

const ts = (t: Instant | null) => (t === null ? null : new Date(t).toISOString());

/** A citizen (Kinh or Ê Đê name) or an organisation applying. */
function applicant(r: () => number): { type: 'citizen' | 'organisation'; name: string } {
  const x = r();
  if (x < 0.08) return { type: 'organisation', name: pick(r, FIRMS) };
  if (x < 0.2) return { type: 'citizen', name: pick(r, EDE) };
  return { type: 'citizen', name: `${pick(r, FAMILY)} ${pick(r, MIDDLE)} ${pick(r, GIVEN)}` };
}

/** The dossiers row of a drawn dossier, with a random applicant. */
export function dossierRow(id: string, code: string, d: DrawnDossier, r: () => number): Record<string, unknown> {
  const { plan } = d;
  const a = applicant(r);
  const c = plan.clock;
  const timeliness = plan.finishedAt !== null ? (c?.timeliness ?? null) : null;
  const last = plan.events[plan.events.length - 1];
  return {
    id,
    code,
    procedureId: d.procedureId,
    receivingUnitId: d.receivingUnitId,
    handlingUnitId: d.handlingUnitId,
    currentUnitId: plan.currentUnitId,
    currentHandlerId: plan.currentHandlerId,
    channel: d.channel,
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

/** The dossier_events rows of a plan. */
export function eventRows(dossierId: string, plan: Plan): Array<Record<string, unknown>> {
  return plan.events.map((e) => ({
    dossierId,
    type: e.type,
    fromStatus: e.from,
    toStatus: e.to,
    at: ts(e.at),
    actorId: e.actorId,
    unitId: e.unitId,
    data: e.data === null ? null : JSON.stringify(e.data),
  }));
}

/** The dossier_steps rows of a plan. */
export function stepRows(dossierId: string, plan: Plan): Array<Record<string, unknown>> {
  return plan.steps.map((s) => ({
    dossierId,
    position: s.position,
    unitId: s.unitId,
    name: s.name,
    handlerId: s.handlerId,
    startedAt: ts(s.startedAt),
    dueAt: ts(s.dueAt),
    finishedAt: ts(s.finishedAt),
    timeliness: s.timeliness,
  }));
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

/** Inserts one batch, in its own transaction unless the caller's is open. */
export async function writeBatch(db: Kysely<DB>, batch: RowBatch): Promise<void> {
  const write = async (x: Kysely<DB>) => {
    await insertUnnest(x, 'dossiers', DOSSIER_COLS, batch.dossiers);
    await insertUnnest(x, 'dossier_steps', STEP_COLS, batch.steps);
    await insertUnnest(x, 'dossier_events', EVENT_COLS, batch.events);
  };
  if (db.isTransaction) await write(db);
  else await db.transaction().execute(write);
}

// One INSERT … SELECT FROM unnest(arrays) per table and batch: a handful of parameters however many rows.
async function insertUnnest(db: Kysely<DB>, table: string, cols: Col[], rows: Array<Record<string, unknown>>): Promise<void> {
  if (rows.length === 0) return;
  const arrays = cols.map(([, key, type]) => sql`${sql.val(rows.map((row) => row[key] ?? null))}::${sql.raw(type)}[]`);
  await sql`INSERT INTO ${sql.table(table)} (${sql.join(cols.map(([name]) => sql.ref(name)))}) SELECT * FROM unnest(${sql.join(arrays)})`.execute(
    db,
  );
}
