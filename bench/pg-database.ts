import pg from 'pg';

// The PostgreSQL database a bench runs on: a fresh one, created on the server and dropped afterwards, or a kept one.

/** Runs `fn` on a fresh database of the server at `serverUrl` (BENCH_DATABASE_NAME: an existing one, not dropped). */
export async function withPostgresDatabase<T>(serverUrl: string, fn: (url: string) => Promise<T>): Promise<T> {
  // BENCH_DATABASE_NAME: an existing database (one kept by BENCH_KEEP_DATABASE=1), measured again without regenerating it.
  const reused = process.env.BENCH_DATABASE_NAME;
  const name = reused ?? `cchc_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  if (!reused) await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return await fn(url.toString());
  } finally {
    // BENCH_KEEP_DATABASE=1 leaves the generated database in place, to study a slow query on it.
    if (reused || process.env.BENCH_KEEP_DATABASE === '1') console.log(`  database kept: ${name}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
