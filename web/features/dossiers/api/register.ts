import { useMutation, useQuery } from '@tanstack/react-query';
import type { DossierRegisterQuery } from '@contracts/dossier-forms';
import { UnitListResponseSchema } from '@contracts/units';
import { api } from '@web/lib/api';
import { registerUrl } from '../utils/forms';
import { downloadFile } from './download';
import { dossiersKeys } from './keys';

/** Units the caller can see, each with the caller's abilities on it (for the register's unit picker). */
export function useScopeUnits(enabled: boolean) {
  return useQuery({
    queryKey: dossiersKeys.scopeUnits(),
    queryFn: () => api('GET', '/api/units', { schema: UnitListResponseSchema }),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** Downloads the dossier register (Mẫu 07) as PDF or Excel; a refusal (period too long, unit out of scope) is the error. */
export function useRegisterDownload() {
  return useMutation({
    mutationFn: ({ kind, query }: { kind: 'pdf' | 'xlsx'; query: DossierRegisterQuery }) =>
      downloadFile(registerUrl(kind, query), `so-theo-doi-ho-so-${query.from}-${query.to}.${kind}`),
  });
}
