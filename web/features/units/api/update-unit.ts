import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UnitDetailSchema, type UnitDetail, type UpdateUnitRequest } from '@contracts/units';
import { api } from '@web/lib/api';
import { unitsKeys } from './get-units';

/** `PATCH /api/units/:id`: edits any subset of the fields, including moving under another parent. */
export function updateUnit(id: string, body: UpdateUnitRequest): Promise<UnitDetail> {
  return api('PATCH', `/api/units/${encodeURIComponent(id)}`, { body, schema: UnitDetailSchema });
}

/** Edits a unit and refreshes every unit query. */
export function useUpdateUnit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUnitRequest }) => updateUnit(id, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: unitsKeys.all }),
  });
}
