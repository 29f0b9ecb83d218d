// One spelling of tone marks on every screen (issue #15 point 7): the tone of an open syllable ending in "oa", "oe"
// or "uy" sits on its first vowel ("hòa", "xóa", "Ủy ban"), as in the State's name "Cộng hòa xã hội chủ nghĩa Việt
// Nam" printed on every form; a syllable with a final consonant keeps the tone on its last vowel ("hoàn", "toán").

// The toned second vowel of a word-final "oa", "oe" or "uy" (not after q: "quý" is q + "uý"… spelt the same either way).
const PATTERN = /(?<![qQ])([oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;

/** Moves the tone of a word-final "oa", "oe", "uy" to its first vowel ("hoà" → "hòa", "Uỷ" → "Ủy"); other text unchanged. */
export function traditionalToneMarks(text: string): string {
  return text.replace(PATTERN, (pair) => {
    const [first = '', toned = ''] = [...pair];
    const parts = toned.normalize('NFD');
    const base = parts[0] ?? '';
    const mark = parts.slice(1);
    return `${(first + mark).normalize('NFC')}${base}`;
  });
}

/** True when a text follows the convention (no word-final "oà", "oé", "uỷ"…). */
export const followsToneConvention = (text: string): boolean => traditionalToneMarks(text) === text;
