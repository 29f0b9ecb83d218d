/** One field of an audit entry: its value before and after, and whether it changed. */
export type DiffRow = { field: string; before: unknown; after: unknown; changed: boolean };

const VALUE_KEY = '';

function fieldsOf(v: unknown): Map<string, unknown> {
  if (v === null || v === undefined) return new Map();
  if (Array.isArray(v)) return new Map(v.map((x, i) => [String(i), x]));
  if (typeof v === 'object') return new Map(Object.entries(v as Record<string, unknown>));
  return new Map([[VALUE_KEY, v]]);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Field-by-field comparison of `before` and `after` (objects by key, arrays by position, a bare value as one row).
 * An id recorded beside its name (`unitId` with `unitName`) is left out: the name says which one it is.
 */
export function diffFields(before: unknown, after: unknown): DiffRow[] {
  const b = fieldsOf(before);
  const a = fieldsOf(after);
  const all = [...b.keys(), ...[...a.keys()].filter((k) => !b.has(k))];
  const keys = all.filter((k) => !(k.endsWith('Id') && all.includes(`${k.slice(0, -2)}Name`)));
  return keys.map((field) => {
    const bv = b.get(field);
    const av = a.get(field);
    return { field, before: bv, after: av, changed: !same(bv, av) };
  });
}

/** A recorded value as text: strings as they are, absent as an em dash, the rest as JSON. */
export function showValue(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return v;
  return JSON.stringify(v, null, 1).replace(/\n\s*/g, ' ');
}
