// The checks of a picked file live in web/lib/files.ts, shared with the counter's scans (dossiers feature).
export { fileProblem, mediaTypeOf, type PickedFile } from '@web/lib/files';
