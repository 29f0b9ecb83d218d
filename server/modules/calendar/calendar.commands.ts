import type { Kysely, Transaction } from 'kysely';
import { asLocalDate, compileOfficeHours, weekdayOf, type CalendarDayStatus } from '@core/calendar';
import type { CalendarDayView, CreateCalendarDayRequest, PutOfficeHoursRequest, UpdateCalendarDayRequest } from '@contracts/calendar';
import type { CalendarDayRow, DB } from '@db/types';
import { AppError, type Actor } from '../../http';
import { recordAudit } from '../audit/audit.service';
import { statutoryProposal, toOfficeHours } from './calendar.engine';
import { abilitiesOnDay, calendarDayNotFound, loadCalendarScope, requireManage, type CalendarScope } from './calendar.policy';
import { auditDay, dayView, officeHoursView } from './calendar.present';
import {
  bumpVersion,
  confirmNationalYear,
  countNationalInYear,
  deleteDay as deleteRow,
  findDay,
  findDayAt,
  insertDays,
  updateDay as updateRow,
  upsertOfficeHours,
  type NewDay,
} from './calendar.repo';

type Executor = Transaction<DB>;

/** What every calendar write needs: the database, who acts, the clock and the request id for the audit log. */
export type CalendarWriteContext = { db: Kysely<DB>; actor: Actor; now: Date; requestId: string };

/** Runs a write in one transaction: bumps the calendar version (which also serialises writers) and loads the actor's scope. */
export async function inCalendarWrite<T>(
  ctx: CalendarWriteContext,
  fn: (trx: Transaction<DB>, scope: CalendarScope) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction().execute(async (trx) => {
    await bumpVersion(trx);
    return fn(trx, await loadCalendarScope(trx, ctx.actor));
  });
}

// A make-up working day (làm bù) opens the office on a weekly rest day; on a weekday it would change nothing.
function assertKindFitsDate(kind: CalendarDayRow['kind'], date: string, path: string): void {
  if (kind === 'makeup_workday' && weekdayOf(asLocalDate(date)) <= 5) {
    throw new AppError(
      'CALENDAR_MAKEUP_ON_WEEKDAY',
      `Ngày làm bù ${date} phải là thứ Bảy hoặc Chủ nhật / a make-up working day must be a Saturday or Sunday`,
      [{ path, message: 'Ngày làm bù phải rơi vào ngày nghỉ hằng tuần / make-up day must be a weekend day' }],
    );
  }
}

async function assertFree(trx: Executor, date: string, unitId: string | null, exceptId?: string): Promise<void> {
  const other = await findDayAt(trx, date, unitId, exceptId);
  if (other) {
    throw new AppError('CALENDAR_DAY_EXISTS', `Ngày ${date} đã có trong lịch: "${other.name}" / ${date} already has an entry`, [
      { path: 'body.date', message: 'Ngày đã có trong lịch / date already used' },
    ]);
  }
}
const proposalRows = (year: number, status: CalendarDayStatus, exceptDate?: string): NewDay[] =>
  statutoryProposal(year)
    .filter((d) => d.date !== exceptDate)
    .map((d) => ({ date: d.date, kind: d.kind, name: d.name, nameEn: d.nameEn ?? null, legalRef: d.legalRef, status, unitId: null }));

// A year with no stored province-wide entry runs on the statutory proposal computed in memory; the first manual
// entry stores that proposal too, so adding one day never silently drops the year's other holidays.
async function ensureYearStored(trx: Executor, ctx: CalendarWriteContext, date: string): Promise<void> {
  const year = Number(date.slice(0, 4));
  if ((await countNationalInYear(trx, year)) > 0) return;
  const rows = await insertDays(trx, proposalRows(year, 'proposed', date), ctx.actor.userId);
  await recordAudit(
    trx,
    ctx.actor,
    { action: 'calendar.year.propose', entityType: 'calendar_year', entityId: String(year), after: rows.map(auditDay) },
    ctx.requestId,
  );
}

