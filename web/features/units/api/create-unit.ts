import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UnitDetailSchema, type CreateUnitRequest, type UnitDetail } from '@contracts/units';
import { api } from '@web/lib/api';
import { unitsKeys } from './get-units';

/** `POST /api/units`: creates a unit under a parent; answers its detail. */
export function createUnit(body: CreateUnitRequest): Promise<UnitDetail> {
  return api('POST', '/api/units', { body, schema: UnitDetailSchema });
}

/** Creates a unit and refreshes every unit query. */
export function useCreateUnit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createUnit,
    onSuccess: () => qc.invalidateQueries({ queryKey: unitsKeys.all }),
  });
}
