import type { OneStopTables } from './types-one-stop';
import type { ReportLockTables } from './types-report-locks';
import type { TargetTables } from './types-targets';
import type { CounterTables } from './types-counter';
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

// Kysely table types (camelCase through CamelCasePlugin). Keep in step with db/migrations.
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json = ColumnType<unknown, string | undefined | null, string | null>;

export type UnitKind = 'province' | 'department' | 'commune' | 'ward' | 'special_zone' | 'one_stop_centre' | 'district';

export type UnitsTable = {
  id: Generated<string>;
  code: string;
  name: string;
  nameEn: string | null;
  shortName: string | null;
  kind: UnitKind;
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
  legalRef: string | null;
  address: string | null;
  /** Legal basis and note of the closure (migration 2026112502). */
  closingLegalRef: string | null;
  closingNote: string | null;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
};

export type UnitSuccessionsTable = {
  predecessorId: string;
  successorId: string;
  effectiveOn: string;
  legalRef: string | null;
  note: string | null;
};

export type UsersTable = {
  id: Generated<string>;
  username: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  unitId: string;
  passwordHash: string;
  isActive: Generated<boolean>;
  failedLogins: Generated<number>;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
};

export type RoleGrantsTable = {
  id: Generated<string>;
  userId: string;
  role: string;
  unitId: string;
  grantedBy: string | null;
  createdAt: CreatedAt;
};

export type SessionsTable = {
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: CreatedAt;
  lastSeenAt: Timestamp;
  expiresAt: Date;
};

export type AuditLogTable = {
  id: Generated<number>;
  at: CreatedAt;
  actorId: string | null;
  actorUsername: string | null;
  action: string;
  entityType: string;
  entityId: string;
  unitId: string | null;
  before: Json;
  after: Json;
  requestId: string | null;
  /** The object's code or name when the entry was written (trigger of migration 2026120930). */
  entityLabel: ColumnType<string | null, string | null | undefined, never>;
  /** Folded label, id and actor, for searching (same trigger). */
  searchText: ColumnType<string, never, never>;
};

export type CalendarDayKindColumn = 'holiday' | 'tet' | 'compensatory' | 'swap_off' | 'makeup_workday' | 'local_closure';

/** Working-calendar entries (migration 2026112503); unitId null = province-wide. */
export type CalendarDaysTable = {
  id: Generated<string>;
  date: string;
  kind: CalendarDayKindColumn;
  name: string;
  nameEn: string | null;
  legalRef: string;
  status: 'proposed' | 'confirmed';
  unitId: string | null;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
};

export type CalendarNoticesTable = {
  id: Generated<string>;
  year: number;
  ref: string;
  issuedOn: string | null;
  covers: string;
  source: string | null;
  createdAt: CreatedAt;
};

export type CalendarOfficeHoursTable = {
  id: Generated<string>;
  validFrom: string;
  weekly: Json;
  makeupDay: Json;
  legalRef: string | null;
  updatedBy: string | null;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
};

export type CalendarStateTable = {
  id: Generated<boolean>;
  version: number;
};

/** The version of units and the procedure catalogue, bumped by every committed change to them (migration 2026112616). */
export type CatalogStateTable = {
  id: Generated<boolean>;
  version: number;
  lastTxid: number | null;
};

/** Wrong passwords per (lower-cased sign-in name, client address) and that pair's lock (migration 2026120870). */
export type LoginThrottleTable = {
  key: string;
  failures: Generated<number>;
  locks: Generated<number>;
  lockedUntil: Date | null;
  updatedAt: Timestamp;
};

/** The whole database as Kysely sees it. */
export type DB = OneStopTables &
  ReportLockTables &
  TargetTables &
  CounterTables & {
    units: UnitsTable;
    unitSuccessions: UnitSuccessionsTable;
    users: UsersTable;
    roleGrants: RoleGrantsTable;
    sessions: SessionsTable;
    auditLog: AuditLogTable;
    calendarDays: CalendarDaysTable;
    calendarNotices: CalendarNoticesTable;
    calendarOfficeHours: CalendarOfficeHoursTable;
    calendarState: CalendarStateTable;
    catalogState: CatalogStateTable;
    loginThrottle: LoginThrottleTable;
  };

export type Unit = Selectable<UnitsTable>;
export type NewUnit = Insertable<UnitsTable>;
export type UnitUpdate = Updateable<UnitsTable>;
export type User = Selectable<UsersTable>;
export type AuditEntry = Selectable<AuditLogTable>;
export type CalendarDayRow = Selectable<CalendarDaysTable>;
