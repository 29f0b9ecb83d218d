import { DOSSIER_FILE_TYPES, MAX_DOSSIER_FILE_BYTES, type FileUpload } from '@contracts/dossiers';
import { AppError } from '../../http';
import type { FileValues } from './dossiers.intake.repo';

/** A decoded, checked upload ready to store. */
export type CheckedFile = {
  fileName: string;
  mimeType: (typeof DOSSIER_FILE_TYPES)[number];
  content: Buffer;
  procedureDocumentId: string | null;
};

// The declared type must match the file's first bytes, so a renamed executable is not stored as a PDF.
const MAGIC: Record<(typeof DOSSIER_FILE_TYPES)[number], (b: Buffer) => boolean> = {
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
};

const EXTENSIONS: Record<(typeof DOSSIER_FILE_TYPES)[number], { ext: string; also: string[] }> = {
  'application/pdf': { ext: 'pdf', also: [] },
  'image/jpeg': { ext: 'jpg', also: ['jpeg'] },
  'image/png': { ext: 'png', also: [] },
};

/**
 * The name a file is stored and downloaded under: the extension of its checked type, whatever the sender wrote
 * ('scan.exe' checked as a PDF becomes 'scan.pdf'), so no program opens it as something else (issue #16 point 9).
 */
export function storedFileName(name: string, type: CheckedFile['mimeType']): string {
  const { ext, also } = EXTENSIONS[type];
  // Path separators, quotes and control characters (below U+0020) would break a header or a path.
  const safe =
    [...name]
      .map((c) => (/[\\/"]/.test(c) || c.charCodeAt(0) < 0x20 ? '_' : c))
      .join('')
      .trim() || 'tep';
  const right = (n: string) => [ext, ...also].some((e) => n.toLowerCase().endsWith(`.${e}`));
  if (right(safe)) return safe;
  const base = safe.replace(/\.[A-Za-z0-9]{1,8}$/, '');
  return right(base) ? base : `${base || 'tep'}.${ext}`;
}

const isType = (s: string): s is CheckedFile['mimeType'] => (DOSSIER_FILE_TYPES as readonly string[]).includes(s);

/** Decodes and checks one upload: base64, at most 5 MB (413), pdf/jpg/png by declared type and content (400). */
export function checkFile(f: FileUpload, path: string): CheckedFile {
  const b64 = f.content.replace(/^data:[^;]+;base64,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 === 1) {
    throw new AppError('DOSSIER_FILE_INVALID', 'Nội dung tệp không phải base64 / file content is not base64', [
      { path: `${path}.content`, message: 'base64', code: 'DOSSIER_FILE_INVALID' },
    ]);
  }
  // base64 carries 3 bytes per 4 characters: refuse before decoding a huge string.
  if (Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0) > MAX_DOSSIER_FILE_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', `Tệp "${f.fileName}" vượt quá 5 MB / file exceeds 5 MB`, [
      { path: `${path}.content`, message: 'max 5 MB', code: 'DOSSIER_FILE_TOO_LARGE' },
    ]);
  }
  const content = Buffer.from(b64, 'base64');
  const type = f.mimeType.toLowerCase();
  if (!isType(type) || !MAGIC[type](content)) {
    throw new AppError('DOSSIER_FILE_TYPE_INVALID', `Tệp "${f.fileName}" phải là PDF, JPG hoặc PNG / file must be PDF, JPG or PNG`, [
      {
        path: `${path}.mimeType`,
        message: `Chỉ nhận ${DOSSIER_FILE_TYPES.join(', ')} / only ${DOSSIER_FILE_TYPES.join(', ')}`,
        code: 'DOSSIER_FILE_TYPE_INVALID',
      },
    ]);
  }
  if (content.length === 0)
    throw new AppError('DOSSIER_FILE_INVALID', 'Tệp rỗng / empty file', [{ path: `${path}.content`, message: 'empty' }]);
  return { fileName: storedFileName(f.fileName, type), mimeType: type, content, procedureDocumentId: f.procedureDocumentId ?? null };
}

/** The row of a checked file stored on a dossier (a file submitted with it, its result, or a scan made at the counter). */
export function fileValues(
  dossierId: string,
  kind: 'submitted' | 'result' | 'scan',
  f: CheckedFile,
  uploadedBy: string | null,
): FileValues {
  return {
    dossierId,
    kind,
    procedureDocumentId: f.procedureDocumentId,
    fileName: f.fileName,
    mimeType: f.mimeType,
    sizeBytes: f.content.length,
    content: f.content,
    uploadedBy,
  };
}
