import { lazy } from 'react';
import type { Feature } from '@web/lib/feature';
import { paths } from '@web/config/paths';
import { dossiersStrings } from './locales';

/** One-stop dossiers: the inbox, counter intake and one dossier's page. */
export const dossiersFeature: Feature = {
  ns: 'dossiers',
  strings: dossiersStrings,
  routes: [
    { path: paths.dossiers, component: lazy(() => import('./routes/inbox-page').then((m) => ({ default: m.InboxPage }))), permission: 'dossier.read' },
    { path: paths.dossierIntake, component: lazy(() => import('./routes/intake-page').then((m) => ({ default: m.IntakePage }))), permission: 'dossier.create' },
    { path: paths.dossier(), component: lazy(() => import('./routes/detail-page').then((m) => ({ default: m.DetailPage }))), permission: 'dossier.read' },
  ],
};
