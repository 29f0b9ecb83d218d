import { lazy } from 'react';
import type { Feature, FeatureRoute } from '@web/lib/feature';
import { paths } from '@web/config/paths';
import { lookupStrings } from './locales';
import { LookupPage } from './routes/lookup-page';
import { LookupResultPage } from './routes/lookup-result-page';

/** Public dossier lookup: strings only here; its pages live outside the login frame (lookupPublicRoutes). */
export const lookupFeature: Feature = { ns: 'lookup', strings: lookupStrings, routes: [] };

// The lookup pages are what a citizen's phone opens first (the QR code on the receipt): they come with the first download
// instead of a second round trip after it (bench/first-visit.ts measures it). The submission form loads on demand.
/** Public pages, mounted by the router outside RequireAuth: '/tra-cuu', '/tra-cuu/:key' (QR target) and '/nop-ho-so' (online submission). */
export const lookupPublicRoutes: FeatureRoute[] = [
  { path: paths.lookup, component: LookupPage },
  { path: paths.lookupDossier(), component: LookupResultPage },
  {
    path: paths.onlineSubmission,
    component: lazy(() => import('./routes/online-submission-page').then((m) => ({ default: m.OnlineSubmissionPage }))),
  },
  {
    path: paths.onlineCompletion(),
    component: lazy(() => import('./routes/online-completion-page').then((m) => ({ default: m.OnlineCompletionPage }))),
  },
];
