import { useCallback, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fileProblem, mediaTypeOf, readFileBase64, type PickedFile } from '@web/lib/files';
import { uploadScan } from '../api/dossiers';
import { dossiersKeys } from '../api/keys';

/** Where a scan is: picked (not sent yet), being sent, stored on the dossier, or refused / lost on the way (retryable). */
export type ScanState = 'waiting' | 'sending' | 'sent' | 'failed';

/** A scan picked at the counter for one document of the checklist. */
export type ScanItem = { key: string; documentId: string; file: PickedFile; state: ScanState; error: unknown };

/**
 * The scans of a counter intake: picked per checklist document (type and size checked here, the server checks again),
 * sent one by one to the dossier once it is created, each with its state; a failed one stays listed with its error
 * until it is sent again, so none is lost without the clerk seeing it.
 */
export function useScans() {
  const { t } = useTranslation('dossiers');
  const qc = useQueryClient();
  const [items, setItems] = useState<ScanItem[]>([]);
  const [problems, setProblems] = useState<Record<string, string>>({});
  // The latest items for the sending loop, which outlives the render that started it.
  const latest = useRef<ScanItem[]>([]);
  latest.current = items;

  const patch = useCallback((key: string, change: Partial<ScanItem>) => {
    setItems((xs) => xs.map((x) => (x.key === key ? { ...x, ...change } : x)));
  }, []);

  const add = (documentId: string, file: File) => {
    const problem = fileProblem(file);
    const say = (text: string | null) =>
      setProblems((p) => {
        const { [documentId]: _old, ...rest } = p;
        return text ? { ...rest, [documentId]: text } : rest;
      });
    if (problem) return say(t(`scans.problem.${problem}`, { name: file.name }));
    readFileBase64(file).then(
      (content) => {
        say(null);
        const picked: PickedFile = { fileName: file.name, mimeType: mediaTypeOf(file) ?? 'application/pdf', content, size: file.size };
        setItems((xs) => [...xs, { key: crypto.randomUUID(), documentId, file: picked, state: 'waiting', error: null }]);
      },
      () => say(t('scans.problem.read', { name: file.name })),
    );
  };

  const sendOne = async (dossierId: string, item: ScanItem) => {
    patch(item.key, { state: 'sending', error: null });
    try {
      const d = await uploadScan(dossierId, item.documentId, item.file);
      qc.setQueryData(dossiersKeys.detail(dossierId), d);
      patch(item.key, { state: 'sent' });
    } catch (e) {
      patch(item.key, { state: 'failed', error: e });
    }
  };

  return {
    items,
    problems,
    add,
    remove: (key: string) => setItems((xs) => xs.filter((x) => x.key !== key)),
    /** Keeps only the scans of the documents still ticked. */
    keepDocuments: (ids: readonly string[]) => setItems((xs) => xs.filter((x) => ids.includes(x.documentId))),
    /** Sends every scan not yet stored, one after another (a counter's upload link is often slow). */
    sendAll: async (dossierId: string) => {
      for (const item of latest.current.filter((x) => x.state === 'waiting' || x.state === 'failed')) await sendOne(dossierId, item);
    },
    retry: (dossierId: string, item: ScanItem) => sendOne(dossierId, item),
    reset: () => {
      setItems([]);
      setProblems({});
    },
  };
}

/** The scans of a counter intake (see useScans). */
export type ScansState = ReturnType<typeof useScans>;
