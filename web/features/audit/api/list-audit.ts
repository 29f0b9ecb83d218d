import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { AuditListResponseSchema, type AuditListResponse } from '@contracts/audit';
import { api } from '@web/lib/api';
import { auditKeys } from './keys';

/** Filters and page of the audit log, as sent to `GET /api/audit` (`from`/`to` are Vietnam days, YYYY-MM-DD). */
export type AuditListParams = {
  q?: string | undefined;
  actorId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
};

/** Fetches one page of the audit log, newest first. */
export function fetchAudit(p: AuditListParams): Promise<AuditListResponse> {
  return api('GET', '/api/audit', { query: { ...p }, schema: AuditListResponseSchema });
}

/** One page of the audit log; the previous page stays on screen while the next loads. */
export function useAudit(p: AuditListParams) {
  return useQuery({ queryKey: auditKeys.list({ ...p }), queryFn: () => fetchAudit(p), placeholderData: keepPreviousData });
}