async function view(trx: Executor, scope: CalendarScope, id: string): Promise<CalendarDayView> {
  const row = await findDay(trx, id);
  if (!row) throw calendarDayNotFound();
  return dayView(row, abilitiesOnDay(scope, row.unitId));
}

/** Adds an entry: province-wide (needs calendar.manage on a root unit) or a unit's local closure. */
export async function createDay(ctx: CalendarWriteContext, input: CreateCalendarDayRequest): Promise<CalendarDayView> {
  return inCalendarWrite(ctx, async (trx, scope) => {
    const unitId = input.kind === 'local_closure' ? (input.unitId ?? null) : null;
    requireManage(scope, unitId);
    assertKindFitsDate(input.kind, input.date, 'body.date');
    if (unitId === null) await ensureYearStored(trx, ctx, input.date);
    await assertFree(trx, input.date, unitId);
    const [row] = await insertDays(
      trx,
      [
        {
          date: input.date,
          kind: input.kind,
          name: input.name,
          nameEn: input.nameEn ?? null,
          legalRef: input.legalRef,
          status: input.status ?? 'confirmed',
          unitId,
        },
      ],
      ctx.actor.userId,
    );
    if (!row) throw new Error('insert returned no row');
    await recordAudit(
      trx,
      ctx.actor,
      { action: 'calendar.day.create', entityType: 'calendar_day', entityId: row.id, unitId, after: auditDay(row) },
      ctx.requestId,
    );
    return view(trx, scope, row.id);
  });
}

async function loadForChange(trx: Executor, scope: CalendarScope, id: string): Promise<CalendarDayRow> {
  const row = await findDay(trx, id);
  if (!row) throw calendarDayNotFound();
  requireManage(scope, row.unitId, calendarDayNotFound);
  return row;
}

/** Edits an entry; an edited proposal becomes confirmed (the administrator has looked at it). */
export async function updateDay(ctx: CalendarWriteContext, id: string, patch: UpdateCalendarDayRequest): Promise<CalendarDayView> {
  return inCalendarWrite(ctx, async (trx, scope) => {
    const before = await loadForChange(trx, scope, id);
    const kind = patch.kind ?? before.kind;
    if ((kind === 'local_closure') !== (before.kind === 'local_closure')) {
      throw new AppError(
        'CALENDAR_KIND_SCOPE',
        'Không đổi được giữa ngày nghỉ riêng của đơn vị và ngày nghỉ chung; hãy xóa rồi thêm mới / a local closure cannot become a province-wide entry or back; delete and add instead',
        [{ path: 'body.kind', message: 'Loại ngày không hợp lệ cho mục này / kind not allowed here' }],
      );
    }
    const date = patch.date ?? before.date;
    assertKindFitsDate(kind, date, patch.date ? 'body.date' : 'body.kind');
    if (date !== before.date) {
      if (before.unitId === null) await ensureYearStored(trx, ctx, date);
      await assertFree(trx, date, before.unitId, id);
    }
    const set: Partial<NewDay> = { date, kind, status: 'confirmed' };
    if (patch.name !== undefined) set.name = patch.name;
    if (patch.nameEn !== undefined) set.nameEn = patch.nameEn;
    if (patch.legalRef !== undefined) set.legalRef = patch.legalRef;
    const after = await updateRow(trx, id, set, ctx.actor.userId, ctx.now);
    await recordAudit(
      trx,
      ctx.actor,
      {
        action: 'calendar.day.update',
        entityType: 'calendar_day',
        entityId: id,
        unitId: before.unitId,
        before: auditDay(before),
        after: auditDay(after),
      },
      ctx.requestId,
    );
    return view(trx, scope, id);
  });
}

/** Confirms a proposed entry (no change when it is already confirmed). */
export async function confirmDay(ctx: CalendarWriteContext, id: string): Promise<CalendarDayView> {
  return inCalendarWrite(ctx, async (trx, scope) => {
    const before = await loadForChange(trx, scope, id);
    if (before.status === 'proposed') {
      const after = await updateRow(trx, id, { status: 'confirmed' }, ctx.actor.userId, ctx.now);
      await recordAudit(
        trx,
        ctx.actor,
        {
          action: 'calendar.day.confirm',
          entityType: 'calendar_day',
          entityId: id,
          unitId: before.unitId,
          before: auditDay(before),
          after: auditDay(after),
        },
        ctx.requestId,
      );
    }
    return view(trx, scope, id);
  });
}

