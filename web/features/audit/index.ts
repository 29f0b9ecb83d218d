import { lazy } from 'react';
import type { Feature } from '@web/lib/feature';
import { paths } from '@web/config/paths';
import { auditStrings } from './locales';

/** The audit log page. */
export const auditFeature: Feature = {
  ns: 'audit',
  strings: auditStrings,
  routes: [
    {
      path: paths.audit,
      component: lazy(() => import('./routes/audit-page').then((m) => ({ default: m.AuditPage }))),
      permission: 'audit.read',
    },
  ],
};
