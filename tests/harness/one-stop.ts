import type { Kysely } from 'kysely';
import type { DB } from '@db/types';
import type { DossierStatusValue, DurationUnit, ProcedureLevel } from '@db/types-one-stop';
import { buildOrg, buildUnit, short } from './factories';
import type { TestApp } from './test-app';

// One-stop test data: procedures, a small province with its staff signed in, and dossiers written straight to the
// tables (for reads that only need them to exist: forms, lookup).

/** Inserts a procedure in effect with documents (default: two required, one optional) and an optional route. */
export async function buildProcedure(
  db: Kysely<DB>,
  o: {
    handlingUnitId: string;
    level?: ProcedureLevel;
    durationValue?: number;
    durationUnit?: DurationUnit;
    /** same_day procedures: the cutoff 'HH:MM' (default 15:00). */
    sameDayCutoff?: string;
    documents?: Array<{ name: string; isRequired?: boolean }>;
    steps?: Array<{ unitId: string; name: string; timeShare: number }>;
    onlineLevel?: 'none' | 'partial' | 'full';
    /** Waiting for payment pauses the legal clock (docs/DOMAIN.md §10.5). */
    paymentPausesClock?: boolean;
  },
) {
  const procedure = await db
    .insertInto('procedures')
    .values({
      nationalCode: `1.${Math.floor(Math.random() * 1e6)}`,
      name: `Thủ tục thử ${Math.random().toString(36).slice(2, 8)}`,
      sector: 'Hộ tịch',
      level: o.level ?? 'province',
      handlingUnitId: o.handlingUnitId,
      durationValue: o.durationValue ?? 5,
      durationUnit: o.durationUnit ?? 'working_day',
      sameDayCutoff: o.durationUnit === 'same_day' ? (o.sameDayCutoff ?? '15:00') : null,
      onlineLevel: o.onlineLevel ?? 'full',
      paymentPausesClock: o.paymentPausesClock ?? false,
      feeText: null,
      feeAmount: null,
      resultText: null,
      legalBasis: null,
      validFrom: '2025-07-01',
      validTo: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const docs = o.documents ?? [{ name: 'Tờ khai' }, { name: 'Căn cước' }, { name: 'Giấy ủy quyền', isRequired: false }];
  const documents = [];
  for (const [i, d] of docs.entries()) {
    documents.push(
      await db
        .insertInto('procedureDocuments')
        .values({
          procedureId: procedure.id,
          position: i + 1,
          name: d.name,
          form: 'original',
          quantity: 1,
          isRequired: d.isRequired ?? true,
        })
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
  }
  for (const [i, s] of (o.steps ?? []).entries()) {
    await db
      .insertInto('procedureSteps')
      .values({ procedureId: procedure.id, position: i + 1, unitId: s.unitId, name: s.name, timeShare: s.timeShare })
      .execute();
  }
  return { procedure, documents, requiredIds: documents.filter((d) => d.isRequired).map((d) => d.id) };
}

/** A province with two communes and a department, with a clerk, handler and head at each place, all signed in. */
export async function buildOneStopWorld(t: TestApp) {
  const org = await buildOrg(t.db);
  const communeA = await buildUnit(t.db, { kind: 'commune', parentId: org.province.id, name: 'Xã A' });
  const communeB = await buildUnit(t.db, { kind: 'commune', parentId: org.province.id, name: 'Xã B' });
  const sessions = {
    clerkA: await t.as('one_stop_clerk', { unit: communeA }),
    headA: await t.as('unit_head', { unit: communeA }),
    clerkB: await t.as('one_stop_clerk', { unit: communeB }),
    specialist: await t.as('specialist', { unit: org.deptB }),
    specialist2: await t.as('specialist', { unit: org.deptB }),
    headDept: await t.as('unit_head', { unit: org.deptB }),
    leader: await t.as('leader', { unit: org.province }),
  };
  const users = Object.fromEntries(Object.entries(sessions).map(([k, s]) => [k, s.user])) as {
    [K in keyof typeof sessions]: (typeof sessions)[K]['user'];
  };
  return { org, communeA, communeB, users, sessions };
}

/** A tiny valid PDF as base64. */
export const PDF_BASE64 = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');
/** A tiny PNG header as base64. */
export const PNG_BASE64 = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]).toString('base64');

/** Personal data every dossier built by buildDossier carries, so tests can assert it never leaks to public answers. */
export const FIXTURE_APPLICANT = {
  name: 'Nguyễn Văn An',
  idNumber: '066090001234',
  phone: '0912345678',
  email: 'an.nguyen@example.vn',
  address: '12 Lê Duẩn, phường Tân Lập',
};

type EventSpec = {
  type: string;
  from?: DossierStatusValue | null;
  to: DossierStatusValue;
  at: string;
  note?: string | null;
  data?: unknown;
  actorId?: string | null;
  unitId?: string | null;
};
type StepSpec = {
  unitId: string;
  name: string;
  startedAt?: string | null;
  dueAt?: string | null;
  finishedAt?: string | null;
  timeliness?: 'early' | 'on_time' | 'late' | null;
  note?: string | null;
  handlerId?: string | null;
};

/**
 * Inserts a procedure (with two required documents) and a dossier received on 18 Nov 2026 with its events (default:
 * the receipt) and steps, straight into the tables; the applicant is FIXTURE_APPLICANT.
 */
export async function buildDossier(
  db: Kysely<DB>,
  o: {
    receivingUnitId: string;
    handlingUnitId?: string;
    currentUnitId?: string;
    status?: DossierStatusValue;
    code?: string;
    receivedAt?: string | null;
    submittedAt?: string;
    dueAt?: string | null;
    originalDueAt?: string | null;
    extendedDueAt?: string | null;
    returnPlace?: string | null;
    events?: EventSpec[];
    steps?: StepSpec[];
  },
) {
  const handlingUnitId = o.handlingUnitId ?? o.receivingUnitId;
  const procedure = await db
    .insertInto('procedures')
    .values({
      nationalCode: `1.${short().slice(0, 6)}`,
      name: 'Cấp bản sao trích lục hộ tịch',
      sector: 'Hộ tịch',
      level: 'province',
      handlingUnitId,
      durationValue: 5,
      durationUnit: 'working_day',
      feeText: null,
      feeAmount: 8000,
      validFrom: '2025-07-01',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db
    .insertInto('procedureDocuments')
    .values([
      { procedureId: procedure.id, position: 1, name: 'Tờ khai cấp bản sao trích lục hộ tịch', form: 'original', quantity: 1 },
      { procedureId: procedure.id, position: 2, name: 'Giấy tờ tùy thân', form: 'certified_copy', quantity: 2 },
    ])
    .execute();
  const receivedAt = o.receivedAt === undefined ? '2026-11-18T09:15:00+07:00' : o.receivedAt;
  const dossier = await db
    .insertInto('dossiers')
    .values({
      code: o.code ?? `T${short()}-261118-0001`,
      procedureId: procedure.id,
      receivingUnitId: o.receivingUnitId,
      handlingUnitId,
      currentUnitId: o.currentUnitId ?? handlingUnitId,
      channel: 'in_person',
      status: o.status ?? 'processing',
      applicantName: FIXTURE_APPLICANT.name,
      applicantIdNumber: FIXTURE_APPLICANT.idNumber,
      applicantPhone: FIXTURE_APPLICANT.phone,
      applicantEmail: FIXTURE_APPLICANT.email,
      applicantAddress: FIXTURE_APPLICANT.address,
      submittedAt: o.submittedAt ?? '2026-11-18T09:00:00+07:00',
      receivedAt,
      dueAt: o.dueAt === undefined ? '2026-11-25T16:30:00+07:00' : o.dueAt,
      originalDueAt: o.originalDueAt ?? null,
      extendedDueAt: o.extendedDueAt ?? null,
      returnPlace: o.returnPlace ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const events: EventSpec[] = o.events ?? [
    { type: 'receive', from: 'submitted', to: 'received', at: receivedAt ?? '2026-11-18T09:15:00+07:00', unitId: o.receivingUnitId },
  ];
  for (const e of events) {
    await db
      .insertInto('dossierEvents')
      .values({
        dossierId: dossier.id,
        type: e.type,
        fromStatus: e.from ?? null,
        toStatus: e.to,
        at: e.at,
        note: e.note ?? null,
        data: e.data === undefined ? null : JSON.stringify(e.data),
        actorId: e.actorId ?? null,
        unitId: e.unitId ?? null,
      })
      .execute();
  }
  for (const [i, s] of (o.steps ?? []).entries()) {
    await db
      .insertInto('dossierSteps')
      .values({
        dossierId: dossier.id,
        position: i + 1,
        unitId: s.unitId,
        name: s.name,
        handlerId: s.handlerId ?? null,
        startedAt: s.startedAt ?? null,
        dueAt: s.dueAt ?? null,
        finishedAt: s.finishedAt ?? null,
        timeliness: s.timeliness ?? null,
        note: s.note ?? null,
      })
      .execute();
  }
  return { procedure, dossier };
}