/** Removes an entry. */
export async function deleteDay(ctx: CalendarWriteContext, id: string): Promise<{ id: string; deleted: true }> {
  return inCalendarWrite(ctx, async (trx, scope) => {
    const before = await loadForChange(trx, scope, id);
    await deleteRow(trx, id);
    await recordAudit(
      trx,
      ctx.actor,
      { action: 'calendar.day.delete', entityType: 'calendar_day', entityId: id, unitId: before.unitId, before: auditDay(before) },
      ctx.requestId,
    );
    return { id, deleted: true as const };
  });
}

/** Confirms every proposed province-wide entry of a year (storing the statutory proposal first if nothing is stored). */
export async function confirmYear(ctx: CalendarWriteContext, year: number): Promise<{ year: number; changed: number }> {
  return inCalendarWrite(ctx, async (trx, scope) => {
    requireManage(scope, null);
    const stored = (await countNationalInYear(trx, year)) > 0;
    const rows = stored
      ? await confirmNationalYear(trx, year, ctx.actor.userId, ctx.now)
      : await insertDays(trx, proposalRows(year, 'confirmed'), ctx.actor.userId);
    if (rows.length > 0) {
      await recordAudit(
        trx,
        ctx.actor,
        { action: 'calendar.year.confirm', entityType: 'calendar_year', entityId: String(year), after: rows.map(auditDay) },
        ctx.requestId,
      );
    }
    return { year, changed: rows.length };
  });
}

/** Stores the statutory proposal of a year that has no province-wide entries yet. */
export async function proposeYear(ctx: CalendarWriteContext, year: number): Promise<{ year: number; changed: number }> {
  return inCalendarWrite(ctx, async (trx, scope) => {
    requireManage(scope, null);
    if ((await countNationalInYear(trx, year)) > 0) {
      throw new AppError(
        'CALENDAR_YEAR_EXISTS',
        `Năm ${year} đã có lịch nghỉ; hãy sửa từng ngày hoặc nhập lại từ Excel / ${year} already has entries`,
      );
    }
    const rows = await insertDays(trx, proposalRows(year, 'proposed'), ctx.actor.userId);
    await recordAudit(
      trx,
      ctx.actor,
      { action: 'calendar.year.propose', entityType: 'calendar_year', entityId: String(year), after: rows.map(auditDay) },
      ctx.requestId,
    );
    return { year, changed: rows.length };
  });
}

/** Sets the office hours in effect from a date (province-wide setting). */
export async function putOfficeHours(ctx: CalendarWriteContext, input: PutOfficeHoursRequest) {
  return inCalendarWrite(ctx, async (trx, scope) => {
    requireManage(scope, null);
    const compiled = compileOfficeHours(toOfficeHours(input.weekly, input.makeupDay ?? null));
    if (!compiled.ok) {
      throw new AppError(
        'CALENDAR_OFFICE_HOURS_INVALID',
        'Giờ làm việc không hợp lệ: mỗi buổi phải có giờ bắt đầu trước giờ kết thúc, theo thứ tự, không chồng nhau / invalid office hours',
        [{ path: 'body.weekly', message: compiled.message ?? compiled.code }],
      );
    }
    const values = {
      validFrom: input.validFrom,
      weekly: input.weekly,
      makeupDay: input.makeupDay ?? null,
      legalRef: input.legalRef ?? null,
    };
    const { before, after } = await upsertOfficeHours(trx, values, ctx.actor.userId, ctx.now);
    await recordAudit(
      trx,
      ctx.actor,
      {
        action: 'calendar.office_hours.update',
        entityType: 'calendar_office_hours',
        entityId: input.validFrom,
        before: before ? officeHoursView(before) : null,
        after: officeHoursView(after),
      },
      ctx.requestId,
    );
    return officeHoursView(after);
  });
}
