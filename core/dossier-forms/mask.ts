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

// Decree 13/2023/NĐ-CP (personal data protection): a public page shows no more of a personal ID than its holder needs
// to recognise it, so an ID or tax number shows only its last 3 characters ("001095012345" → "*********345").
/** Masks an ID number for public pages: stars, then the last 3 characters (all stars when 4 or fewer). */
export function maskIdNumber(id: string): string {
  const s = id.trim();
  return s.length <= 4 ? '*'.repeat(s.length) : '*'.repeat(s.length - 3) + s.slice(-3);
}
