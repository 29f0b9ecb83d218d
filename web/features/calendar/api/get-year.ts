import { useQuery } from '@tanstack/react-query';
import { CalendarYearResponseSchema, type CalendarYearResponse } from '@contracts/calendar';
import { api } from '@web/lib/api';
import { calendarKeys } from './keys';

/** `GET /api/calendar/days`: a year's entries, notices, summary and the caller's abilities. */
export function getCalendarYear(year: number, unitId?: string): Promise<CalendarYearResponse> {
  return api('GET', '/api/calendar/days', { query: { year, unitId }, schema: CalendarYearResponseSchema });
}

/** A year of the calendar. */
export function useCalendarYear(year: number, unitId?: string) {
  return useQuery({ queryKey: calendarKeys.year(year, unitId), queryFn: () => getCalendarYear(year, unitId) });
}
