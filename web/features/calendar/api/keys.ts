/** React Query keys of the calendar feature. */
export const calendarKeys = {
  all: ['calendar'] as const,
  year: (year: number, unitId?: string) => ['calendar', 'year', year, unitId ?? null] as const,
  officeHours: () => ['calendar', 'office-hours'] as const,
  units: () => ['calendar', 'units'] as const,
};
