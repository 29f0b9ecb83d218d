import { lazy } from 'react';
import type { Feature } from '@web/lib/feature';
import { paths } from '@web/config/paths';
import { usersStrings } from './locales';

/** Account administration: the user list and one account's page with its roles. */
export const usersFeature: Feature = {
  ns: 'users',
  strings: usersStrings,
  routes: [
    {
      path: paths.users,
      component: lazy(() => import('./routes/users-page').then((m) => ({ default: m.UsersPage }))),
      permission: 'user.read',
    },
    {
      path: paths.user(),
      component: lazy(() => import('./routes/user-detail-page').then((m) => ({ default: m.UserDetailPage }))),
      permission: 'user.read',
    },
  ],
};
