import { describe, expect, it } from 'vitest';
import {
  buildDossierForm,
  documentsOfEvent,
  documentsSummary,
  handedOverDocuments,
  registerForm,
  registerRows,
  type DocumentLine,
  type FormBlock,
  type FormDossier,
  type HandedOver,
  type RegisterEntry,
} from './index';

// Issue #15 point 3: forms 01, 06 and 07 list what was handed over (docs/DOMAIN.md §5.4).
const at = (s: string) => new Date(s);
const TO_KHAI: DocumentLine = { name: 'Tờ khai', form: 'original', quantity: 1 };
const CAN_CUOC: DocumentLine = { name: 'Căn cước', form: 'certified_copy', quantity: 2 };
const UY_QUYEN: DocumentLine = { name: 'Giấy ủy quyền (không bắt buộc)', form: 'original_or_copy', quantity: 1 };
const REQUIRED = [TO_KHAI, CAN_CUOC];
const asData = (docs: DocumentLine[]) => ({
  channel: 'in_person',
  documents: docs.map((d, i) => ({ procedureDocumentId: `id${i}`, ...d })),
});

describe('handedOverDocuments: which list the forms print', () => {
  it.each<[string, Parameters<typeof handedOverDocuments>[0], HandedOver]>([
    [
      'the counter checklist with an optional document ticked',
      { events: [{ type: 'receive', data: asData([TO_KHAI, CAN_CUOC, UY_QUYEN]) }], submittedFiles: [], required: REQUIRED },
      { source: 'received', items: [TO_KHAI, CAN_CUOC, UY_QUYEN] },
    ],
    [
      'the checklist without a required document (not ticked): absent, not filled in from the catalogue',
      { events: [{ type: 'receive', data: asData([CAN_CUOC]) }], submittedFiles: [], required: REQUIRED },
      { source: 'received', items: [CAN_CUOC] },
    ],
    [
      'an empty checklist (a procedure asking for nothing) is a record: nothing handed over',
      { events: [{ type: 'receive', data: asData([]) }], submittedFiles: [], required: REQUIRED },
      { source: 'received', items: [] },
    ],
    [
      'the latest receipt wins',
      {
        events: [
          { type: 'receive', data: asData([TO_KHAI]) },
          { type: 'receive', data: asData([TO_KHAI, UY_QUYEN]) },
        ],
        submittedFiles: [],
        required: REQUIRED,
      },
      { source: 'received', items: [TO_KHAI, UY_QUYEN] },
    ],
    [
      'an online dossier: the documents of its submitted files (completions included)',
      { events: [{ type: 'submit', data: asData([TO_KHAI]) }], submittedFiles: [TO_KHAI, UY_QUYEN], required: REQUIRED },
      { source: 'submitted', items: [TO_KHAI, UY_QUYEN] },
    ],
    [
      'an online dossier without files: the documents named at submission',
      { events: [{ type: 'submit', data: asData([CAN_CUOC]) }], submittedFiles: [], required: REQUIRED },
      { source: 'submitted', items: [CAN_CUOC] },
    ],
    [
      'a legacy receipt with no checklist: the required list, marked as such',
      { events: [{ type: 'receive', data: { channel: 'in_person' } }], submittedFiles: [], required: REQUIRED },
      { source: 'required', items: REQUIRED },
    ],
    [
      'no events at all: the required list',
      { events: [], submittedFiles: [], required: REQUIRED },
      { source: 'required', items: REQUIRED },
    ],
  ])('%s', (_name, input, expected) => expect(handedOverDocuments(input)).toEqual(expected));
});

describe('documentsOfEvent reads what intake wrote, forgiving old or odd rows', () => {
  it.each<[unknown, DocumentLine[] | null]>([
    [null, null],
    [{ documents: 'x' }, null],
    [{ documents: [] }, []],
    [{ documents: [{ name: ' Tờ khai ', form: 'original', quantity: 3 }] }, [{ name: 'Tờ khai', form: 'original', quantity: 3 }]],
    [{ documents: [{ name: 'A', form: 'photo', quantity: 0 }] }, [{ name: 'A', form: 'original_or_copy', quantity: 1 }]],
    [{ documents: [{ form: 'original' }, 'x', { name: '' }] }, []],
  ])('%j → %j', (data, expected) => expect(documentsOfEvent(data)).toEqual(expected));
});

describe('documentsSummary: one line for the control slip and the register', () => {
  it.each<[HandedOver, string]>([
    [{ source: 'received', items: [TO_KHAI, CAN_CUOC] }, 'Tờ khai (Bản chính, 01); Căn cước (Bản sao chứng thực, 02)'],
    [{ source: 'received', items: [] }, 'Không có giấy tờ kèm theo'],
    [
      { source: 'required', items: [TO_KHAI] },
      'Tờ khai (Bản chính, 01) (hồ sơ không có bản ghi giấy tờ đã nhận; danh sách theo thành phần hồ sơ bắt buộc của thủ tục)',
    ],
  ])('%j → %s', (h, expected) => expect(documentsSummary(h)).toBe(expected));
});

