import { COUNTER_OUTCOME_KINDS } from '@core/dossier';
import { LocalDateSchema } from '@contracts/common';
import { enumParam, schemaParam, type ListFilters, type ListSpec } from '@web/lib/list-state';

/** The counter log's filters in the address (`?from=&to=&kind=guided|refused`). */
export const COUNTER_LOG_LIST = {
  from: schemaParam('from', LocalDateSchema),
  to: schemaParam('to', LocalDateSchema),
  kind: enumParam('kind', COUNTER_OUTCOME_KINDS),
} satisfies ListSpec;

/** The counter log's filters as read from the address. */
export type CounterLogFilters = ListFilters<typeof COUNTER_LOG_LIST>;
