import { DOSSIER_FILE_TYPES, MAX_DOSSIER_FILE_BYTES } from '@contracts/dossiers';

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
