import { lazy } from 'react';
import type { Feature } from '@web/lib/feature';
import { paths } from '@web/config/paths';
import { proceduresStrings } from './locales';

/** The procedure catalogue (danh mục TTHC): search, detail, create/edit/replace, Excel import and export. */
export const proceduresFeature: Feature = {
  ns: 'procedures',
  strings: proceduresStrings,
  routes: [
    {
      path: paths.procedures,
      component: lazy(() => import('./routes/procedures-page').then((m) => ({ default: m.ProceduresPage }))),
      permission: 'dossier.read',
    },
  ],
};
