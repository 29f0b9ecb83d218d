import type { Query } from '@web/lib/api';

/** Query keys of the dossiers feature. */
export const dossiersKeys = {
  all: ['dossiers'] as const,
  lists: () => ['dossiers', 'list'] as const,
  list: (q: Query) => ['dossiers', 'list', q] as const,
  detail: (id: string) => ['dossiers', 'detail', id] as const,
  units: () => ['dossiers', 'intake-units'] as const,
  procedures: (q: string) => ['dossiers', 'intake-procedures', q] as const,
  handlers: (id: string, unitId: string) => ['dossiers', 'handlers', id, unitId] as const,
  scopeUnits: () => ['dossiers', 'scope-units'] as const,
};
