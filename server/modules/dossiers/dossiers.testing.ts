import type { Kysely } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { DB } from '@db/types';
import type { DurationUnit, ProcedureLevel } from '@db/types-one-stop';
import { buildOrg, buildUnit, buildUser, loginAs, type Session } from '@tests/factories';

/** Inserts a procedure with documents and an optional route (test data, independent of the catalogue seed). */
export async function buildProcedure(
  db: Kysely<DB>,
  o: {
    handlingUnitId: string;
    level?: ProcedureLevel;
    durationValue?: number;
    durationUnit?: DurationUnit;
    documents?: Array<{ name: string; isRequired?: boolean }>;
    steps?: Array<{ unitId: string; name: string; timeShare: number }>;
    onlineLevel?: 'none' | 'partial' | 'full';
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
      onlineLevel: o.onlineLevel ?? 'full',
      feeText: null,
      feeAmount: null,
      resultText: null,
      legalBasis: null,
      validFrom: '2025-07-01',
      validTo: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const docs = o.documents ?? [{ name: 'Tờ khai' }, { name: 'Căn cước' }, { name: 'Giấy uỷ quyền', isRequired: false }];
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

/** A province with two communes and a department, with a clerk, handler and head at each place. */
export async function buildOneStopWorld(app: FastifyInstance, db: Kysely<DB>) {
  const org = await buildOrg(db);
  const communeA = await buildUnit(db, { kind: 'commune', parentId: org.province.id, name: 'Xã A' });
  const communeB = await buildUnit(db, { kind: 'commune', parentId: org.province.id, name: 'Xã B' });
  const users = {
    clerkA: await buildUser(db, { unitId: communeA.id, roles: ['one_stop_clerk'] }),
    headA: await buildUser(db, { unitId: communeA.id, roles: ['unit_head'] }),
    clerkB: await buildUser(db, { unitId: communeB.id, roles: ['one_stop_clerk'] }),
    specialist: await buildUser(db, { unitId: org.deptB.id, roles: ['specialist'] }),
    specialist2: await buildUser(db, { unitId: org.deptB.id, roles: ['specialist'] }),
    headDept: await buildUser(db, { unitId: org.deptB.id, roles: ['unit_head'] }),
    leader: await buildUser(db, { unitId: org.province.id, roles: ['leader'] }),
  };
  const sessions: Record<keyof typeof users, Session> = {} as Record<keyof typeof users, Session>;
  for (const [k, u] of Object.entries(users)) sessions[k as keyof typeof users] = await loginAs(app, u.username);
  return { org, communeA, communeB, users, sessions };
}

/** A tiny valid PDF as base64. */
export const PDF_BASE64 = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');
/** A tiny PNG header as base64. */
export const PNG_BASE64 = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]).toString('base64');
