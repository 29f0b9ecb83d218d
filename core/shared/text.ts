/** Trims, turns '' into null and composes Vietnamese text to NFC (input typed on some systems arrives decomposed). */
export function cleanText(s: string | null | undefined): string | null | undefined {
  if (s === undefined || s === null) return s;
  const t = s.normalize('NFC').trim();
  return t === '' ? null : t;
}

// One search rule for the whole app (issue 15 point 2). Vietnamese text is Unicode TCVN 6909:2001 (Quyết định
// 72/2002/QĐ-TTg), which people type precomposed or decomposed, with or without tone marks. The SQL twin is cchc_fold()
// (migration 2026120880), checked against this one by server/infra/search-fold.test.ts on both databases.
/** Folds text for searching: lower case, no tone or vowel marks (NFD, marks dropped), đ → d, single spaces, trimmed. */
export function foldVietnamese(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The folded words of a search ('' or blank: none). */
export function searchWords(q: string | null | undefined): string[] {
  return q ? foldVietnamese(q).split(' ').filter(Boolean) : [];
}

/** Whether a text holds every word of a search, folded (no words: every text matches). */
export function matchesSearch(text: string, q: string | null | undefined): boolean {
  const hay = foldVietnamese(text);
  return searchWords(q).every((w) => hay.includes(w));
}

/** A folded word as a LIKE pattern matching it anywhere (\, % and _ escaped). */
export function likeInfix(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
