import { lazy } from 'react';
import type { Feature } from '@web/lib/feature';
import { paths } from '@web/config/paths';
import { calendarStrings } from './locales';

/** Working calendar: holidays and make-up days by year, proposals to confirm, office hours, Excel import, due dates. */
export const calendarFeature: Feature = {
  ns: 'calendar',
  strings: calendarStrings,
  routes: [
    {
      path: paths.calendar,
      component: lazy(() => import('./routes/calendar-page').then((m) => ({ default: m.CalendarPage }))),
      permission: 'calendar.read',
    },
  ],
};
