import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  CounterOutcomeListResponseSchema,
  CounterOutcomeSchema,
  type CounterOutcome,
  type CreateCounterOutcomeRequest,
} from '@contracts/counter-outcomes';
import { api, type Query } from '@web/lib/api';

const KEY = ['dossiers', 'counter-outcomes'] as const;

/** Records a guidance (form 02) or a refusal (form 03) at the counter. */
export function useCreateCounterOutcome() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCounterOutcomeRequest): Promise<CounterOutcome> =>
      api('POST', '/api/counter-outcomes', { body, schema: CounterOutcomeSchema }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: KEY }),
  });
}

/** Filters of the counter log as sent to GET /api/counter-outcomes. */
export type CounterLogParams = {
  from?: string | undefined;
  to?: string | undefined;
  kind?: string | undefined;
  limit: number;
  offset: number;
};

/** One page of the counter log of the caller's unit, with the counts by kind. */
export function useCounterOutcomes(p: CounterLogParams) {
  const query: Query = { from: p.from, to: p.to, kind: p.kind, limit: p.limit, offset: p.offset };
  return useQuery({
    queryKey: [...KEY, query],
    queryFn: () => api('GET', '/api/counter-outcomes', { query, schema: CounterOutcomeListResponseSchema }),
    placeholderData: keepPreviousData,
  });
}
