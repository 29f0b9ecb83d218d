import { ROLES } from '@core/access/roles';
import { enumParam, flagParam, textParam, type ListFilters, type ListSpec } from '@web/lib/list-state';

/** The account list's filters in the address (`?q=&unitId=&sub=false&role=&inactive=true`). */
export const USER_LIST = {
  q: textParam('q'),
  unitId: textParam('unitId'),
  // Subunits are included unless the address says `sub=false`.
  includeSubunits: flagParam('sub', { defaultOn: true }),
  role: enumParam('role', ROLES),
  includeInactive: flagParam('inactive'),
} satisfies ListSpec;

/** The account list's filters as read from the address. */
export type UserListFilters = ListFilters<typeof USER_LIST>;
