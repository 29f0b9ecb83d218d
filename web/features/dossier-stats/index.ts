import { lazy } from 'react';
import type { Feature } from '@web/lib/feature';
import { paths } from '@web/config/paths';
import { dossierStatsStrings } from './locales';

/** One-stop statistics: period report by unit and sector, charts, late dossiers, Excel export (issue #4 point 7). */
export const dossierStatsFeature: Feature = {
  ns: 'dossierStats',
  strings: dossierStatsStrings,
  routes: [
    {
      path: paths.dossierStats,
      component: lazy(() => import('./routes/dossier-stats-page').then((m) => ({ default: m.DossierStatsPage }))),
      permission: 'report.read',
    },
  ],
  panels: [
    {
      key: 'dossier-stats-glance',
      component: lazy(() => import('./components/stats-glance').then((m) => ({ default: m.StatsGlance }))),
      permission: 'report.read',
      order: 20,
    },
  ],
};
