import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { OfficeHoursPeriodSchema, OfficeHoursResponseSchema, type PutOfficeHoursRequest } from '@contracts/calendar';
import { api } from '@web/lib/api';
import { calendarKeys } from './keys';

/** `GET /api/calendar/office-hours`: the periods and the one in force. */
export function useOfficeHours() {
  return useQuery({
    queryKey: calendarKeys.officeHours(),
    queryFn: () => api('GET', '/api/calendar/office-hours', { schema: OfficeHoursResponseSchema }),
  });
}

/** `PUT /api/calendar/office-hours`: sets the hours from a date; refreshes everything (due dates move). */
export function usePutOfficeHours() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PutOfficeHoursRequest) => api('PUT', '/api/calendar/office-hours', { body, schema: OfficeHoursPeriodSchema }),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
