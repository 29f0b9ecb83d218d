import type { ColumnType, Generated, Selectable } from 'kysely';
import type { CounterOutcomeKind, MissingItem, WrongItem } from '@core/dossier';

// Kysely types of the counter log (migration 2026120850): guidance (form 02) and refusals (form 03) at the counter.
type Json<T> = ColumnType<T, string, string>;

/** One counter outcome: who was guided or refused, at which unit, by whom, when, with what was listed. */
export type CounterOutcomesTable = {
  id: Generated<string>;
  no: ColumnType<number, never, never>;
  kind: CounterOutcomeKind;
  unitId: string;
  procedureId: string | null;
  dossierId: string | null;
  channel: 'in_person' | 'online' | 'postal';
  applicantType: 'citizen' | 'organisation';
  applicantName: string;
  applicantIdNumber: string | null;
  applicantPhone: string | null;
  applicantAddress: string | null;
  missing: Json<MissingItem[]>;
  wrong: Json<WrongItem[]>;
  reason: string | null;
  officerId: string;
  at: ColumnType<Date, Date, never>;
};

/** The counter log tables, merged into DB. */
export type CounterTables = { counterOutcomes: CounterOutcomesTable };

/** A stored counter outcome. */
export type CounterOutcomeRow = Selectable<CounterOutcomesTable>;
