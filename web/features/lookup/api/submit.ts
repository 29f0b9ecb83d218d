import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { PublicSubmitResponseSchema, type PublicSubmitRequest } from '@contracts/dossiers';
import { PublicProceduresResponseSchema, PublicReceivingUnitsResponseSchema } from '@contracts/dossier-catalogue';
import { useState } from 'react';
import { PublicCompletionViewSchema, type PublicCompletionRequest } from '@contracts/counter-outcomes';
import { api } from '@web/lib/api';
import { idempotencyKeys, retryWithoutAnswer } from '@web/lib/idempotency';

/** Procedures offered online matching a search (`GET /api/public/procedures`). */
export function usePublicProcedures(q: string) {
  return useQuery({
    queryKey: ['lookup', 'procedures', q],
    queryFn: () => api('GET', '/api/public/procedures', { query: { q: q.trim(), limit: 50 }, schema: PublicProceduresResponseSchema }),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** Receiving places of one procedure (`GET /api/public/receiving-units`). */
export function useReceivingUnits(procedureId: string | null) {
  return useQuery({
    queryKey: ['lookup', 'receiving-units', procedureId],
    queryFn: () => api('GET', '/api/public/receiving-units', { query: { procedureId }, schema: PublicReceivingUnitsResponseSchema }),
    enabled: procedureId !== null,
    staleTime: 5 * 60_000,
  });
}

/** Submits a dossier online (`POST /api/public/dossiers`); a retry after a lost connection carries the same Idempotency-Key. */
export function useSubmitOnline() {
  const [keys] = useState(() => idempotencyKeys());
  return useMutation({
    mutationFn: (body: PublicSubmitRequest) =>
      api('POST', '/api/public/dossiers', { body, schema: PublicSubmitResponseSchema, idempotencyKey: keys.keyFor(body) }),
    retry: retryWithoutAnswer,
    onSuccess: () => keys.reset(),
  });
}

/** What the one-stop unit asked to add to a submission, for the holder of its secret. */
export function useCompletionStatus(code: string, token: string) {
  return useQuery({
    queryKey: ['lookup', 'completion', code, token],
    queryFn: () =>
      api('POST', `/api/public/dossiers/${encodeURIComponent(code)}/completion/status`, {
        body: { token },
        schema: PublicCompletionViewSchema,
      }),
    enabled: token.length > 0,
    retry: false,
  });
}

/** Sends the files that complete a submission sent back for completion. */
export function useCompleteSubmission(code: string) {
  return useMutation({
    mutationFn: (body: PublicCompletionRequest) =>
      api('POST', `/api/public/dossiers/${encodeURIComponent(code)}/completion`, { body, schema: PublicCompletionViewSchema }),
  });
}