const dossier = (documents: HandedOver): FormDossier => ({
  code: 'H12-261118-0001',
  lookupKey: '7KQ2M9XD4RTB',
  status: 'processing',
  channel: 'in_person',
  procedure: { name: 'Thủ tục thử', nationalCode: '1.0001', durationValue: 5, durationUnit: 'working_day', feeText: null, feeAmount: null },
  applicant: { type: 'citizen', name: 'Nguyễn Văn An', idNumber: null, phone: null, email: null, address: null },
  subject: null,
  receivingUnit: { name: 'Trung tâm Phục vụ hành chính công', parentName: null, address: null },
  handlingUnit: { name: 'Sở Tư pháp', parentName: null, address: null },
  submittedAt: at('2026-11-18T09:00:00+07:00'),
  receivedAt: at('2026-11-18T09:05:00+07:00'),
  dueAt: at('2026-11-25T16:30:00+07:00'),
  originalDueAt: null,
  extendedDueAt: null,
  finishedAt: null,
  returnedAt: null,
  returnPlace: null,
  documents,
  events: [],
  steps: [],
});
const ctx = { now: at('2026-11-26T11:00:00+07:00'), place: 'Buôn Ma Thuột', publicBaseUrl: 'https://dvc.example.vn' };
const tableOf = (blocks: FormBlock[]) => blocks.find((b) => b.kind === 'table');
const text = (o: unknown) => JSON.stringify(o);

describe('form 01 lists what was handed over, with form and quantity', () => {
  it('lists a ticked optional document and not an unticked required one', () => {
    const doc = buildDossierForm('01', dossier({ source: 'received', items: [CAN_CUOC, UY_QUYEN] }), ctx);
    const table = tableOf(doc.blocks);
    expect(table?.kind === 'table' ? table.rows : []).toEqual([
      ['1', 'Căn cước', 'Bản sao chứng thực', '2'],
      ['2', 'Giấy ủy quyền (không bắt buộc)', 'Bản chính hoặc bản sao', '1'],
    ]);
    expect(text(doc.blocks)).not.toContain('Tờ khai');
    expect(text(doc.blocks)).not.toContain('bắt buộc của thủ tục');
  });

  it.each<[HandedOver, string, string | null]>([
    [{ source: 'received', items: [] }, '1. Thành phần hồ sơ nộp gồm:', '(Không có giấy tờ kèm theo)'],
    [{ source: 'submitted', items: [TO_KHAI] }, '1. Thành phần hồ sơ nộp trực tuyến gồm:', null],
    [
      { source: 'required', items: [TO_KHAI] },
      '1. Thành phần hồ sơ nộp gồm:',
      '(Hồ sơ không có bản ghi giấy tờ đã nhận; danh sách theo thành phần hồ sơ bắt buộc của thủ tục)',
    ],
  ])('%j: heading "%s", note %s', (documents, heading, note) => {
    const blocks = buildDossierForm('01', dossier(documents), ctx).blocks;
    expect(text(blocks)).toContain(heading);
    if (note) expect(text(blocks)).toContain(note);
    else expect(text(blocks)).not.toContain('bắt buộc của thủ tục');
  });
});

describe('form 06 and form 07 name the documents too', () => {
  it('the control slip has a line of the documents received', () => {
    const doc = buildDossierForm('06', dossier({ source: 'received', items: [UY_QUYEN] }), ctx);
    const fields = doc.blocks.find((b) => b.kind === 'fields');
    expect(fields?.kind === 'fields' ? fields.rows : []).toContainEqual([
      'Thành phần hồ sơ đã nhận:',
      'Giấy ủy quyền (không bắt buộc) (Bản chính hoặc bản sao, 01)',
    ]);
  });

  it('the register has the documents in their own Excel column, and under the procedure name in the PDF', () => {
    const entry: RegisterEntry = {
      code: 'A',
      procedureName: 'Thủ tục thử',
      documents: { source: 'received', items: [TO_KHAI, UY_QUYEN] },
      applicantName: 'N',
      applicantContact: null,
      handlingUnitName: 'S',
      receivedAt: null,
      dueAt: null,
      finishedAt: null,
      returnedAt: null,
      status: 'received',
      timeliness: null,
    };
    const summary = 'Tờ khai (Bản chính, 01); Giấy ủy quyền (không bắt buộc) (Bản chính hoặc bản sao, 01)';
    expect(registerRows([entry])[0]?.slice(2, 4)).toEqual(['Thủ tục thử', summary]);
    const unit = { name: 'Trung tâm', parentName: null, address: null };
    const pdf = registerForm({ unit, from: at('2026-11-01T00:00:00+07:00'), to: at('2026-11-30T00:00:00+07:00'), entries: [entry] }, ctx);
    const table = tableOf(pdf.blocks);
    expect(table?.kind === 'table' ? [table.headers[2], table.rows[0]?.[2], table.rows[0]?.[3]] : []).toEqual([
      'Tên thủ tục hành chính\nThành phần hồ sơ',
      `Thủ tục thử\n${summary}`,
      'N',
    ]);
  });
});
