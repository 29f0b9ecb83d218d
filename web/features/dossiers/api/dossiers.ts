import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DossierAction } from '@core/dossier';
import { DossierDetailSchema, actionPath, type ActionRequest, type CreateDossierRequest, type DossierDetail } from '@contracts/dossiers';
import { DossierListResponseSchema, type DueFilter } from '@contracts/dossier-inbox';
import { HandlersResponseSchema, IntakeProceduresResponseSchema, IntakeUnitsResponseSchema } from '@contracts/dossier-catalogue';
import { api, type Query } from '@web/lib/api';
import type { PickedFile } from '@web/lib/files';
import { idempotencyKeys, retryWithoutAnswer } from '@web/lib/idempotency';
import { dossiersKeys } from './keys';

/** Inbox filters as sent to GET /api/dossiers. */
export type DossierListParams = {
  status?: string | undefined;
  q?: string | undefined;
  mine?: boolean;
  /** The worklist: dossiers waiting on the caller's units (the server's one definition). */
  waiting?: boolean;
  due?: DueFilter | undefined;
  limit: number;
  offset: number;
};

/** One page of the inbox. */
export function useDossiers(p: DossierListParams, opts: { enabled?: boolean } = {}) {
  const query: Query = {
    status: p.status,
    q: p.q,
    mine: p.mine ? 'true' : undefined,
    waiting: p.waiting ? 'true' : undefined,
    due: p.due,
    limit: p.limit,
    offset: p.offset,
  };
  return useQuery({
    queryKey: dossiersKeys.list(query),
    queryFn: () => api('GET', '/api/dossiers', { query, schema: DossierListResponseSchema }),
    placeholderData: keepPreviousData,
    enabled: opts.enabled ?? true,
  });
}

/** One dossier in full. */
export function useDossier(id: string) {
  return useQuery({ queryKey: dossiersKeys.detail(id), queryFn: () => api('GET', `/api/dossiers/${id}`, { schema: DossierDetailSchema }) });
}

/** Runs an action on a dossier and refreshes its views. */
export function useDossierAction(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: DossierAction; body: ActionRequest }) =>
      api('POST', `/api/dossiers/${id}/${actionPath(action)}`, { body, schema: DossierDetailSchema }),
    onSuccess: (d: DossierDetail) => {
      qc.setQueryData(dossiersKeys.detail(id), d);
      void qc.invalidateQueries({ queryKey: dossiersKeys.lists() });
    },
    onError: () => void qc.invalidateQueries({ queryKey: dossiersKeys.detail(id) }),
  });
}

/** Receives a dossier at the counter; a retry after a lost connection carries the same Idempotency-Key (one dossier). */
export function useCreateDossier() {
  const qc = useQueryClient();
  const [keys] = useState(() => idempotencyKeys());
  return useMutation({
    mutationFn: (body: CreateDossierRequest) =>
      api('POST', '/api/dossiers', { body, schema: DossierDetailSchema, idempotencyKey: keys.keyFor(body) }),
    retry: retryWithoutAnswer,
    onSuccess: () => {
      keys.reset();
      void qc.invalidateQueries({ queryKey: dossiersKeys.lists() });
    },
  });
}

/** Units where the caller may receive dossiers. */
export function useIntakeUnits() {
  return useQuery({
    queryKey: dossiersKeys.units(),
    queryFn: () => api('GET', '/api/dossiers/intake/units', { schema: IntakeUnitsResponseSchema }),
  });
}

/** Procedures in effect matching a search. */
export function useIntakeProcedures(q: string) {
  return useQuery({
    queryKey: dossiersKeys.procedures(q),
    queryFn: () => api('GET', '/api/dossiers/intake/procedures', { query: { q, limit: 30 }, schema: IntakeProceduresResponseSchema }),
    placeholderData: keepPreviousData,
  });
}

/** Handlers at one of the dossier's route units. */
export function useHandlers(id: string, unitId: string | null) {
  return useQuery({
    queryKey: dossiersKeys.handlers(id, unitId ?? ''),
    queryFn: () => api('GET', `/api/dossiers/${id}/handlers`, { query: { unitId }, schema: HandlersResponseSchema }),
    enabled: unitId !== null,
  });
}

/** Attaches the scan of a checklist document to a dossier (POST /api/dossiers/:id/files, kind 'scan'); answers the dossier. */
export function uploadScan(dossierId: string, documentId: string, f: PickedFile): Promise<DossierDetail> {
  const body = { kind: 'scan', procedureDocumentId: documentId, fileName: f.fileName, mimeType: f.mimeType, content: f.content };
  return api('POST', `/api/dossiers/${dossierId}/files`, { body, schema: DossierDetailSchema });
}
