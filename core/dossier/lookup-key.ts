// The public lookup key of a dossier (issue #16 point 8): what the receipt prints after "Tra cứu hồ sơ:" and the QR
// opens, `/tra-cuu/<key>`. The dossier code is sequential (unit, day, number), so anyone could guess codes; the key is
// 12 characters of Crockford base32, 60 random bits, drawn by the server (randomness is I/O, so the bytes are an argument).

/** Crockford's base32 alphabet: digits and capitals without I, L, O, U. */
export const LOOKUP_KEY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Characters in a lookup key (5 random bits each: 60 bits). */
export const LOOKUP_KEY_LENGTH = 12;
/** A lookup key as stored and put in URLs. */
export const LOOKUP_KEY_RE = /^[0-9A-HJKMNP-TV-Z]{12}$/;

/** The lookup key drawn from random bytes: each of the first 12 bytes modulo 32 is one uniform character (256 = 8 × 32). */
export function lookupKeyFromBytes(bytes: Uint8Array): string {
  if (bytes.length < LOOKUP_KEY_LENGTH) throw new RangeError(`a lookup key needs ${LOOKUP_KEY_LENGTH} random bytes`);
  let key = '';
  for (let i = 0; i < LOOKUP_KEY_LENGTH; i++) key += LOOKUP_KEY_ALPHABET[bytes[i]! % 32];
  return key;
}

// Crockford's decoding rules: case-insensitive, O read as 0, I and L as 1; hyphens and spaces are only for reading.
/** The key a citizen typed, as stored (upper case, read-alike letters mapped, separators dropped), or null if it cannot be one. */
export function normalizeLookupKey(input: string): string | null {
  if (input.length > 40) return null;
  const key = input
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return LOOKUP_KEY_RE.test(key) ? key : null;
}

/** A key as printed for reading aloud or typing: three groups of four ("7KQ2-M9XD-4RTB"). */
export const groupedLookupKey = (key: string): string => key.replace(/(.{4})(?=.)/g, '$1-');
