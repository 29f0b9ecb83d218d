import { asLocalDate, formatLunarDate, solarToLunar, weekdayOf, type CalendarDay } from '@core/calendar';
import type { Permission } from '@core/access/permissions';
import type { CalendarDayView, OfficeHoursPeriod } from '@contracts/calendar';
import type { CalendarDayRow } from '@db/types';
import type { OfficeHoursRow } from './calendar.repo';

/** The lunar date of a solar date with its Vietnamese label ('mùng 1 tháng Giêng năm Bính Ngọ'). */
export function lunarOf(date: string): CalendarDayView['lunar'] {
  const l = solarToLunar(asLocalDate(date));
  return { day: l.day, month: l.month, year: l.year, leap: l.leap, label: formatLunarDate(l) };
}

/** A stored row (with its unit's name) as shown to a caller with the given abilities. */
export function dayView(row: CalendarDayRow & { unitName?: string | null }, abilities: Permission[]): CalendarDayView {
  return {
    id: row.id,
    date: row.date,
    weekday: weekdayOf(asLocalDate(row.date)),
    kind: row.kind,
    name: row.name,
    nameEn: row.nameEn,
    legalRef: row.legalRef,
    status: row.status,
    unitId: row.unitId,
    unitName: row.unitName ?? null,
    lunar: lunarOf(row.date),
    updatedAt: row.updatedAt.toISOString(),
    abilities,
  };
}

/** A statutory proposal not stored yet: readable only, saved through "propose" or "confirm all". */
export function virtualDayView(day: CalendarDay): CalendarDayView {
  return {
    id: null,
    date: day.date,
    weekday: weekdayOf(day.date),
    kind: day.kind,
    name: day.name,
    nameEn: day.nameEn ?? null,
    legalRef: day.legalRef,
    status: day.status,
    unitId: null,
    unitName: null,
    lunar: lunarOf(day.date),
    updatedAt: null,
    abilities: ['calendar.read'],
  };
}

/** What the audit log keeps of an entry. */
export function auditDay(row: Pick<CalendarDayRow, 'date' | 'kind' | 'name' | 'nameEn' | 'legalRef' | 'status' | 'unitId'>) {
  return {
    date: row.date,
    kind: row.kind,
    name: row.name,
    nameEn: row.nameEn,
    legalRef: row.legalRef,
    status: row.status,
    unitId: row.unitId,
  };
}

const sessions = (v: unknown) =>
  Array.isArray(v) ? v.map((s: { start?: unknown; end?: unknown }) => ({ start: String(s?.start ?? ''), end: String(s?.end ?? '') })) : [];

/** A stored office-hours period as shown. */
export function officeHoursView(row: OfficeHoursRow): OfficeHoursPeriod {
  const weekly = Array.isArray(row.weekly) ? row.weekly.map(sessions) : [];
  return {
    id: row.id,
    validFrom: row.validFrom,
    weekly,
    makeupDay: Array.isArray(row.makeupDay) ? sessions(row.makeupDay) : null,
    legalRef: row.legalRef,
    updatedAt: row.updatedAt.toISOString(),
  };
}
