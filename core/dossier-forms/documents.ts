import { DOCUMENT_FORM_LABELS } from './labels';

// Issue #15 point 3: the receipt (form 01), the control slip (form 06) and the register (form 07) list what was handed
// over, not the procedure's required list: form 01 of Circular 03/2025/TT-VPCP Annex I (and of Circular 01/2018/TT-VPCP)
// reads "Thành phần hồ sơ nộp gồm", the documents the applicant handed in (docs/DOMAIN.md §5.4).

/** How a document is presented (procedure_documents.form). */
export type DocumentForm = keyof typeof DOCUMENT_FORM_LABELS;

/** One document line as the forms print it: name, form (original/copy) and quantity. */
export type DocumentLine = { name: string; form: DocumentForm; quantity: number };

/** Where the printed list comes from: the clerk's checklist at the counter, what was submitted online, or (dossiers
 * whose receipt recorded nothing, written before the checklist was kept) the procedure's required list, said so. */
export type DocumentsSource = 'received' | 'submitted' | 'required';

/** The documents a dossier's forms list, and where that list comes from. */
export type HandedOver = { source: DocumentsSource; items: DocumentLine[] };

/** What the list is built from: the dossier's events (type and data), the documents of its submitted files, and the
 * procedure's required documents, both in the catalogue's order. */
export type HandedOverInput = {
  events: ReadonlyArray<{ type: string; data: unknown }>;
  submittedFiles: readonly DocumentLine[];
  required: readonly DocumentLine[];
};

const asRecord = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

const isForm = (v: unknown): v is DocumentForm => typeof v === 'string' && v in DOCUMENT_FORM_LABELS;

/** The document lines of an event's `data.documents` (as intake writes them), or null when it has no such list. */
export function documentsOfEvent(data: unknown): DocumentLine[] | null {
  const list = asRecord(data)?.documents;
  if (!Array.isArray(list)) return null;
  return list.flatMap((x) => {
    const r = asRecord(x);
    if (!r || typeof r.name !== 'string' || !r.name.trim()) return [];
    const quantity = Number(r.quantity);
    return [
      {
        name: r.name.trim(),
        // A form the catalogue does not know any more is printed as "original or copy" rather than dropped.
        form: isForm(r.form) ? r.form : 'original_or_copy',
        quantity: Number.isInteger(quantity) && quantity > 0 ? quantity : 1,
      },
    ];
  });
}

const latestWithDocuments = (events: HandedOverInput['events'], type: string): DocumentLine[] | null => {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e?.type !== type) continue;
    const docs = documentsOfEvent(e.data);
    if (docs) return docs;
  }
  return null;
};

/**
 * The documents handed over: the checklist of the counter receipt (`receive` event's `data.documents`, even empty),
 * else the documents of the files submitted online (completions included), else those named at online submission,
 * else the procedure's required list marked `required` (no record of what was received).
 */
export function handedOverDocuments(input: HandedOverInput): HandedOver {
  const received = latestWithDocuments(input.events, 'receive');
  if (received) return { source: 'received', items: received };
  if (input.submittedFiles.length) return { source: 'submitted', items: [...input.submittedFiles] };
  const submitted = latestWithDocuments(input.events, 'submit');
  if (submitted?.length) return { source: 'submitted', items: submitted };
  return { source: 'required', items: [...input.required] };
}

/** "Tờ khai (Bản chính, 01)": a line of the control slip and the register. */
export const documentLineText = (d: DocumentLine): string =>
  `${d.name} (${DOCUMENT_FORM_LABELS[d.form]}, ${String(d.quantity).padStart(2, '0')})`;

/** What the receipt, control slip and register say when the list is the procedure's required one, not a record. */
export const REQUIRED_LIST_NOTE = 'Hồ sơ không có bản ghi giấy tờ đã nhận; danh sách theo thành phần hồ sơ bắt buộc của thủ tục';

/** The documents in one line for the control slip and the register, with the note when the list is not a record. */
export function documentsSummary(h: HandedOver): string {
  const list = h.items.map(documentLineText).join('; ') || 'Không có giấy tờ kèm theo';
  return h.source === 'required' ? `${list} (${REQUIRED_LIST_NOTE.toLowerCase()})` : list;
}
