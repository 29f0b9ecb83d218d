import type { Query } from '@web/lib/api';

/** Query keys of the audit feature. */
export const auditKeys = {
  all: ['audit'] as const,
  list: (q: Query) => ['audit', 'list', q] as const,
  entityTypes: () => ['audit', 'entity-types'] as const,
  actors: (q: string) => ['audit', 'actors', q] as const,
  actor: (id: string) => ['audit', 'actor', id] as const,
};
