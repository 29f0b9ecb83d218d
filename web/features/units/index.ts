import { lazy } from 'react';
import type { Feature } from '@web/lib/feature';
import { paths } from '@web/config/paths';
import { unitsStrings } from './i18n';

// One lazy component for both routes, so going from the list to a unit keeps the page (and its tree) mounted.
const UnitsPage = lazy(() => import('./routes/units-page').then((m) => ({ default: m.UnitsPage })));

/** Organisation units: browse the tree, search, create, edit and close units (/quan-tri/don-vi). */
export const unitsFeature: Feature = {
  ns: 'units',
  strings: unitsStrings,
  routes: [
    { path: paths.units, component: UnitsPage, permission: 'unit.read' },
    { path: paths.unit(), component: UnitsPage, permission: 'unit.read' },
  ],
};
