import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { CliError, describeTarget, migrationStatus, openRawDatabase, runCli } from './db-cli';
import { hasDumpEndMarker, runSqlScript } from './sql-script';

const USAGE = 'Cách dùng / usage: npm run db:restore -- <file.sql>   (vào cơ sở dữ liệu trống / into an empty database)';

// `npm run db:restore -- <file>`: loads a dump made by db:backup (or pg_dump's plain format) into an empty database.
runCli(async (config) => {
  const { positionals, values } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length !== 1 || !positionals[0]) throw new CliError(USAGE);
  const file = resolve(positionals[0]);
  let script: string;
  try {
    script = readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`Không đọc được tệp / cannot read ${file}`);
  }
  if (!hasDumpEndMarker(script.slice(-4096))) {
    throw new CliError(`Tệp ${file} không phải bản sao lưu đầy đủ (thiếu dòng kết thúc) / ${file} is not a complete dump (no end marker).`);
  }
  console.log(`Cơ sở dữ liệu / database: ${describeTarget(config)}`);
  const database = await openRawDatabase(config);
  try {
    const existing = await sql<{ name: string }>`
      SELECT c.relname AS name FROM pg_class c
       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'S', 'p', 'f')
         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
       LIMIT 5`.execute(database.db);
    if (existing.rows.length > 0) {
      throw new CliError(
        `Cơ sở dữ liệu không trống (có ${existing.rows.map((r) => r.name).join(', ')}…); chỉ khôi phục vào cơ sở dữ liệu trống / the database is not empty; restore only into an empty one.`,
      );
    }
    const started = Date.now();
    const { statements, copiedRows } = await runSqlScript(database.db, script);
    const { applied, pending } = await migrationStatus(database);
    console.log(
      `Đã khôi phục / restored: ${statements} câu lệnh / statements${copiedRows ? `, ${copiedRows} dòng COPY / COPY rows` : ''} trong / in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    console.log(
      `Migrations: ${applied.length} đã có / recorded${pending.length ? `; còn chờ / pending: ${pending.join(', ')} (npm run db:migrate)` : '; không còn chờ / none pending'}`,
    );
  } finally {
    await database.close();
  }
});
