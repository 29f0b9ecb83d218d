/** Trims, turns '' into null and composes Vietnamese text to NFC (input typed on some systems arrives decomposed). */
export function cleanText(s: string | null | undefined): string | null | undefined {
  if (s === undefined || s === null) return s;
  const t = s.normalize('NFC').trim();
  return t === '' ? null : t;
}
