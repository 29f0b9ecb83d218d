import { lazy } from 'react';
import type { Feature, FeatureRoute } from '@web/lib/feature';
import { paths } from '@web/config/paths';
import { lookupStrings } from './locales';

/** Public dossier lookup: strings only here; its pages live outside the login frame (lookupPublicRoutes). */
export const lookupFeature: Feature = { ns: 'lookup', strings: lookupStrings, routes: [] };

/** Public pages, mounted by the router outside RequireAuth: '/tra-cuu', '/tra-cuu/:code' (QR target) and '/nop-ho-so' (online submission). */
export const lookupPublicRoutes: FeatureRoute[] = [
  { path: paths.lookup, component: lazy(() => import('./routes/lookup-page').then((m) => ({ default: m.LookupPage }))) },
  {
    path: paths.lookupDossier(),
    component: lazy(() => import('./routes/lookup-result-page').then((m) => ({ default: m.LookupResultPage }))),
  },
  {
    path: paths.onlineSubmission,
    component: lazy(() => import('./routes/online-submission-page').then((m) => ({ default: m.OnlineSubmissionPage }))),
  },
];
