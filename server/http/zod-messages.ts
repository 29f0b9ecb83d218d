import { z } from 'zod';

const text = (m: unknown): string => (typeof m === 'string' ? m : ((m as { message?: string } | undefined)?.message ?? ''));

/** zod's default messages as 'Tiếng Việt / English' (zod's own vi and en locales), like every other API message. */
export function installBilingualZodMessages(): void {
  const vi = z.locales.vi().localeError;
  const en = z.locales.en().localeError;
  // Only the defaults change: a schema's own message (already bilingual) still wins.
  z.config({ localeError: (issue) => `${text(vi(issue))} / ${text(en(issue))}` });
}
