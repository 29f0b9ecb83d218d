import { DOSSIER_STATUSES } from '@core/dossier';
import { DUE_FILTERS } from '@contracts/dossier-inbox';
import { enumParam, flagParam, listParam, textParam, type ListFilters, type ListSpec } from '@web/lib/list-state';

/** The inbox's filters in the address (`?q=&status=a,b&mine=true&due=soon|overdue&waiting=false`). */
export const INBOX_LIST = {
  q: textParam('q'),
  // No status chosen: the server's own set, the waiting statuses of the worklist (WAITING_STATUSES) or, with
  // `waiting=false`, every status.
  status: listParam('status', DOSSIER_STATUSES),
  // On unless `waiting=false`: the worklist, the dossiers waiting on the caller's units (the set the home tiles count).
  waiting: flagParam('waiting', { defaultOn: true }),
  mine: flagParam('mine'),
  due: enumParam('due', DUE_FILTERS),
} satisfies ListSpec;

/** The inbox's filters as read from the address. */
export type InboxListFilters = ListFilters<typeof INBOX_LIST>;
