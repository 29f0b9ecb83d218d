/**
 * A number as the reader's language writes it: Vietnamese 1.234 and 98,05, English 1,234 and 98.05. With
 * `fractionDigits`, exactly that many decimals; without, up to two.
 */
export function formatNumber(n: number, language: string, fractionDigits?: number): string {
  const digits =
    fractionDigits === undefined
      ? { maximumFractionDigits: 2 }
      : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  return new Intl.NumberFormat(language.startsWith('en') ? 'en-GB' : 'vi-VN', digits).format(n);
}

/** A calendar month 'YYYY-MM' as Vietnamese tables and charts write it: 'MM/YYYY' (anything else unchanged). */
export function formatMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${m[2]}/${m[1]}` : month;
}
