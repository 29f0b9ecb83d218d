import { useQuery } from '@tanstack/react-query';
import { LookupDossierResponseSchema, type LookupDossierResponse } from '@contracts/lookup';
import { api } from '@web/lib/api';

/** `GET /api/lookup/dossiers/:code`: the public view of a dossier. */
export function getLookupDossier(code: string): Promise<LookupDossierResponse> {
  return api('GET', `/api/lookup/dossiers/${encodeURIComponent(code)}`, { schema: LookupDossierResponseSchema });
}

/** The public view of a dossier, cached briefly (the endpoint is rate-limited). */
export function useLookupDossier(code: string) {
  return useQuery({ queryKey: ['lookup', 'dossier', code], queryFn: () => getLookupDossier(code), staleTime: 60_000 });
}
