/**
 * Masks a person's name for public pages: each word keeps its first letter, then 1–3 stars
 * ("Nguyễn Văn An" → "N*** V** A*"), so neither the letters nor long word lengths leak.
 */
export function maskName(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .split(/\s+/u)
    .filter((w) => w.length > 0)
    .map((w) => {
      // Letters counted after NFC so a combining diacritic is not a letter of its own.
      const letters = [...w];
      const first = letters[0] ?? '';
      return first.toLocaleUpperCase('vi') + '*'.repeat(Math.min(Math.max(letters.length - 1, 1), 3));
    })
    .join(' ');
}
