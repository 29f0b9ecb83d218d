import type { CalendarDayRow } from '@db/types';
import type { Executor } from '../../infra/database';

/** A calendar row with the name of its unit (local closures). */
export type DayWithUnit = CalendarDayRow & { unitName: string | null };
/** Values of a new calendar row. */
export type NewDay = Pick<CalendarDayRow, 'date' | 'kind' | 'name' | 'nameEn' | 'legalRef' | 'status' | 'unitId'>;
/** A stored office-hours period. */
export type OfficeHoursRow = {
  id: string;
  validFrom: string;
  weekly: unknown;
  makeupDay: unknown;
  legalRef: string | null;
  updatedAt: Date;
};

const yearBounds = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const;

/** The calendar's version counter; one tiny query per request tells a process whether its cache is stale. */
export async function readVersion(db: Executor): Promise<number> {
  const row = await db.selectFrom('calendarState').select('version').executeTakeFirst();
  return Number(row?.version ?? 0);
}

/** Increments the version inside a write transaction; the row lock also serialises calendar writers. */
export async function bumpVersion(trx: Executor): Promise<number> {
  const row = await trx
    .updateTable('calendarState')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .returning('version')
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

/** Every province-wide row, all years. */
export async function listNationalDays(db: Executor): Promise<CalendarDayRow[]> {
  return db.selectFrom('calendarDays').selectAll().where('unitId', 'is', null).orderBy('date').execute();
}

/** Local closures of the given units, all years. */
export async function listClosuresOf(db: Executor, unitIds: readonly string[]): Promise<CalendarDayRow[]> {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('calendarDays')
    .selectAll()
    .where('unitId', 'in', [...unitIds])
    .orderBy('date')
    .execute();
}

/** Rows of a year: province-wide ones and the closures of the given units. */
export async function listYear(db: Executor, year: number, closureUnitIds: readonly string[]): Promise<DayWithUnit[]> {
  const [from, to] = yearBounds(year);
  return db
    .selectFrom('calendarDays as d')
    .leftJoin('units as u', 'u.id', 'd.unitId')
    .selectAll('d')
    .select('u.name as unitName')
    .where('d.date', '>=', from)
    .where('d.date', '<=', to)
    .where((eb) =>
      closureUnitIds.length ? eb.or([eb('d.unitId', 'is', null), eb('d.unitId', 'in', [...closureUnitIds])]) : eb('d.unitId', 'is', null),
    )
    .orderBy('d.date')
    .orderBy('u.name')
    .execute();
}

/** Number of province-wide rows in a year (0 = the year has no stored schedule). */
export async function countNationalInYear(db: Executor, year: number): Promise<number> {
  const [from, to] = yearBounds(year);
  const row = await db
    .selectFrom('calendarDays')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('unitId', 'is', null)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One row with its unit's name. */
export async function findDay(db: Executor, id: string): Promise<DayWithUnit | undefined> {
  return db
    .selectFrom('calendarDays as d')
    .leftJoin('units as u', 'u.id', 'd.unitId')
    .selectAll('d')
    .select('u.name as unitName')
    .where('d.id', '=', id)
    .executeTakeFirst();
}

/** The row on a date for a scope (unitId null = province-wide), other than `exceptId`. */
export async function findDayAt(db: Executor, date: string, unitId: string | null, exceptId?: string): Promise<CalendarDayRow | undefined> {
  let q = db.selectFrom('calendarDays').selectAll().where('date', '=', date);
  q = unitId === null ? q.where('unitId', 'is', null) : q.where('unitId', '=', unitId);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return q.executeTakeFirst();
}

/** Inserts rows; returns them as stored. */
export async function insertDays(trx: Executor, rows: readonly NewDay[], actorId: string | null): Promise<CalendarDayRow[]> {
  if (rows.length === 0) return [];
  return trx
    .insertInto('calendarDays')
    .values(rows.map((r) => ({ ...r, createdBy: actorId, updatedBy: actorId })))
    .returningAll()
    .execute();
}

/** Updates one row; returns it as stored. */
export async function updateDay(trx: Executor, id: string, set: Partial<NewDay>, actorId: string, now: Date): Promise<CalendarDayRow> {
  return trx
    .updateTable('calendarDays')
    .set({ ...set, updatedBy: actorId, updatedAt: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Deletes one row. */
export async function deleteDay(trx: Executor, id: string): Promise<void> {
  await trx.deleteFrom('calendarDays').where('id', '=', id).execute();
}

/** Confirms every proposed province-wide row of a year; returns the rows changed. */
export async function confirmNationalYear(trx: Executor, year: number, actorId: string, now: Date): Promise<CalendarDayRow[]> {
  const [from, to] = yearBounds(year);
  return trx
    .updateTable('calendarDays')
    .set({ status: 'confirmed', updatedBy: actorId, updatedAt: now })
    .where('unitId', 'is', null)
    .where('status', '=', 'proposed')
    .where('date', '>=', from)
    .where('date', '<=', to)
    .returningAll()
    .execute();
}

/** Deletes the province-wide rows of a year (local closures stay); returns them. */
export async function deleteNationalYear(trx: Executor, year: number): Promise<CalendarDayRow[]> {
  const [from, to] = yearBounds(year);
  return trx
    .deleteFrom('calendarDays')
    .where('unitId', 'is', null)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .returningAll()
    .execute();
}

/** Notices announcing a year's schedule. */
export async function listNotices(db: Executor, year: number) {
  return db
    .selectFrom('calendarNotices')
    .select(['id', 'year', 'ref', 'issuedOn', 'covers', 'source'])
    .where('year', '=', year)
    .orderBy('issuedOn')
    .orderBy('ref')
    .execute();
}

/** Records a notice once per (year, ref). */
export async function upsertNotice(
  trx: Executor,
  n: { year: number; ref: string; issuedOn: string | null; covers: string; source: string | null },
): Promise<void> {
  await trx
    .insertInto('calendarNotices')
    .values(n)
    .onConflict((oc) => oc.columns(['year', 'ref']).doUpdateSet({ issuedOn: n.issuedOn, covers: n.covers }))
    .execute();
}

/** Every office-hours period, oldest first. */
export async function listOfficeHours(db: Executor): Promise<OfficeHoursRow[]> {
  return db
    .selectFrom('calendarOfficeHours')
    .select(['id', 'validFrom', 'weekly', 'makeupDay', 'legalRef', 'updatedAt'])
    .orderBy('validFrom')
    .execute();
}

/** Inserts or replaces the period starting on `validFrom`; returns the previous one if any. */
export async function upsertOfficeHours(
  trx: Executor,
  v: { validFrom: string; weekly: unknown; makeupDay: unknown; legalRef: string | null },
  actorId: string,
  now: Date,
): Promise<{ before: OfficeHoursRow | undefined; after: OfficeHoursRow }> {
  const before = await trx
    .selectFrom('calendarOfficeHours')
    .select(['id', 'validFrom', 'weekly', 'makeupDay', 'legalRef', 'updatedAt'])
    .where('validFrom', '=', v.validFrom)
    .executeTakeFirst();
  const values = {
    weekly: JSON.stringify(v.weekly),
    makeupDay: v.makeupDay === null ? null : JSON.stringify(v.makeupDay),
    legalRef: v.legalRef,
    updatedBy: actorId,
  };
  const after = await trx
    .insertInto('calendarOfficeHours')
    .values({ validFrom: v.validFrom, ...values })
    .onConflict((oc) => oc.column('validFrom').doUpdateSet({ ...values, updatedAt: now }))
    .returning(['id', 'validFrom', 'weekly', 'makeupDay', 'legalRef', 'updatedAt'])
    .executeTakeFirstOrThrow();
  return { before, after };
}
