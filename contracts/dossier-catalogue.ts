import { z } from 'zod';
import { UuidSchema } from './common';
import { optionalParam } from './users';

// The catalogue of the one-stop intake and of the public online page: units that receive, procedures offered, handlers of
// a step (split from contracts/dossiers.ts, which holds the dossier itself).

/** A unit where the caller may receive dossiers. */
export const IntakeUnitSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  /** The commune the unit belongs to (itself or its nearest commune-level ancestor); null outside any commune. */
  communeId: z.string().nullable(),
  /** The province the unit belongs to (null: none above it). */
  provinceId: z.string().nullable(),
});
/** A unit for the intake form. */
export type IntakeUnit = z.infer<typeof IntakeUnitSchema>;
/** A commune in effect that may handle a commune-level dossier received outside any commune. */
export const IntakeCommuneSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(['commune', 'ward', 'special_zone']),
  provinceId: z.string(),
});
/** A commune for the intake form. */
export type IntakeCommune = z.infer<typeof IntakeCommuneSchema>;
/** Units for the intake form, and the communes of the provinces of those outside any commune. */
export const IntakeUnitsResponseSchema = z.object({ items: z.array(IntakeUnitSchema), communes: z.array(IntakeCommuneSchema) });
/** Units and communes for the intake form. */
export type IntakeUnitsResponse = z.infer<typeof IntakeUnitsResponseSchema>;

/** Procedure search for the intake form. */
export const IntakeProceduresQuerySchema = z
  .object({ q: optionalParam(z.string().trim().max(100)), limit: z.coerce.number().int().min(1).max(100).default(30) })
  .strict();
/** A procedure in effect, with its document list. */
export const IntakeProcedureSchema = z.object({
  id: z.string(),
  nationalCode: z.string(),
  name: z.string(),
  sector: z.string(),
  level: z.enum(['province', 'commune']),
  durationValue: z.number(),
  durationUnit: z.enum(['working_day', 'working_hour', 'calendar_day', 'same_day']),
  /** same_day procedures: the cutoff 'HH:MM'; null otherwise (docs/DOMAIN.md §3.9). */
  cutoff: z.string().nullable(),
  feeText: z.string().nullable(),
  documents: z.array(
    z.object({
      id: z.string(),
      position: z.number().int(),
      name: z.string(),
      form: z.string(),
      quantity: z.number().int(),
      isRequired: z.boolean(),
    }),
  ),
});
/** A procedure for the intake form. */
export type IntakeProcedure = z.infer<typeof IntakeProcedureSchema>;
/** Procedures for the intake form. */
export const IntakeProceduresResponseSchema = z.object({ items: z.array(IntakeProcedureSchema) });
/** Handlers who may take a dossier at a unit (for forward/reassign). */
export const HandlersQuerySchema = z.object({ unitId: UuidSchema }).strict();
/** Handlers at a unit. */
export const HandlersResponseSchema = z.object({
  // `approves`: the person signs results there (offered first when the next step is the approval step).
  items: z.array(z.object({ id: z.string(), fullName: z.string(), username: z.string(), approves: z.boolean() })),
});

/** Public search of procedures offered online: GET /api/public/procedures. */
export const PublicProceduresQuerySchema = z
  .object({ q: optionalParam(z.string().trim().max(100)), limit: z.coerce.number().int().min(1).max(100).default(50) })
  .strict();
/** A procedure in effect that can be submitted online, with its document list (no personal data). */
export const PublicProcedureSchema = IntakeProcedureSchema.extend({ onlineLevel: z.enum(['partial', 'full']) });
/** A procedure offered online. */
export type PublicProcedure = z.infer<typeof PublicProcedureSchema>;
/** Procedures offered online. */
export const PublicProceduresResponseSchema = z.object({ items: z.array(PublicProcedureSchema) });
/** Procedures offered online. */
export type PublicProceduresResponse = z.infer<typeof PublicProceduresResponseSchema>;

/** Receiving places of one procedure: GET /api/public/receiving-units?procedureId=. */
export const PublicReceivingUnitsQuerySchema = z.object({ procedureId: UuidSchema }).strict();
/** A place where an online dossier may be submitted. */
export const PublicReceivingUnitSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  address: z.string().nullable(),
});
/** A receiving place. */
export type PublicReceivingUnit = z.infer<typeof PublicReceivingUnitSchema>;
/** Receiving places of one procedure. */
export const PublicReceivingUnitsResponseSchema = z.object({ items: z.array(PublicReceivingUnitSchema) });
/** Receiving places of one procedure. */
export type PublicReceivingUnitsResponse = z.infer<typeof PublicReceivingUnitsResponseSchema>;
