import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '@db/types';
import type { DossierStatusValue } from '@db/types-one-stop';

/** Personal data every fixture dossier carries, so tests can assert it never leaks to public answers. */
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

/** Inserts a procedure (with two required documents) and a dossier with events and steps, directly in the tables. */
export async function buildDossierFixture(
  db: Kysely<DB>,
  o: {
    receivingUnitId: string;
    handlingUnitId?: string;
    currentUnitId?: string;
    status?: DossierStatusValue;
    code?: string;
    receivedAt?: string | null;
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
      nationalCode: `1.${randomUUID().slice(0, 6)}`,
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
      { procedureId: procedure.id, position: 2, name: 'Giấy tờ tuỳ thân', form: 'certified_copy', quantity: 2 },
    ])
    .execute();
  const receivedAt = o.receivedAt === undefined ? '2026-11-18T09:15:00+07:00' : o.receivedAt;
  const dossier = await db
    .insertInto('dossiers')
    .values({
      code: o.code ?? `T${randomUUID().slice(0, 8)}-261118-0001`,
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
      submittedAt: '2026-11-18T09:00:00+07:00',
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
  let position = 1;
  for (const s of o.steps ?? []) {
    await db
      .insertInto('dossierSteps')
      .values({
        dossierId: dossier.id,
        position: position++,
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
