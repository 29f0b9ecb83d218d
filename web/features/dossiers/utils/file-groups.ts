import type { DossierDetail, DossierFileView } from '@contracts/dossiers';

/** The files of one document of the checklist, of the result, or tied to no document. */
export type FileGroup = {
  key: string;
  documentId: string | null;
  name: string;
  kind: 'document' | 'result' | 'other';
  files: DossierFileView[];
};

/**
 * A dossier's files grouped under their document of the checklist (online uploads and counter scans alike), the
 * documents received first in checklist order, each even without a file; then the result, then files tied to no document.
 */
export function fileGroups(d: Pick<DossierDetail, 'receivedDocuments' | 'files'>): FileGroup[] {
  const docs = new Map<string, FileGroup>(
    d.receivedDocuments.map((r) => [
      r.procedureDocumentId,
      { key: r.procedureDocumentId, documentId: r.procedureDocumentId, name: r.name, kind: 'document', files: [] },
    ]),
  );
  const result: FileGroup = { key: 'result', documentId: null, name: '', kind: 'result', files: [] };
  const other: FileGroup = { key: 'other', documentId: null, name: '', kind: 'other', files: [] };
  for (const f of d.files) {
    if (f.kind === 'result') result.files.push(f);
    else if (f.procedureDocumentId) {
      const id = f.procedureDocumentId;
      const group = docs.get(id) ?? { key: id, documentId: id, name: f.documentName ?? '', kind: 'document', files: [] };
      docs.set(id, group);
      group.files.push(f);
    } else other.files.push(f);
  }
  return [...docs.values(), ...[result, other].filter((g) => g.files.length > 0)];
}
