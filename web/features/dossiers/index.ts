import { lazy } from 'react';
import type { Feature } from '@web/lib/feature';
import { paths } from '@web/config/paths';
import { dossiersStrings } from './locales';

/** One-stop dossiers: the inbox, counter intake, one dossier's page, and the overview's counts. */
export const dossiersFeature: Feature = {
  ns: 'dossiers',
  strings: dossiersStrings,
  routes: [
    {
      path: paths.dossiers,
      component: lazy(() => import('./routes/inbox-page').then((m) => ({ default: m.InboxPage }))),
      permission: 'dossier.read',
    },
    {
      path: paths.dossierIntake,
      component: lazy(() => import('./routes/intake-page').then((m) => ({ default: m.IntakePage }))),
      permission: 'dossier.create',
    },
    {
      path: paths.counterLog,
      component: lazy(() => import('./routes/counter-log-page').then((m) => ({ default: m.CounterLogPage }))),
      permission: 'dossier.read',
    },
    {
      path: paths.dossier(),
      component: lazy(() => import('./routes/detail-page').then((m) => ({ default: m.DetailPage }))),
      permission: 'dossier.read',
    },
  ],
  panels: [
    {
      key: 'dossiers-glance',
      component: lazy(() => import('./components/inbox-glance').then((m) => ({ default: m.InboxGlance }))),
      permission: 'dossier.read',
      order: 10,
    },
  ],
};
