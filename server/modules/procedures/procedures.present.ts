import type { Permission } from '@core/access/permissions';
import type { ProcedureDetail, ProcedureListItem, ProcedureStatus } from '@contracts/procedures';
import type { ProcedureListRow, ProcedureRow, StepRow } from './procedures.repo';

/** Validity on a date; both ends inclusive (a procedure closed on 30/6 is in effect that day). */
export function procedureStatusOn(p: Pick<ProcedureRow, 'validFrom' | 'validTo'>, asOf: string): ProcedureStatus {
  if (p.validFrom > asOf) return 'future';
  if (p.validTo !== null && p.validTo < asOf) return 'expired';
  return 'active';
}

/** A catalogue row. */
export function toListItem(p: ProcedureListRow, asOf: string, abilities: Permission[]): ProcedureListItem {
  return {
    id: p.id,
    nationalCode: p.nationalCode,
    name: p.name,
    sector: p.sector,
    level: p.level,
    handlingUnitId: p.handlingUnitId,
    handlingUnitCode: p.handlingUnitCode,
    handlingUnitName: p.handlingUnitName,
    durationValue: Number(p.durationValue),
    durationUnit: p.durationUnit,
    cutoff: p.sameDayCutoff,
    feeText: p.feeText,
    feeAmount: p.feeAmount === null ? null : Number(p.feeAmount),
    onlineLevel: p.onlineLevel,
    isInterAgency: p.isInterAgency,
    paymentPausesClock: p.paymentPausesClock,
    validFrom: p.validFrom,
    validTo: p.validTo,
    status: procedureStatusOn(p, asOf),
    documentCount: p.documentCount,
    stepCount: p.stepCount,
    abilities,
  };
}

/** The detail answer from a row, its children and its versions. */
export function toDetail(
  item: ProcedureListItem,
  p: ProcedureRow,
  rest: { documents: ProcedureDetail['documents']; steps: StepRow[]; versions: ProcedureDetail['versions'] },
): ProcedureDetail {
  return {
    ...item,
    resultText: p.resultText,
    legalBasis: p.legalBasis,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    documents: rest.documents,
    // Commune level: a step at the catalogue's handling unit (the province) is done by the receiving commune.
    steps: rest.steps.map((s) => ({
      ...s,
      timeShare: Number(s.timeShare),
      atReceivingUnit: p.level === 'commune' && s.unitId === p.handlingUnitId,
    })),
    versions: rest.versions,
  };
}

/** The stored fields of a procedure as written to the audit log. */
export function auditView(p: ProcedureRow, children?: { documents: unknown[]; steps: unknown[] }) {
  return {
    id: p.id,
    nationalCode: p.nationalCode,
    name: p.name,
    sector: p.sector,
    level: p.level,
    handlingUnitId: p.handlingUnitId,
    durationValue: Number(p.durationValue),
    durationUnit: p.durationUnit,
    sameDayCutoff: p.sameDayCutoff,
    feeText: p.feeText,
    feeAmount: p.feeAmount,
    onlineLevel: p.onlineLevel,
    isInterAgency: p.isInterAgency,
    paymentPausesClock: p.paymentPausesClock,
    resultText: p.resultText,
    legalBasis: p.legalBasis,
    validFrom: p.validFrom,
    validTo: p.validTo,
    ...(children ?? {}),
  };
}
