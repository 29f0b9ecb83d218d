import { DOSSIER_FILE_TYPES, MAX_DOSSIER_FILE_BYTES } from '@contracts/dossiers';

/** Reads a browser file as base64, without the `data:…;base64,` prefix (uploads travel in JSON bodies). */
export function readFileBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** A file read in the browser, ready for the JSON body. */
export type PickedFile = { fileName: string; mimeType: (typeof DOSSIER_FILE_TYPES)[number]; content: string; size: number };

const BY_EXTENSION: Record<string, PickedFile['mimeType']> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** The accepted media type of a file, from its declared type or else its extension (some phones send none). */
export function mediaTypeOf(file: { name: string; type: string }): PickedFile['mimeType'] | null {
  const declared = file.type.toLowerCase();
  if ((DOSSIER_FILE_TYPES as readonly string[]).includes(declared)) return declared as PickedFile['mimeType'];
  if (declared && declared !== 'application/octet-stream') return null;
  return BY_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? null;
}

/** Why a file cannot be sent ('type', 'size', 'empty'), or null. The server checks again, by content too. */
export function fileProblem(file: { name: string; type: string; size: number }): 'type' | 'size' | 'empty' | null {
  if (!mediaTypeOf(file)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_DOSSIER_FILE_BYTES) return 'size';
  return null;
}

/** What an upload control accepts: PDF, JPG and PNG. */
export const ACCEPTED_FILES = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** A file size as people read it: KB, or MB with one decimal. */
export const fileSizeText = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
