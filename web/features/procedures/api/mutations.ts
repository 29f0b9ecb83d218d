import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  ImportProceduresResponseSchema,
  ProcedureDetailSchema,
  type CreateProcedureRequest,
  type ImportProceduresRequest,
  type ReplaceProcedureRequest,
  type UpdateProcedureRequest,
} from '@contracts/procedures';
import { api } from '@web/lib/api';
import { proceduresKeys } from './keys';

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: proceduresKeys.all });
}

/** `POST /api/procedures`. */
export function useCreateProcedure() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateProcedureRequest) => api('POST', '/api/procedures', { body, schema: ProcedureDetailSchema }),
    onSuccess: refresh,
  });
}

/** `PATCH /api/procedures/:id`. */
export function useUpdateProcedure(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: UpdateProcedureRequest) => api('PATCH', `/api/procedures/${id}`, { body, schema: ProcedureDetailSchema }),
    onSuccess: refresh,
  });
}

/** `POST /api/procedures/:id/replace`. */
export function useReplaceProcedure(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ReplaceProcedureRequest) => api('POST', `/api/procedures/${id}/replace`, { body, schema: ProcedureDetailSchema }),
    onSuccess: refresh,
  });
}

/** `POST /api/procedures/import`: checks (dryRun) or imports a catalogue workbook. */
export function useImportProcedures() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ImportProceduresRequest) => api('POST', '/api/procedures/import', { body, schema: ImportProceduresResponseSchema }),
    onSuccess: (r) => (r.dryRun ? undefined : refresh()),
  });
}
