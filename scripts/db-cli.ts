import { resolve } from 'node:path';
import { Migrator } from 'kysely';
import { loadConfig, type Config } from '@server/config';
import { openPglite, openPostgres, type Database } from '@server/infra/database';
import { migrationProvider } from '@db/migrations/index';

/** Where the configured database lives, for messages (never prints a password). */
export function describeTarget(config: Config): string {
  if (config.DATABASE_URL) {
    const url = new URL(config.DATABASE_URL);
    return `PostgreSQL ${url.hostname}:${url.port || '5432'}${url.pathname}`;
  }
  return `PGlite ${resolve(config.CCHC_DATA_DIR)}`;
}

/** Opens the configured database without migrating it (restore needs it untouched). */
export async function openRawDatabase(config: Config): Promise<Database> {
  return config.DATABASE_URL ? openPostgres(config.DATABASE_URL, 2) : openPglite({ dataDir: config.CCHC_DATA_DIR });
}

/** Names of the migrations recorded in the database and of those still pending. */
export async function migrationStatus(database: Database): Promise<{ applied: string[]; pending: string[] }> {
  const all = await new Migrator({ db: database.db, provider: migrationProvider }).getMigrations();
  return {
    applied: all.filter((m) => m.executedAt !== undefined).map((m) => m.name),
    pending: all.filter((m) => m.executedAt === undefined).map((m) => m.name),
  };
}

/**
 * The line an operator reads when a command fails: the message alone for any error (a refusal, a locked database, an
 * unknown option, a refused connection), its first line if it has several and is not a CliError; the stack trace
 * only with CCHC_DEBUG=1.
 */
export function failureText(e: unknown, debug = process.env.CCHC_DEBUG === '1'): string {
  if (e instanceof CliError) return e.message;
  if (e instanceof Error) return debug ? (e.stack ?? e.message) : `Lỗi / error: ${e.message.split('\n')[0] ?? ''}`;
  return `Lỗi / error: ${String(e)}`;
}

/** Runs a command-line script: loads the configuration, reports a failure as one readable line, sets the exit code. */
export function runCli(main: (config: Config) => Promise<void>): void {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
  main(config).then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(failureText(e));
      process.exit(1);
    },
  );
}

/** A refusal or bad input that the operator can fix: printed without a stack trace. */
export class CliError extends Error {}
