import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '@db/types';
import type { DossierChannel, DossierStatusValue, TimelinessValue } from '@db/types-one-stop';
import { buildUnit, buildUser } from './factories';

// Test data for the statistics: a small organisation with a catalogue and dossiers written straight to the tables
// (the statistics only read them), so every expected figure can be computed by hand.

const at = (s: string | null) => (s === null ? null : new Date(`${s}+07:00`));

/** A province with two departments (one with a sub-unit), a commune, handlers and three procedures. */
export async function buildStatsOrg(db: Kysely<DB>) {
  const province = await buildUnit(db, { kind: 'province', name: 'Tỉnh thống kê' });
  const deptA = await buildUnit(db, { kind: 'department', parentId: province.id, name: 'Sở A (Tư pháp)' });
  const deptB = await buildUnit(db, { kind: 'department', parentId: province.id, name: 'Sở B (Nông nghiệp)' });
  const deptB1 = await buildUnit(db, { kind: 'department', parentId: deptB.id, name: 'Văn phòng đăng ký B1' });
  const commune = await buildUnit(db, { kind: 'commune', parentId: province.id, name: 'Xã C' });
  const handlerA = await buildUser(db, { unitId: deptA.id, roles: ['specialist'] });
  const handlerB1 = await buildUser(db, { unitId: deptB1.id, roles: ['specialist'] });
  const proc = async (name: string, sector: string, level: 'province' | 'commune', handlingUnitId: string) =>
    db
      .insertInto('procedures')
      .values({
        nationalCode: `1.${Math.floor(Math.random() * 1e6)}`,
        name,
        sector,
        level,
        handlingUnitId,
        durationValue: 5,
        durationUnit: 'working_day',
        validFrom: '2025-07-01',
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  const procA = await proc('Cấp phiếu lý lịch tư pháp', 'Tư pháp', 'province', deptA.id);
  const procB = await proc('Đăng ký biến động đất đai', 'Đất đai', 'province', deptB.id);
  const procC = await proc('Đăng ký khai sinh', 'Hộ tịch', 'commune', commune.id);
  return { province, deptA, deptB, deptB1, commune, handlerA, handlerB1, procA, procB, procC };
}

/** A control-slip row of a fixture dossier. */
export type FixtureStep = {
  unitId: string;
  handlerId?: string | null;
  dueAt: string;
  finishedAt?: string | null;
  timeliness?: TimelinessValue | null;
};

/** A dossier as the statistics read it (moments local 'YYYY-MM-DDTHH:mm', Vietnam time). */
export type FixtureDossier = {
  procedureId: string;
  handlingUnitId: string;
  receivingUnitId?: string;
  channel: DossierChannel;
  status: DossierStatusValue;
  receivedAt: string | null;
  finishedAt?: string | null;
  originalDueAt?: string | null;
  timeliness?: TimelinessValue | null;
  steps?: FixtureStep[];
  /** The current appointment (default: originalDueAt); with extendedDueAt, the apology's new date. */
  dueAt?: string | null;
  extendedDueAt?: string | null;
  /** The apology was recorded late (clock.extension.late). */
  extensionLate?: boolean;
  supplementCount?: number;
  /** The clock is paused since this moment (waiting for a supplement or a payment). */
  pausedSince?: string | null;
  /** Withdrawn or stopped at this moment: the event is written and updated_at set to it. */
  endedAt?: string | null;
};

const iso = (s: string) => `${s}:00+07:00`;
// The parts of the legal clock the statistics read (docs/ONE-STOP.md): whether and since when it is paused, the extension.
function fixtureClock(d: FixtureDossier): string | null {
  if (!d.pausedSince && !d.extendedDueAt) return null;
  return JSON.stringify({
    status: d.pausedSince ? 'paused' : 'running',
    pauses: d.pausedSince ? [{ from: iso(d.pausedSince), to: null, workingMinutes: 0, kind: 'supplement' }] : [],
    extension: d.extendedDueAt ? { newDueAt: iso(d.extendedDueAt), ...(d.extensionLate ? { late: true } : {}) } : null,
  });
}

/** Inserts a dossier as the statistics read it (and its steps) straight into the tables; returns its id and code. */
export async function buildStatsDossier(db: Kysely<DB>, d: FixtureDossier): Promise<{ id: string; code: string }> {
  const code = `TK-${randomUUID().slice(0, 13)}`;
  const row = await db
    .insertInto('dossiers')
    .values({
      code,
      procedureId: d.procedureId,
      receivingUnitId: d.receivingUnitId ?? d.handlingUnitId,
      handlingUnitId: d.handlingUnitId,
      currentUnitId: d.handlingUnitId,
      channel: d.channel,
      status: d.status,
      applicantName: 'Người nộp thử',
      submittedAt: at(d.receivedAt) ?? new Date('2026-01-01T00:00:00+07:00'),
      receivedAt: at(d.receivedAt),
      dueAt: at(d.dueAt ?? d.extendedDueAt ?? d.originalDueAt ?? null),
      originalDueAt: at(d.originalDueAt ?? null),
      extendedDueAt: at(d.extendedDueAt ?? null),
      finishedAt: at(d.finishedAt ?? null),
      timeliness: d.timeliness ?? null,
      supplementCount: d.supplementCount ?? 0,
      clock: fixtureClock(d),
      ...(d.endedAt ? { updatedAt: at(d.endedAt) ?? undefined } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (d.endedAt)
    await db
      .insertInto('dossierEvents')
      .values({
        dossierId: row.id,
        type: d.status === 'withdrawn' ? 'withdraw' : 'stop',
        fromStatus: 'processing',
        toStatus: d.status,
        at: at(d.endedAt) ?? new Date(),
        data: '{}',
      })
      .execute();
  for (const [i, s] of (d.steps ?? []).entries()) {
    await db
      .insertInto('dossierSteps')
      .values({
        dossierId: row.id,
        position: i + 1,
        unitId: s.unitId,
        name: `Bước ${i + 1}`,
        handlerId: s.handlerId ?? null,
        startedAt: at(d.receivedAt),
        dueAt: at(s.dueAt),
        finishedAt: at(s.finishedAt ?? null),
        timeliness: s.timeliness ?? null,
      })
      .execute();
  }
  return { id: row.id, code };
}
