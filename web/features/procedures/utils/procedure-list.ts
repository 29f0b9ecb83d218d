import { ONLINE_LEVELS, PROCEDURE_LEVELS } from '@contracts/procedures';
import { enumParam, flagParam, textParam, type ListFilters, type ListSpec } from '@web/lib/list-state';

/** The catalogue's filters in the address (`?q=&sector=&level=&unitId=&online=&lienThong=true&expired=true&id=`). */
export const PROCEDURE_LIST = {
  q: textParam('q'),
  sector: textParam('sector'),
  level: enumParam('level', PROCEDURE_LEVELS),
  unitId: textParam('unitId'),
  onlineLevel: enumParam('online', ONLINE_LEVELS),
  interAgency: flagParam('lienThong'),
  includeExpired: flagParam('expired'),
  // The procedure open in the drawer is part of the view, not a filter: opening one keeps the page.
  open: textParam('id', { resetsPage: false }),
} satisfies ListSpec;

/** The catalogue's filters as read from the address. */
export type ProcedureListFilters = ListFilters<typeof PROCEDURE_LIST>;
