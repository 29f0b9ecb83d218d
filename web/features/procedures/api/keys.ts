import type { Query } from '@web/lib/api';

/** Query keys of the catalogue; everything under `procedures` is dropped on sign-out. */
export const proceduresKeys = {
  all: ['procedures'] as const,
  lists: () => ['procedures', 'list'] as const,
  list: (q: Query) => ['procedures', 'list', q] as const,
  detail: (id: string) => ['procedures', 'detail', id] as const,
  sectors: () => ['procedures', 'sectors'] as const,
  units: () => ['procedures', 'units'] as const,
};
