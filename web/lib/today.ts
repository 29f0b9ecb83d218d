import dayjs, { type Dayjs } from 'dayjs';
import { vietnamToday } from '@core/calendar/local-date';

/** Today's date in Vietnam as 'YYYY-MM-DD' (the core's one rule, on this device's clock). */
export const todayIso = (): string => vietnamToday(new Date());

/** Today's date in Vietnam as a dayjs day, for date pickers. */
export const todayDayjs = (): Dayjs => dayjs(todayIso());
