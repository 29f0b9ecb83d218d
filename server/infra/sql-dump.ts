import { sql, type Kysely } from 'kysely';
import type { DB } from '@db/types';
import {
  IN_PUBLIC,
  refreshMaterializedViews,
  refuseUnsupported,
  writeComments,
  writeConstraintsAndIndexes,
  writeExtensions,
  writeFunctions,
  writeSequences,
  writeTables,
  writeTriggers,
  writeTypes,
  writeViews,
  type Run,
  type Sequence,
  type Table,
  type Write,
} from './sql-dump-schema';

// A plain-SQL dump of the `public` schema built from the catalog, so it works on PGlite (no pg_dump there)
// and on PostgreSQL alike. Order follows pg_dump: types, sequences, functions, tables, data, then
// constraints, indexes and triggers, so rows load without foreign-key ordering and no trigger fires.
// The output uses only PostgreSQL 15 syntax and loads with `psql -f` or scripts/db-restore.ts.

/** Last line of a complete dump; restore refuses a file without it (truncated copy). */
export const DUMP_END_MARKER = '-- CCHC dump complete';
const ROWS_PER_INSERT = 500;
const BYTES_PER_INSERT = 1_000_000;
const FETCH_SIZE = 2_000;

/** What a dump contains. */
export type DumpSummary = { engine: string; serverVersion: string; tables: Array<{ name: string; rows: number }>; migrations: string[] };

/** The rows of one table as multi-row INSERTs in primary-key order, read through a cursor; returns how many. */
async function writeTableData(run: Run, write: Write, table: Table): Promise<number> {
  const stored = table.columns.filter((c) => !c.generated);
  const [pk] = await run<{ cols: string[] | null }>(`
    SELECT array_agg(quote_ident(a.attname) ORDER BY k.ord) AS cols
      FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
     WHERE i.indrelid = ${table.oid} AND i.indisprimary`);
  const orderBy = pk?.cols?.length ? ` ORDER BY ${pk.cols.join(', ')}` : '';
  const rowExpr = stored.map((c) => `quote_nullable(${c.name})`).join(` || ', ' || `);
  const head = `INSERT INTO public.${table.name} (${stored.map((c) => c.name).join(', ')})${stored.some((c) => c.identity === 'a') ? ' OVERRIDING SYSTEM VALUE' : ''} VALUES\n`;
  await run(`DECLARE cchc_dump NO SCROLL CURSOR FOR SELECT '(' || ${rowExpr} || ')' AS v FROM public.${table.name}${orderBy}`);
  let total = 0;
  let batch: string[] = [];
  let bytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await write(`${head}${batch.join(',\n')};\n`);
    batch = [];
    bytes = 0;
  };
  for (;;) {
    const rows = await run<{ v: string }>(`FETCH ${FETCH_SIZE} FROM cchc_dump`);
    for (const r of rows) {
      batch.push(r.v);
      bytes += r.v.length;
      if (batch.length >= ROWS_PER_INSERT || bytes >= BYTES_PER_INSERT) await flush();
    }
    total += rows.length;
    if (rows.length < FETCH_SIZE) break;
  }
  await flush();
  await run('CLOSE cchc_dump');
  return total;
}

/** Writes a plain-SQL dump of the `public` schema (DDL, data, sequence positions) from one consistent snapshot. */
export async function dumpDatabase(db: Kysely<DB>, engine: string, write: Write): Promise<DumpSummary> {
  return db.connection().execute(async (conn) => {
    const run: Run = async <R>(text: string) => (await sql.raw<R>(text).execute(conn)).rows;
    await run('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      for (const s of [
        "search_path = 'public'",
        "DateStyle = 'ISO, YMD'",
        "IntervalStyle = 'postgres'",
        "TimeZone = 'UTC'",
        'extra_float_digits = 3',
        "bytea_output = 'hex'",
      ]) {
        await run(`SET LOCAL ${s}`);
      }
      const summary = await dumpInTransaction(run, engine, write);
      await run('COMMIT');
      return summary;
    } catch (e) {
      await run('ROLLBACK');
      throw e;
    }
  });
}

