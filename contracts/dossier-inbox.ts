import { z } from 'zod';
import { UuidSchema } from './common';
import { optionalParam, QueryFlagSchema } from './users';
import { DossierListItemSchema, DossierStatusSchema } from './dossiers';

// The one-stop inbox (worklist): its filters, its rows and a page of them (GET /api/dossiers).

/** Inbox deadline filters: due within a working day, or past due. */
export const DUE_FILTERS = ['soon', 'overdue'] as const;
/** An inbox deadline filter. */
export type DueFilter = (typeof DUE_FILTERS)[number];

/** Inbox filters: GET /api/dossiers. */
export const DossierListQuerySchema = z
  .object({
    /** Comma-separated statuses. */
    status: optionalParam(
      z
        .string()
        .transform((s) =>
          s
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean),
        )
        .pipe(z.array(DossierStatusSchema).max(10)),
    ),
    q: optionalParam(z.string().trim().max(100)),
    mine: QueryFlagSchema,
    /** The worklist: only dossiers waiting on the caller's units (held there, not ended); without `status`, every waiting status. */
    waiting: QueryFlagSchema,
    due: optionalParam(z.enum(DUE_FILTERS)),
    /** Current unit (its subtree). */
    unitId: optionalParam(UuidSchema),
    procedureId: optionalParam(UuidSchema),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
/** Inbox filters. */
export type DossierListQuery = z.infer<typeof DossierListQuerySchema>;

/** A page of the inbox. */
/** The inbox filters a search by exact dossier code passes over (the found dossier is shown whatever they are). */
export const LIST_FILTERS = ['status', 'waiting', 'mine', 'due', 'unitId', 'procedureId'] as const;
/** One inbox filter. */
export type ListFilterName = (typeof LIST_FILTERS)[number];
/** A page of the inbox; `codeMatch` when the search was a dossier's exact code, with the filters that would hide it. */
export const DossierListResponseSchema = z.object({
  items: z.array(DossierListItemSchema),
  total: z.number().int(),
  codeMatch: z.object({ code: z.string(), hiddenBy: z.array(z.enum(LIST_FILTERS)) }).optional(),
});
/** A page of the inbox. */
export type DossierListResponse = z.infer<typeof DossierListResponseSchema>;
