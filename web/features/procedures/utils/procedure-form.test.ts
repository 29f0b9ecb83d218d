import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import type { ProcedureDetail } from '@contracts/procedures';
import { feeAmountText, initialFormValues, remainingPercent, shareSum, toProcedureSave, type ProcedureFormValues } from './procedure-form';

const PROVINCE = 'prov';
const STP = 'stp';
const P: ProcedureDetail = {
  id: 'p1',
  nationalCode: '2.001417',
  name: 'Cấp Phiếu lý lịch tư pháp',
  sector: 'Lý lịch tư pháp',
  level: 'province',
  handlingUnitId: STP,
  handlingUnitCode: '66.STP',
  handlingUnitName: 'Sở Tư pháp',
  durationValue: 10,
  durationUnit: 'working_day',
  cutoff: null,
  feeText: null,
  feeAmount: 200000,
  onlineLevel: 'full',
  isInterAgency: false,
  paymentPausesClock: false,
  validFrom: '2026-01-01',
  validTo: null,
  status: 'active',
  documentCount: 1,
  stepCount: 2,
  abilities: [],
  resultText: null,
  legalBasis: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  documents: [{ id: 'd1', position: 1, name: 'Tờ khai', form: 'original', quantity: 1, isRequired: true }],
  steps: [
    {
      id: 's1',
      position: 1,
      unitId: PROVINCE,
      unitCode: '66',
      unitName: 'Tỉnh',
      name: 'Tiếp nhận',
      timeShare: 0.05,
      atReceivingUnit: false,
    },
    {
      id: 's2',
      position: 2,
      unitId: STP,
      unitCode: '66.STP',
      unitName: 'Sở Tư pháp',
      name: 'Thẩm định',
      timeShare: 0.95,
      atReceivingUnit: false,
    },
  ],
  versions: [],
};
const EDIT = { kind: 'edit', procedure: P } as const;
const REPLACE = { kind: 'replace', procedure: P } as const;
const values = (mode: typeof EDIT | typeof REPLACE, patch: Partial<ProcedureFormValues> = {}) =>
  ({ ...initialFormValues(mode), ...patch }) as ProcedureFormValues;

describe('initialFormValues', () => {
  it('a new procedure starts with one document and one step at 100%', () => {
    expect(initialFormValues({ kind: 'create' })).toMatchObject({
      level: 'province',
      documents: [{ name: '' }],
      steps: [{ percent: 100 }],
    });
  });
  it('an edit shows the shares in % and the validity; a new version no dates', () => {
    expect(initialFormValues(EDIT).steps?.map((s) => s.percent)).toEqual([5, 95]);
    expect(initialFormValues(EDIT).validFrom?.format('YYYY-MM-DD')).toBe('2026-01-01');
    expect(initialFormValues(REPLACE).validFrom).toBeNull();
  });
});

