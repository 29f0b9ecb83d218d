import { sql, type Kysely } from 'kysely';

// Issue #16 point 1: wrong passwords counted per (sign-in name, client address), so that one address locks only itself
// out of an account and not its owner (docs/SECURITY.md, "Sign-in"). The account-wide count stays on users. A row is
// keyed by the lower-cased name whether or not such a user exists, so an unknown name answers as a known one.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE login_throttle (
      key text PRIMARY KEY,
      failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
      locks integer NOT NULL DEFAULT 0 CHECK (locks >= 0),
      locked_until timestamptz,
      updated_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX login_throttle_updated_at ON login_throttle (updated_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS login_throttle`.execute(db);
}
