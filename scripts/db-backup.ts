import { spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, existsSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import type { Config } from '@server/config';
import { dataFolderHolder } from '@server/infra/database';
import { CliError, describeTarget, openRawDatabase, runCli } from './db-cli';
import { dumpDatabase } from '@server/infra/sql-dump';
import { hasDumpEndMarker } from './sql-script';

const USAGE = `Cách dùng / usage: npm run db:backup -- [file.sql] [--builtin | --pg-dump]
  PGlite: bản sao lưu tích hợp / built-in dump. PostgreSQL: pg_dump nếu có và cùng phiên bản trở lên, nếu không thì bản tích hợp
  / pg_dump when installed and at least the server's major version, else the built-in dump.`;

function tailOf(file: string): string {
  const size = statSync(file).size;
  const buf = Buffer.alloc(Math.min(size, 4096));
  const fd = openSync(file, 'r');
  readSync(fd, buf, 0, buf.length, size - buf.length);
  closeSync(fd);
  return buf.toString('utf8');
}

/** The one line printed when the app (process `pid`) holds the PGlite folder: PGlite allows one process per folder. */
const runningAppRefusal = (pid: number) =>
  `Ứng dụng đang chạy (tiến trình ${pid}) giữ thư mục dữ liệu PGlite: sao lưu trực tuyến bằng GET /api/admin/backup (quản trị hệ thống) hoặc dừng ứng dụng trước / the running app (process ${pid}) holds the PGlite folder: back up online with GET /api/admin/backup as the system administrator, or stop the app first.`;

function defaultFileName(): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  return `cchc-backup-${stamp}.sql`;
}

/** Major version of the pg_dump on PATH, or null when there is none. */
function pgDumpMajor(): number | null {
  const r = spawnSync('pg_dump', ['--version'], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  const m = /(\d+)(?:\.\d+)?/.exec(r.stdout);
  return m ? Number(m[1]) : null;
}

function runPgDump(url: string, file: string): void {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  // The password travels in the environment, not on the command line where `ps` shows it.
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  const r = spawnSync(
    'pg_dump',
    ['--format=plain', '--no-owner', '--no-privileges', '--encoding=UTF8', `--file=${file}`, `--dbname=${u.toString()}`],
    {
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (r.status !== 0) throw new CliError(`pg_dump thất bại (mã ${r.status}) / pg_dump failed (exit ${r.status}).`);
}

function chooseTool(config: Config, force: 'builtin' | 'pg-dump' | undefined, serverMajor: number): 'builtin' | 'pg-dump' {
  if (!config.DATABASE_URL || force === 'builtin') return 'builtin';
  const major = pgDumpMajor();
  if (force === 'pg-dump') {
    if (major === null) throw new CliError('Không tìm thấy pg_dump / pg_dump not found on PATH.');
    return 'pg-dump';
  }
  if (major === null) {
    console.log('Không có pg_dump, dùng bản sao lưu tích hợp / pg_dump not found, using the built-in dump.');
    return 'builtin';
  }
  if (major < serverMajor) {
    console.log(
      `pg_dump ${major} cũ hơn máy chủ ${serverMajor}, dùng bản tích hợp / pg_dump ${major} is older than server ${serverMajor}, using the built-in dump.`,
    );
    return 'builtin';
  }
  return 'pg-dump';
}

// `npm run db:backup -- [file]`: a plain SQL dump of the configured database that `psql -f` (or db:restore) loads.
runCli(async (config) => {
  const { values, positionals } = parseArgs({
    options: { builtin: { type: 'boolean' }, 'pg-dump': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length > 1 || (values.builtin && values['pg-dump'])) throw new CliError(USAGE);
  const file = resolve(positionals[0] ?? defaultFileName());
  if (existsSync(file)) throw new CliError(`Tệp ${file} đã tồn tại, không ghi đè / ${file} exists; not overwriting.`);
  const partial = `${file}.partial`;
  if (!config.DATABASE_URL && !existsSync(join(config.CCHC_DATA_DIR, 'pgdata'))) {
    throw new CliError(`Không có cơ sở dữ liệu PGlite ở / no PGlite database in ${resolve(config.CCHC_DATA_DIR)} (CCHC_DATA_DIR).`);
  }
  const holder = config.DATABASE_URL ? null : dataFolderHolder(resolve(config.CCHC_DATA_DIR));
  if (holder !== null) throw new CliError(runningAppRefusal(holder));
  console.log(`Cơ sở dữ liệu / database: ${describeTarget(config)}`);
  const database = await openRawDatabase(config);
  try {
    const version = await sql<{ n: string }>`SELECT current_setting('server_version_num') AS n`.execute(database.db);
    const serverMajor = Math.floor(Number(version.rows[0]?.n ?? 0) / 10_000);
    const tool = chooseTool(config, values.builtin ? 'builtin' : values['pg-dump'] ? 'pg-dump' : undefined, serverMajor);
    if (tool === 'pg-dump' && config.DATABASE_URL) {
      runPgDump(config.DATABASE_URL, partial);
      if (!hasDumpEndMarker(tailOf(partial))) throw new CliError('pg_dump không ghi hết tệp / pg_dump output is incomplete.');
      console.log('Công cụ / tool: pg_dump');
    } else {
      const out = createWriteStream(partial, { encoding: 'utf8' });
      const summary = await dumpDatabase(database.db, database.kind, async (chunk) => {
        if (!out.write(chunk)) await once(out, 'drain');
      });
      out.end();
      await once(out, 'finish');
      console.log(`Công cụ / tool: built-in (${summary.engine}, PostgreSQL ${summary.serverVersion})`);
      for (const t of summary.tables) console.log(`  ${t.name}: ${t.rows}`);
    }
    renameSync(partial, file);
    console.log(`Đã sao lưu / backup written: ${file} (${(statSync(file).size / 1024).toFixed(1)} KiB)`);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  } finally {
    await database.close();
  }
});
