import { LocalDateSchema } from '@contracts/common';
import { schemaParam, textParam, type ListFilters, type ListSpec } from '@web/lib/list-state';

/** The audit filters the address carries, so a link can open the log pre-filtered (`from`/`to`: Vietnam days). */
export const AUDIT_LIST = {
  q: textParam('q'),
  actorId: textParam('actorId'),
  entityType: textParam('entityType'),
  entityId: textParam('entityId'),
  action: textParam('action'),
  from: schemaParam('from', LocalDateSchema),
  to: schemaParam('to', LocalDateSchema),
} satisfies ListSpec;

/** The audit filters as read from the address. */
export type AuditFilters = ListFilters<typeof AUDIT_LIST>;
