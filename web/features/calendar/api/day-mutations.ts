import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  CalendarDayViewSchema,
  DeletedResponseSchema,
  YearActionResponseSchema,
  type CreateCalendarDayRequest,
  type UpdateCalendarDayRequest,
} from '@contracts/calendar';
import { api } from '@web/lib/api';
import { calendarKeys } from './keys';

function useCalendarMutation<A, R>(fn: (args: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.all }) });
}

/** `POST /api/calendar/days`. */
export const useCreateDay = () =>
  useCalendarMutation((body: CreateCalendarDayRequest) => api('POST', '/api/calendar/days', { body, schema: CalendarDayViewSchema }));

/** `PATCH /api/calendar/days/:id` (an edited proposal becomes confirmed). */
export const useUpdateDay = () =>
  useCalendarMutation(({ id, body }: { id: string; body: UpdateCalendarDayRequest }) =>
    api('PATCH', `/api/calendar/days/${encodeURIComponent(id)}`, { body, schema: CalendarDayViewSchema }),
  );

/** `POST /api/calendar/days/:id/confirm`. */
export const useConfirmDay = () =>
  useCalendarMutation((id: string) =>
    api('POST', `/api/calendar/days/${encodeURIComponent(id)}/confirm`, { schema: CalendarDayViewSchema }),
  );

/** `DELETE /api/calendar/days/:id`. */
export const useDeleteDay = () =>
  useCalendarMutation((id: string) => api('DELETE', `/api/calendar/days/${encodeURIComponent(id)}`, { schema: DeletedResponseSchema }));

/** `POST /api/calendar/years/:year/confirm`: every proposed day of the year. */
export const useConfirmYear = () =>
  useCalendarMutation((year: number) => api('POST', `/api/calendar/years/${year}/confirm`, { schema: YearActionResponseSchema }));

/** `POST /api/calendar/years/:year/propose`: stores the statutory proposal of an empty year. */
export const useProposeYear = () =>
  useCalendarMutation((year: number) => api('POST', `/api/calendar/years/${year}/propose`, { schema: YearActionResponseSchema }));
