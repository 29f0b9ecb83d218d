import { describe, expect, it } from 'vitest';
import { toIntakeRequest, type IntakeValues } from './intake';

const BASE: IntakeValues = { channel: 'in_person', applicantType: 'citizen', name: ' Nguyễn Văn An ' };
const NAME = { type: 'citizen', name: 'Nguyễn Văn An' };

// The request as it travels (JSON leaves undefined fields out).
const sent = (values: Partial<IntakeValues>, askCommune: boolean) =>
  JSON.parse(JSON.stringify(toIntakeRequest({ ...BASE, ...values }, 'p-1', ['d-1'], askCommune))) as unknown;

describe('toIntakeRequest', () => {
  it.each<[string, Partial<IntakeValues>, boolean, Record<string, unknown>]>([
    ['trims the name, leaves blank fields out', { idNumber: '  ', phone: '', note: ' ' }, false, { applicant: NAME }],
    [
      'keeps the filled contact, trimmed',
      { phone: ' 0912 345 678 ', email: 'a@b.vn' },
      false,
      { applicant: { ...NAME, phone: '0912 345 678', email: 'a@b.vn' } },
    ],
    ['sends the handling commune when asked', { handlingCommuneId: 'c-1' }, true, { applicant: NAME, handlingCommuneId: 'c-1' }],
    ['drops a commune picked earlier when no longer asked', { handlingCommuneId: 'c-1' }, false, { applicant: NAME }],
    [
      'subject and national code trimmed',
      { subject: ' x ', nationalCode: ' G22 ' },
      false,
      { applicant: NAME, subject: 'x', nationalCode: 'G22' },
    ],
    [
      'the channel and receiving unit as chosen',
      { channel: 'postal', receivingUnitId: 'u-2' },
      false,
      { applicant: NAME, receivingUnitId: 'u-2' },
    ],
  ])('%s', (_name, values, askCommune, expected) =>
    expect(sent(values, askCommune)).toEqual({
      procedureId: 'p-1',
      channel: values.channel ?? 'in_person',
      documentIds: ['d-1'],
      ...expected,
    }),
  );
});
