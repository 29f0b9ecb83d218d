import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 defaults to Argon2id (OWASP: 19 MiB, t=2, p=1).
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Hashes a password with argon2id. */
export const hashPassword = (password: string) => hash(password, OPTIONS);

/** Checks a password against a stored argon2id hash; false on any malformed hash. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** A hash to verify against when the user does not exist, so timing does not reveal usernames. */
export const dummyHash = () => (dummy ??= hashPassword('not-a-real-password'));
