import { describe, expect, it } from 'vitest';
import { toSubmitRequest, type SubmissionValues } from './submission';
import type { PickedFile } from './files';

const PDF: PickedFile = { fileName: 'to-khai.pdf', mimeType: 'application/pdf', content: 'JVBE', size: 4 };
const NAME = { type: 'citizen', name: 'Trần Thị Bình' };
// The request as it travels (JSON leaves undefined fields out).
const sent = (v: Partial<SubmissionValues>, files: Record<string, PickedFile> = {}) =>
  JSON.parse(JSON.stringify(toSubmitRequest({ name: ' Trần Thị Bình ', ...v }, 'p', 'u', files))) as unknown;

describe('toSubmitRequest', () => {
  it.each<[string, Partial<SubmissionValues>, Record<string, PickedFile>, Record<string, unknown>]>([
    ['a citizen with only a name, no files', {}, {}, { applicant: NAME, files: [] }],
    ['blank fields are left out', { idNumber: ' ', email: '', subject: '  ' }, {}, { applicant: NAME, files: [] }],
    [
      'filled fields trimmed',
      { phone: ' 0912345678 ', subject: ' Khai sinh ' },
      {},
      { applicant: { ...NAME, phone: '0912345678' }, subject: 'Khai sinh', files: [] },
    ],
    [
      'each file names its document',
      {},
      { d1: PDF },
      { applicant: NAME, files: [{ procedureDocumentId: 'd1', fileName: 'to-khai.pdf', mimeType: 'application/pdf', content: 'JVBE' }] },
    ],
  ])('%s', (_name, values, files, expected) =>
    expect(sent(values, files)).toEqual({ procedureId: 'p', receivingUnitId: 'u', ...expected }),
  );
});
