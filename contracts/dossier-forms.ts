import { z } from 'zod';
import { LocalDateSchema, UuidSchema } from './common';

/** Per-dossier printable forms: 01 receipt … 06 control slip. */
export const DossierFormCodeSchema = z.enum(['01', '02', '03', '04', '05', '06']);

/** Path of `GET /api/dossiers/:id/forms/:form.pdf`. */
export const DossierFormParamsSchema = z.object({ id: UuidSchema, form: z.string() }).strict();

/** Query of `GET /api/dossier-register.pdf|.xlsx` (Mẫu 07): a unit (with its subtree) and a period of at most a year. */
// An impossible date (2026-13-01) is reported on its own field; the order is judged only between two real dates.
export const DossierRegisterQuerySchema = z
  .object({ unitId: UuidSchema, from: LocalDateSchema, to: LocalDateSchema })
  .strict()
  .refine((q) => !LocalDateSchema.safeParse(q.from).success || !LocalDateSchema.safeParse(q.to).success || q.from <= q.to, {
    path: ['to'],
    message: 'Ngày kết thúc phải sau ngày bắt đầu / to must not be before from',
  });
/** Query of the register routes. */
export type DossierRegisterQuery = z.infer<typeof DossierRegisterQuerySchema>;

/** Link to a dossier form PDF (for the dossier page). */
export const dossierFormUrl = (id: string, form: z.infer<typeof DossierFormCodeSchema>) => `/api/dossiers/${id}/forms/${form}.pdf`;
