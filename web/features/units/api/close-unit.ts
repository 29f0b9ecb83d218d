import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UnitDetailSchema, type CloseUnitRequest, type UnitDetail } from '@contracts/units';
import { api } from '@web/lib/api';
import { unitsKeys } from './get-units';

/** `POST /api/units/:id/close`: closes a unit on its last day and records its successors. */
export function closeUnit(id: string, body: CloseUnitRequest): Promise<UnitDetail> {
  return api('POST', `/api/units/${encodeURIComponent(id)}/close`, { body, schema: UnitDetailSchema });
}

/** Closes a unit and refreshes every unit query. */
export function useCloseUnit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CloseUnitRequest }) => closeUnit(id, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: unitsKeys.all }),
  });
}
