import { describe, expect, it } from 'vitest';
import { PDF_BASE64, PNG_BASE64 } from '@tests/harness';
import { checkFile, storedFileName } from './dossiers.files';

// Issue #16 point 9: a stored file's name carries the extension of the type its content was checked as.
describe('stored file names', () => {
  it.each([
    ['scan.pdf', 'application/pdf', 'scan.pdf'],
    ['SCAN.PDF', 'application/pdf', 'SCAN.PDF'],
    ['scan.exe', 'application/pdf', 'scan.pdf'],
    ['scan', 'application/pdf', 'scan.pdf'],
    ['to-khai.pdf.exe', 'application/pdf', 'to-khai.pdf'],
    ['anh.jpeg', 'image/jpeg', 'anh.jpeg'],
    ['anh.html', 'image/jpeg', 'anh.jpg'],
    ['giấy tờ.svg', 'image/png', 'giấy tờ.png'],
    ['a/b\\c"d.png', 'image/png', 'a_b_c_d.png'],
    ['.htaccess', 'image/png', 'tep.png'],
    ['', 'application/pdf', 'tep.pdf'],
  ] as const)('%s checked as %s → %s', (name, type, stored) => expect(storedFileName(name, type)).toBe(stored));

  it('renames an upload to its checked type', () => {
    expect(checkFile({ fileName: 'payload.html', mimeType: 'application/pdf', content: PDF_BASE64 }, 'files.0').fileName).toBe(
      'payload.pdf',
    );
    expect(checkFile({ fileName: 'x.js', mimeType: 'image/png', content: PNG_BASE64 }, 'files.0').fileName).toBe('x.png');
  });
});
