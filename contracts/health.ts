import { z } from 'zod';

/** `GET /api/health` answer. */
export const HealthResponseSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
