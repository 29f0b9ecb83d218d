import type { DossierFormCode, FormEvent } from './model';

// Which dossier event gives rise to forms 02–05. Status targets are the DVCQG ones (docs/DOMAIN.md §4.1, §5.2);
// event type names are matched loosely so the forms do not depend on the service's exact action names.
const MATCHERS: Record<'02' | '03' | '04' | '05', (e: FormEvent) => boolean> = {
  // An online submission sent back for completion before acceptance also gets form 02 (issue #14 point 2).
  '02': (e) => e.toStatus === 'supplement_requested' || e.type === 'request_completion',
  '03': (e) => e.toStatus === 'not_received' || /refus|reject/i.test(e.type),
  '04': (e) => /apolog|extension|extend/i.test(e.type),
  '05': (e) => e.toStatus === 'stopped',
};

/** The latest event that issues the form, or null; forms 01 and 06 need none. */
export function eventForForm(form: DossierFormCode, events: readonly FormEvent[]): FormEvent | null {
  if (form === '01' || form === '06') return null;
  const match = MATCHERS[form];
  const hits = events.filter(match);
  return hits.length ? (hits[hits.length - 1] ?? null) : null;
}

/** Whether a form can be issued for a dossier with these events (01 needs a receipt time). */
export function isFormAvailable(form: DossierFormCode, events: readonly FormEvent[], receivedAt: Date | null): boolean {
  if (form === '01') return receivedAt !== null;
  if (form === '06') return true;
  return eventForForm(form, events) !== null;
}

const asRecord = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

function itemText(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  const r = asRecord(v);
  for (const k of ['name', 'text', 'title', 'label']) {
    const s = r[k];
    if (typeof s === 'string' && s.trim()) {
      const note = typeof r.note === 'string' && r.note.trim() ? ` (${r.note.trim()})` : '';
      return s.trim() + note;
    }
  }
  return null;
}

/** The items the applicant must supplement: data.items / documents / missing / requirements, else the note's lines. */
export function supplementItems(e: FormEvent): string[] {
  const data = asRecord(e.data);
  for (const k of ['items', 'documents', 'missing', 'requirements']) {
    const list = data[k];
    if (Array.isArray(list)) {
      const items = list.map(itemText).filter((s): s is string => s !== null);
      if (items.length) return items;
    }
  }
  return (e.note ?? '')
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-•*]|\d+[.)])\s*/, '').trim())
    .filter(Boolean);
}

/** The reason given with an event: data.reason, else the note. */
export function eventReason(e: FormEvent): string {
  const r = asRecord(e.data).reason;
  if (typeof r === 'string' && r.trim()) return r.trim();
  return e.note?.trim() ?? '';
}

/** A moment carried in event data under one of the keys, if it parses. */
export function eventMoment(e: FormEvent, keys: readonly string[]): Date | null {
  const data = asRecord(e.data);
  for (const k of keys) {
    const v = data[k];
    if (typeof v === 'string' || typeof v === 'number') {
      const d = new Date(v);
      if (!Number.isNaN(d.getTime())) return d;
    }
  }
  return null;
}