/** The dump itself, inside the snapshot: schema, data, sequence positions, then what must follow the data. */
async function dumpInTransaction(run: Run, engine: string, write: Write): Promise<DumpSummary> {
  await refuseUnsupported(run);
  const [version] = await run<{ v: string }>(`SELECT current_setting('server_version') AS v`);
  const serverVersion = version?.v ?? '?';
  const migrations = await appliedMigrations(run);
  await writeHeader(write, engine, serverVersion, migrations);
  await writeExtensions(run, write);
  await writeTypes(run, write);
  const sequences = await writeSequences(run, write);
  await writeFunctions(run, write);
  const tables = await writeTables(run, write, sequences);
  const views = await writeViews(run, write);
  const counted = await writeAllData(run, write, tables);
  await writeSequencePositions(run, write, sequences);
  await writeConstraintsAndIndexes(run, write);
  await refreshMaterializedViews(write, views);
  await writeTriggers(run, write);
  await writeComments(run, write);
  await write(`\n${DUMP_END_MARKER}\n`);
  return { engine, serverVersion, tables: counted, migrations };
}

/** Names of the migrations recorded in the database (none when it has no migration table). */
async function appliedMigrations(run: Run): Promise<string[]> {
  const hasMigrations =
    (await run(`SELECT 1 FROM pg_class WHERE relname = 'kysely_migration' AND ${IN_PUBLIC('relnamespace')}`)).length > 0;
  return hasMigrations ? (await run<{ name: string }>('SELECT name FROM public.kysely_migration ORDER BY name')).map((m) => m.name) : [];
}

/** The dump's opening: what it is and how to load it, then the session settings the statements rely on. */
async function writeHeader(write: Write, engine: string, serverVersion: string, migrations: string[]): Promise<void> {
  await write(
    [
      '-- CCHC: bản sao lưu cơ sở dữ liệu (SQL thuần) / database dump (plain SQL)',
      `-- Tạo lúc / created: ${new Date().toISOString()}; nguồn / source: ${engine} (PostgreSQL ${serverVersion})`,
      `-- Migrations: ${migrations.join(', ') || '(none)'}`,
      '-- Nạp vào cơ sở dữ liệu TRỐNG / load into an EMPTY database:',
      '--   npm run db:restore -- <file>   or   psql -v ON_ERROR_STOP=1 --single-transaction -d <db> -f <file>',
      '',
      'SET statement_timeout = 0;',
      'SET lock_timeout = 0;',
      "SET client_encoding = 'UTF8';",
      'SET standard_conforming_strings = on;',
      'SET check_function_bodies = false;',
      'SET client_min_messages = warning;',
      "SET DateStyle = 'ISO, YMD';",
      'SET IntervalStyle = postgres;',
      "SELECT pg_catalog.set_config('search_path', 'public', false);",
      '',
    ].join('\n'),
  );
}

/** Every table's rows, each preceded by a comment naming it; returns the row counts. */
async function writeAllData(run: Run, write: Write, tables: Table[]): Promise<DumpSummary['tables']> {
  const counted: DumpSummary['tables'] = [];
  for (const t of tables) {
    await write(`\n-- Dữ liệu / data: public.${t.name}\n`);
    counted.push({ name: t.name, rows: await writeTableData(run, write, t) });
  }
  return counted;
}

/** setval for every sequence, so new rows continue after the loaded ones. */
async function writeSequencePositions(run: Run, write: Write, sequences: Sequence[]): Promise<void> {
  await write('\n');
  for (const s of sequences) {
    const [pos] = await run<{ lv: string; ic: boolean }>(`SELECT last_value::text AS lv, is_called AS ic FROM public.${s.name}`);
    if (pos) await write(`SELECT pg_catalog.setval('public.${s.name}', ${pos.lv}, ${pos.ic});\n`);
  }
}
