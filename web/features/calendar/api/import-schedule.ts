import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ImportCalendarResponseSchema, type ImportCalendarRequest } from '@contracts/calendar';
import { api } from '@web/lib/api';
import { calendarKeys } from './keys';

/** `POST /api/calendar/import`: checks (dryRun) or imports a year's schedule from an .xlsx file. */
export function useImportSchedule() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportCalendarRequest) => api('POST', '/api/calendar/import', { body, schema: ImportCalendarResponseSchema }),
    onSuccess: (r) => (r.dryRun ? undefined : qc.invalidateQueries({ queryKey: calendarKeys.all })),
  });
}
