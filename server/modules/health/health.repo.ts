import { sql } from 'kysely';
import type { Executor } from '../../infra/database';

/** Answers when the database does (one trivial statement). */
export async function pingDatabase(db: Executor): Promise<void> {
  await sql`SELECT 1`.execute(db);
}
