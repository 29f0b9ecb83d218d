/** 'YYYY-MM-DD' → 'DD/MM/YYYY' as written in Vietnam; other text is returned unchanged. */
export function formatDate(s: string | null | undefined): string {
  if (!s) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : s;
}

/** The date `days` after a 'YYYY-MM-DD' date (calendar arithmetic in UTC, no time zone drift). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