describe('toProcedureSave', () => {
  it('an unchanged edit sends the fields but not the lists', () => {
    const save = toProcedureSave(EDIT, values(EDIT), PROVINCE);
    expect(save.kind).toBe('edit');
    expect(save.body).not.toHaveProperty('documents');
    expect(save.body).not.toHaveProperty('steps');
    expect(save.body).toMatchObject({
      nationalCode: '2.001417',
      handlingUnitId: STP,
      feeText: null,
      validFrom: '2026-01-01',
      validTo: null,
    });
  });

  it.each<[string, Partial<ProcedureFormValues>, Record<string, unknown>]>([
    [
      'a changed document list is sent',
      { documents: [{ name: ' Tờ khai mới ', form: 'copy', quantity: 2, isRequired: true }] },
      { documents: [{ name: 'Tờ khai mới', form: 'copy', quantity: 2, isRequired: true }] },
    ],
    [
      'a changed share is sent as a fraction',
      {
        steps: [
          { unitId: PROVINCE, name: 'Tiếp nhận', percent: 10 },
          { unitId: STP, name: 'Thẩm định', percent: 90 },
        ],
      },
      {
        steps: [
          { unitId: PROVINCE, name: 'Tiếp nhận', timeShare: 0.1 },
          { unitId: STP, name: 'Thẩm định', timeShare: 0.9 },
        ],
      },
    ],
    ['a commune-level procedure belongs to the province', { level: 'commune' }, { level: 'commune', handlingUnitId: PROVINCE }],
    [
      'blank texts become null',
      { feeText: '  ', resultText: '', legalBasis: ' Luật ' },
      { feeText: null, resultText: null, legalBasis: 'Luật' },
    ],
  ])('%s', (_name, patch, expected) => expect(toProcedureSave(EDIT, values(EDIT, patch), PROVINCE).body).toMatchObject(expected));

  it('a new version starts on the chosen day', () => {
    const save = toProcedureSave(REPLACE, values(REPLACE, { validFrom: dayjs('2026-07-01') }), PROVINCE);
    expect(save).toMatchObject({ kind: 'replace', body: { validFrom: '2026-07-01', validTo: null } });
  });

  it('a new procedure sends both lists and leaves the start day to the server when none is chosen', () => {
    const v = {
      ...initialFormValues({ kind: 'create' }),
      nationalCode: ' 1.1 ',
      name: 'X',
      sector: 'Y',
      handlingUnitId: STP,
      durationValue: 5,
    };
    const save = toProcedureSave({ kind: 'create' }, v as ProcedureFormValues, PROVINCE);
    expect(save).toMatchObject({ kind: 'create', body: { nationalCode: '1.1', steps: [{ timeShare: 1 }], validFrom: undefined } });
  });
});

describe('shares and fee', () => {
  it.each<[Array<{ percent?: number } | undefined>, number, number | undefined]>([
    [[{ percent: 5 }, { percent: 95 }], 100, undefined],
    [[{ percent: 33.33 }, { percent: 33.33 }], 66.66, 33.34],
    [[{}, undefined, { percent: 40 }], 40, 60],
    [[{ percent: 70 }, { percent: 50 }], 120, undefined],
  ])('%j sums to %s, a new step gets %s', (steps, sum, next) => {
    expect(shareSum(steps)).toBe(sum);
    expect(remainingPercent(sum)).toBe(next);
  });

  it.each<[number | undefined, string]>([
    [undefined, ''],
    [0, '0'],
    [1000, '1.000'],
    [200000, '200.000'],
    [1234567, '1.234.567'],
  ])('fee %s is written %s', (n, text) => {
    expect(feeAmountText.format(n)).toBe(text);
    if (n !== undefined) expect(feeAmountText.parse(text)).toBe(n);
  });
});

// docs/DOMAIN.md §3.9: a same-day procedure sends its cutoff and no amount; another unit sends no cutoff.
describe('same-day procedures in the dialog', () => {
  it.each<[Partial<ProcedureFormValues>, Record<string, unknown>]>([
    [
      { durationUnit: 'same_day', durationValue: 3, cutoff: ' 16:00 ' },
      { durationUnit: 'same_day', durationValue: 0, cutoff: '16:00' },
    ],
    [
      { durationUnit: 'same_day', cutoff: '' },
      { durationUnit: 'same_day', durationValue: 0, cutoff: null },
    ],
    [
      { durationUnit: 'working_day', durationValue: 3, cutoff: '16:00' },
      { durationUnit: 'working_day', durationValue: 3, cutoff: null },
    ],
  ])('%o sends %o', (patch, expected) => {
    expect(toProcedureSave(EDIT, values(EDIT, patch), PROVINCE).body).toMatchObject(expected);
  });
  it('an edit starts from the stored cutoff', () => {
    expect(
      initialFormValues({ kind: 'edit', procedure: { ...P, durationUnit: 'same_day', durationValue: 0, cutoff: '14:30' } }).cutoff,
    ).toBe('14:30');
  });
});
