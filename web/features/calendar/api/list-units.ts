import { useQuery } from '@tanstack/react-query';
import { UnitListResponseSchema } from '@contracts/units';
import { api } from '@web/lib/api';
import { calendarKeys } from './keys';

/** Units the caller can see, for the closure and calculator pickers (loaded only when a picker needs them). */
export function useCalendarUnits(enabled: boolean) {
  return useQuery({
    queryKey: calendarKeys.units(),
    queryFn: () => api('GET', '/api/units', { schema: UnitListResponseSchema }),
    staleTime: 5 * 60_000,
    enabled,
  });
}
