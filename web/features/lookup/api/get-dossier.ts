import { useQuery } from '@tanstack/react-query';
import { LookupDossierResponseSchema, type LookupDossierResponse } from '@contracts/lookup';
import { api } from '@web/lib/api';

/** `GET /api/lookup/dossiers/:key`: the public view of a dossier by the receipt's lookup key. */
export function getLookupDossier(key: string): Promise<LookupDossierResponse> {
  return api('GET', `/api/lookup/dossiers/${encodeURIComponent(key)}`, { schema: LookupDossierResponseSchema });
}

/** The public view of a dossier, cached briefly (the endpoint is rate-limited). */
export function useLookupDossier(key: string) {
  return useQuery({ queryKey: ['lookup', 'dossier', key], queryFn: () => getLookupDossier(key), staleTime: 60_000 });
}
