import { useQuery } from '@tanstack/react-query';
import { AuditEntityTypesResponseSchema } from '@contracts/audit';
import { api } from '@web/lib/api';
import { auditKeys } from './keys';

/** Fetches the entity types present in the part of the log the caller may read. */
export async function fetchEntityTypes(): Promise<string[]> {
  return (await api('GET', '/api/audit/entity-types', { schema: AuditEntityTypesResponseSchema })).items;
}

/** Entity types for the filter. */
export function useEntityTypes() {
  return useQuery({ queryKey: auditKeys.entityTypes(), queryFn: fetchEntityTypes, staleTime: 5 * 60_000 });
}
