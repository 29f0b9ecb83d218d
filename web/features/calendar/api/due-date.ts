import { useMutation } from '@tanstack/react-query';
import { DueDateResponseSchema, type DueDateResponse } from '@contracts/calendar';
import { api } from '@web/lib/api';

/** Input of the due-date calculator: an amount, or for a same-day procedure an optional cutoff 'HH:MM'. */
export type DueDateInput = { receivedAt: string; amount?: number; cutoff?: string; unit: DueDateResponse['unit']; unitId?: string };

/** `GET /api/calendar/due-date`: the due moment (ISO 8601, +07:00). */
export function getDueDate(q: DueDateInput): Promise<DueDateResponse> {
  return api('GET', '/api/calendar/due-date', { query: q, schema: DueDateResponseSchema });
}

/** Computes a due moment on demand (a button press, not a cached query). */
export function useDueDate() {
  return useMutation({ mutationFn: getDueDate });
}
