import type { Permission } from '@core/access/permissions';
import type { DossierDetail, DossierListItem } from '@contracts/dossiers';
import type { IntakeProcedure } from '@contracts/dossier-catalogue';

/** The signed-in clerk for dossier web tests. */
export function clerkMe(permissions: Permission[] = ['dossier.read', 'dossier.create', 'dossier.process']) {
  return {
    user: { id: USER_ID, username: 'motcua', fullName: 'Cán bộ một cửa', unitId: UNIT_ID, unitName: 'Phường Tân Lập' },
    grants: [{ id: 'g1', role: 'one_stop_clerk', unitId: UNIT_ID, unitName: 'Phường Tân Lập' }],
    permissions,
    csrfToken: 'csrf',
  };
}

export const USER_ID = '00000000-0000-4000-8000-0000000000c1';
export const UNIT_ID = '20000000-0000-4000-8000-000000000001';
export const PROC_ID = '30000000-0000-4000-8000-000000000001';
export const DOC_A = '30000000-0000-4000-8000-00000000000a';
export const DOC_B = '30000000-0000-4000-8000-00000000000b';
export const DOC_C = '30000000-0000-4000-8000-00000000000c';

const unit = { id: UNIT_ID, name: 'Phường Tân Lập' };

/** A row of the inbox. */
export function listItem(o: Partial<DossierListItem> & { id: string; code: string }): DossierListItem {
  return {
    nationalCode: null,
    status: 'processing',
    statusCode: 4,
    channel: 'in_person',
    applicantName: 'Nguyễn Văn An',
    subject: null,
    procedure: { id: PROC_ID, name: 'Đăng ký khai sinh', nationalCode: '1.001193' },
    receivingUnit: unit,
    handlingUnit: unit,
    currentUnit: unit,
    currentHandler: null,
    submittedAt: '2026-11-20T02:00:00.000Z',
    receivedAt: '2026-11-20T02:00:00.000Z',
    dueAt: '2026-11-27T09:30:00.000Z',
    finishedAt: null,
    timeliness: null,
    supplementCount: 0,
    marks: { dueSoon: false, overdue: false },
    version: 1,
    ...o,
  };
}

/** One dossier in full. */
export function detail(o: Partial<DossierDetail> = {}): DossierDetail {
  return {
    ...listItem({ id: '40000000-0000-4000-8000-000000000001', code: '24133-261120-0001' }),
    applicant: { type: 'citizen', name: 'Nguyễn Văn An', idNumber: '066123456789', phone: '0912345678', email: null, address: null },
    procedure: {
      id: PROC_ID,
      name: 'Đăng ký khai sinh',
      nationalCode: '1.001193',
      durationValue: 1,
      durationUnit: 'working_day',
      cutoff: null,
      level: 'commune',
    },
    status: 'received',
    statusCode: 2,
    version: 3,
    originalDueAt: null,
    extendedDueAt: null,
    returnedAt: null,
    returnPlace: null,
    lookupKey: '7KQ2M9XD4RTB',
    clock: null,
    receivedDocuments: [],
    events: [],
    steps: [],
    files: [],
    ruleSet: { id: 'nd118-2025', name: 'Nghị định 118/2025/NĐ-CP, Thông tư 03/2025/TT-VPCP' },
    handOver: null,
    result: null,
    abilities: ['dossier.read', 'dossier.process'],
    allowedActions: ['start', 'withdraw'],
    ...o,
  };
}

/** A procedure for the intake form: two required documents and one optional. */
export const PROCEDURE: IntakeProcedure = {
  id: PROC_ID,
  nationalCode: '1.001193',
  name: 'Đăng ký khai sinh',
  sector: 'Hộ tịch',
  level: 'commune',
  durationValue: 1,
  durationUnit: 'working_day',
  cutoff: null,
  feeText: null,
  documents: [
    { id: DOC_A, position: 1, name: 'Tờ khai đăng ký khai sinh', form: 'original', quantity: 1, isRequired: true },
    { id: DOC_B, position: 2, name: 'Giấy chứng sinh', form: 'original', quantity: 1, isRequired: true },
    { id: DOC_C, position: 3, name: 'Văn bản ủy quyền', form: 'certified_copy', quantity: 1, isRequired: false },
  ],
};
