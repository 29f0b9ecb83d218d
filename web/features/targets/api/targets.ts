import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { UnitListResponseSchema } from '@contracts/units';
import {
  DeletedTargetResponseSchema,
  TargetListResponseSchema,
  TargetViewSchema,
  type CreateTargetRequest,
  type UpdateTargetRequest,
} from '@contracts/targets';
import type { TargetKey } from '@core/targets';
import { api } from '@web/lib/api';

/** React Query keys of the targets feature. */
export const targetKeys = {
  all: ['targets'] as const,
  list: (key?: TargetKey) => ['targets', 'list', key ?? null] as const,
  units: () => ['targets', 'units'] as const,
};

/** `GET /api/targets`: the versions the caller can see, optionally of one key. */
export function useTargets(key?: TargetKey) {
  return useQuery({
    queryKey: targetKeys.list(key),
    queryFn: () => api('GET', '/api/targets', { query: { key }, schema: TargetListResponseSchema }),
  });
}

/** Units the caller may set targets for (target.manage on them), loaded when the form opens. */
export function useManagedUnits() {
  return useQuery({
    queryKey: targetKeys.units(),
    queryFn: async () =>
      (await api('GET', '/api/units', { schema: UnitListResponseSchema })).items.filter(
        (u) => u.status !== 'closed' && u.abilities.includes('target.manage'),
      ),
    staleTime: 5 * 60_000,
  });
}

function useTargetMutation<A, R>(fn: (args: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: targetKeys.all }) });
}

/** `POST /api/targets`. */
export const useCreateTarget = () =>
  useTargetMutation((body: CreateTargetRequest) => api('POST', '/api/targets', { body, schema: TargetViewSchema }));

/** `PATCH /api/targets/:id` (setting validTo closes the version). */
export const useUpdateTarget = () =>
  useTargetMutation(({ id, body }: { id: string; body: UpdateTargetRequest }) =>
    api('PATCH', `/api/targets/${encodeURIComponent(id)}`, { body, schema: TargetViewSchema }),
  );

/** `DELETE /api/targets/:id`. */
export const useDeleteTarget = () =>
  useTargetMutation((id: string) => api('DELETE', `/api/targets/${encodeURIComponent(id)}`, { schema: DeletedTargetResponseSchema }));
