import { err, ok, type Result } from '../shared/result';

// Dossier code (mã hồ sơ): the DVCQG format is unverified (docs/DOMAIN.md §4.5), so the format is pluggable.
// Default after common practice: <unit code>-<yyMMdd>-<4-digit sequence>.

/** The default dossier code format. */
export const DEFAULT_DOSSIER_CODE_FORMAT = '{unit}-{yyMMdd}-{seq4}';

/** Tokens a format may use. */
export const DOSSIER_CODE_TOKENS = ['{unit}', '{yyMMdd}', '{yyyyMMdd}', '{seq4}', '{seq}'] as const;

/** Parts a code is built from: the receiving unit's code, the local date (YYYY-MM-DD) and the day's sequence number. */
export type DossierCodeParts = { readonly unitCode: string; readonly date: string; readonly seq: number };

/** What a code parses back to (date as yyMMdd or yyyyMMdd digits as written). */
export type ParsedDossierCode = { readonly unitCode: string; readonly dateDigits: string; readonly seq: number };

/** Why a code or format is refused. */
export type DossierCodeErrorCode = 'DOSSIER_CODE_FORMAT_INVALID' | 'DOSSIER_CODE_MALFORMED';

const TOKEN_RE = /\{[^}]*\}/g;
const UNIT_RE = '[A-Za-z0-9.]{1,40}';

/** Checks that a format uses known tokens, contains {unit}-like uniqueness parts and exactly one sequence token. */
export function validateCodeFormat(format: string): Result<string, 'DOSSIER_CODE_FORMAT_INVALID'> {
  const tokens: string[] = format.match(TOKEN_RE) ?? [];
  const unknown = tokens.filter((t) => !(DOSSIER_CODE_TOKENS as readonly string[]).includes(t));
  if (unknown.length) return err('DOSSIER_CODE_FORMAT_INVALID', `Unknown tokens: ${unknown.join(', ')}`);
  const seqs = tokens.filter((t) => t === '{seq4}' || t === '{seq}').length;
  const dates = tokens.filter((t) => t === '{yyMMdd}' || t === '{yyyyMMdd}').length;
  // Sequences restart per unit and day, so a unique code needs the unit, the day and the sequence.
  if (seqs !== 1 || dates !== 1 || !tokens.includes('{unit}')) {
    return err('DOSSIER_CODE_FORMAT_INVALID', 'A format needs {unit}, one date token and one sequence token');
  }
  if (/[{}]/.test(format.replace(TOKEN_RE, ''))) return err('DOSSIER_CODE_FORMAT_INVALID', 'Unbalanced braces');
  return ok(format);
}

/** Builds a dossier code from a format; the sequence is zero-padded to 4 digits by {seq4} (longer when it overflows). */
export function formatDossierCode(format: string, parts: DossierCodeParts): string {
  const [y = '', m = '', d = ''] = parts.date.split('-');
  return format.replace(TOKEN_RE, (t) => {
    switch (t) {
      case '{unit}':
        return parts.unitCode;
      case '{yyMMdd}':
        return `${y.slice(2)}${m}${d}`;
      case '{yyyyMMdd}':
        return `${y}${m}${d}`;
      case '{seq4}':
        return String(parts.seq).padStart(4, '0');
      case '{seq}':
        return String(parts.seq);
      default:
        return t;
    }
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression matching codes of a format, with named groups unit, date, seq. */
export function codePattern(format: string): RegExp {
  let src = '';
  let last = 0;
  for (const m of format.matchAll(TOKEN_RE)) {
    src += escape(format.slice(last, m.index));
    const t = m[0];
    src +=
      t === '{unit}'
        ? `(?<unit>${UNIT_RE})`
        : t === '{yyMMdd}'
          ? '(?<date>\\d{6})'
          : t === '{yyyyMMdd}'
            ? '(?<date>\\d{8})'
            : t === '{seq4}'
              ? '(?<seq>\\d{4,7})'
              : '(?<seq>\\d{1,7})';
    last = (m.index ?? 0) + t.length;
  }
  src += escape(format.slice(last));
  return new RegExp(`^${src}$`);
}

function validDateDigits(digits: string): boolean {
  const [yy, mm, dd] =
    digits.length === 6
      ? [Number(`20${digits.slice(0, 2)}`), Number(digits.slice(2, 4)), Number(digits.slice(4, 6))]
      : [Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6, 8))];
  if (mm < 1 || mm > 12 || dd < 1) return false;
  const days = new Date(Date.UTC(yy, mm, 0)).getUTCDate();
  return dd <= days;
}

/** Parses a code written in a format; malformed codes (wrong shape, impossible date, sequence 0) are refused. */
export function parseDossierCode(format: string, code: string): Result<ParsedDossierCode, DossierCodeErrorCode> {
  const f = validateCodeFormat(format);
  if (!f.ok) return f;
  if (code.length > 80) return err('DOSSIER_CODE_MALFORMED', 'Code too long');
  const m = codePattern(format).exec(code);
  const g = m?.groups;
  if (!g || g.unit === undefined || g.date === undefined || g.seq === undefined)
    return err('DOSSIER_CODE_MALFORMED', `Code does not match ${format}`);
  if (!validDateDigits(g.date)) return err('DOSSIER_CODE_MALFORMED', 'Impossible date in code');
  const seq = Number(g.seq);
  if (seq < 1) return err('DOSSIER_CODE_MALFORMED', 'Sequence starts at 1');
  return ok({ unitCode: g.unit, dateDigits: g.date, seq });
}

/** True when the code is well formed in the format. */
export const isDossierCode = (format: string, code: string) => parseDossierCode(format, code).ok;
