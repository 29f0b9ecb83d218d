import { createHash } from 'node:crypto';
import { mkdirSync, openSync, closeSync, readFileSync, unlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { CompiledQuery, Kysely, PostgresDialect, CamelCasePlugin, type Transaction } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import type { DB } from '@db/types';

// DATE columns stay 'YYYY-MM-DD' strings so no time zone can shift a legal date.
pg.types.setTypeParser(1082, (v: string) => v);
// bigint counts fit in JS numbers at our sizes.
pg.types.setTypeParser(20, (v: string) => Number(v));
// numeric holds durations, shares and fees in VND: well inside a double's exact range.
pg.types.setTypeParser(1700, (v: string) => Number(v));

/** Which engine serves the database. */
export type DatabaseKind = 'pglite' | 'postgres';

/** An open database: the Kysely instance and how to close it. */
export type Database = {
  db: Kysely<DB>;
  kind: DatabaseKind;
  pglite?: PGlite;
  close: () => Promise<void>;
};

/** A Kysely handle usable inside or outside a transaction. */
export type Executor = Kysely<DB> | Transaction<DB>;

// The busiest statements (sign-in check, counter intake) are fixed SQL texts run as named prepared statements:
// PostgreSQL parses and plans them once per connection instead of on every call, and the app builds nothing per call.
// The pool recognises them by the PREPARED prefix and names each after a hash of its text. Only a few fixed texts
// should use this (each takes a little memory in every server connection). The SQL is the same on both engines.
const PREPARED = '/* prepared */ ';

/** A fixed SQL text with $1… placeholders, run as a prepared statement; returns the rows (camelCase keys). */
export function preparedQuery<R>(text: string): (db: Executor, values: readonly unknown[]) => Promise<R[]> {
  const sqlText = PREPARED + text;
  return async (db, values) => (await db.executeQuery<R>(CompiledQuery.raw(sqlText, [...values]))).rows;
}

const names = new Map<string, string>();
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `cchc_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
    if (names.size < 1_000) names.set(text, name);
  }
  return name;
}

function usePreparedStatements(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      const [text, values] = args;
      if (args.length <= 2 && typeof text === 'string' && text.startsWith(PREPARED))
        return query({ name: statementName(text), text, values });
      return query(...args);
    }) as typeof client.query;
  });
}

function makeKysely(pool: pg.Pool): Kysely<DB> {
  usePreparedStatements(pool);
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
}

/** Opens a PostgreSQL server database through a pg pool. */
export function openPostgres(url: string, max = 10): Database {
  // jit=off: PostgreSQL's JIT compiled the Decision 766 report for 2.3 of its 3.6 s on 1,000,000 dossiers (bench/),
  // and no query of this app runs long enough to win it back.
  const pool = new pg.Pool({ connectionString: url, max, options: '-c jit=off' });
  // An idle connection dropped by the server (restart, failover) is an 'error' event: without a listener it would
  // crash the process; the pool discards it and the next query opens a fresh one.
  pool.on('error', (err) => console.error(`PostgreSQL: kết nối rảnh bị đóng / idle connection closed: ${err.message}`));
  const db = makeKysely(pool);
  return { db, kind: 'postgres', close: () => db.destroy() };
}

function takeLock(dir: string): () => void {
  const lockPath = join(dir, 'cchc.lock');
  if (existsSync(lockPath)) {
    const pid = Number(readFileSync(lockPath, 'utf8'));
    let alive = false;
    try {
      if (pid > 0 && pid !== process.pid) {
        process.kill(pid, 0);
        alive = true;
      }
    } catch {
      alive = false;
    }
    if (alive) {
      throw new Error(
        `Thư mục dữ liệu ${dir} đang được tiến trình ${pid} sử dụng / data folder is in use by process ${pid}; stop it first.`,
      );
    }
    unlinkSync(lockPath);
  }
  const fd = openSync(lockPath, 'wx');
  writeFileSync(fd, String(process.pid));
  closeSync(fd);
  return () => {
    try {
      unlinkSync(lockPath);
    } catch {
      // already gone
    }
  };
}

/** Opens (and creates) the embedded PGlite database under dataDir, or in memory when dataDir is undefined. */
export async function openPglite(opts: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<Database> {
  let release = () => {};
  let dataDir: string | undefined;
  if (opts.dataDir) {
    const dir = resolve(opts.dataDir);
    mkdirSync(dir, { recursive: true });
    release = takeLock(dir);
    dataDir = join(dir, 'pgdata');
  }
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    extensions: { unaccent },
  });
  // A query on the outer db inside a transaction would wait forever for the single connection.
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1, connectionTimeoutMillis: 30_000 } as pg.PoolConfig);
  const db = makeKysely(pool);
  return {
    db,
    kind: 'pglite',
    pglite,
    close: async () => {
      await db.destroy();
      await pglite.close();
      release();
    },
  };
}
