import { DOSSIER_STATUSES, OPEN_STATUSES } from '@core/dossier';
import { DUE_FILTERS } from '@contracts/dossiers';
import { enumParam, flagParam, listParam, textParam, type ListFilters, type ListSpec } from '@web/lib/list-state';

/** The inbox's filters in the address (`?q=&status=a,b&mine=true&due=soon|overdue`). */
export const INBOX_LIST = {
  q: textParam('q'),
  // Without `status` the inbox shows the dossiers still being handled; `status=` (empty) shows every status.
  status: listParam('status', DOSSIER_STATUSES, OPEN_STATUSES),
  mine: flagParam('mine'),
  due: enumParam('due', DUE_FILTERS),
} satisfies ListSpec;

/** The inbox's filters as read from the address. */
export type InboxListFilters = ListFilters<typeof INBOX_LIST>;
