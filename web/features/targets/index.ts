import { lazy } from 'react';
import type { Feature } from '@web/lib/feature';
import { paths } from '@web/config/paths';
import { targetsStrings } from './locales';

/** Targets (chỉ tiêu): versioned thresholds of the reform plan with their source, administered by target.manage holders. */
export const targetsFeature: Feature = {
  ns: 'targets',
  strings: targetsStrings,
  routes: [
    {
      path: paths.targets,
      component: lazy(() => import('./routes/targets-page').then((m) => ({ default: m.TargetsPage }))),
      permission: 'target.manage',
    },
  ],
};
