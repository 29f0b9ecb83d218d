import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DB } from '@db/types';
import { ENGINES, buildOrg, tableSnapshot, buildUser, openTestDatabase } from '@tests/harness';
import { openPglite, openPostgres, type Database } from '@server/infra/database';
import { recordAudit } from '@server/modules/audit/audit.service';
import { migrationStatus } from './db-cli';
import { dumpDatabase } from '@server/infra/sql-dump';
import { copyToInserts, decodeCopyField, hasDumpEndMarker, runSqlScript, splitSqlScript } from './sql-script';

const TRICKY = `Sở "Nội vụ" — d'Lắk \\ back\\slash\nnew line\ttab 🎉 E'x' $$dollar$$ ;-- not a comment`;

async function dumpToString(database: Database): Promise<string> {
  const parts: string[] = [];
  await dumpDatabase(database.db, database.kind, (c) => {
    parts.push(c);
  });
  return parts.join('');
}

const body = (dump: string) => dump.slice(dump.indexOf('SET statement_timeout'));

async function fillWithTrickyData(db: Kysely<DB>): Promise<void> {
  const org = await buildOrg(db);
  const user = await buildUser(db, { unitId: org.deptA.id, roles: ['unit_head', { role: 'leader', unitId: org.province.id }] });
  await db.updateTable('units').set({ name: TRICKY, address: null, legalRef: '\\N' }).where('id', '=', org.commune.id).execute();
  await db
    .insertInto('unitSuccessions')
    .values({ predecessorId: org.deptB.id, successorId: org.deptA.id, effectiveOn: '2025-07-01', note: TRICKY })
    .execute();
  await db
    .insertInto('sessions')
    .values({ id: `s-${user.id}`, userId: user.id, csrfToken: 'c', expiresAt: new Date('2030-01-01T00:00:00.123456Z') })
    .execute();
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < 1_203; i++) {
      await recordAudit(
        trx,
        { userId: user.id, username: user.username },
        { action: 'unit.update', entityType: 'unit', entityId: String(i), unitId: org.deptA.id, after: { i, text: TRICKY } },
      );
    }
  });
}

describe('splitSqlScript', () => {
  it('keeps quoted semicolons, dollar quotes and comments inside their statement', () => {
    const items = splitSqlScript(
      [
        '-- header ; comment',
        '\\restrict abc',
        "SELECT 'a;b', E'c\\';d', \"x;y\";",
        'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $fn$ SELECT 1; $fn$;',
        '/* block ; /* nested ; */ */ SELECT 2;',
        'COPY public.t (a, b) FROM stdin;',
        'x\\ty\t\\N',
        '\\.',
        'SELECT 3',
      ].join('\n'),
    );
    expect(items.map((i) => [i.kind, i.line])).toEqual([
      ['sql', 3],
      ['sql', 4],
      ['sql', 5],
      ['copy', 6],
      ['sql', 9],
    ]);
    expect(items[0]?.text).toBe("SELECT 'a;b', E'c\\';d', \"x;y\";");
    expect(items[1]?.text).toContain('$fn$ SELECT 1; $fn$');
    expect(items[3]).toMatchObject({ kind: 'copy', rows: ['x\\ty\t\\N'], line: 6 });
    expect(items[4]?.text).toBe('SELECT 3');
  });

  it('decodes COPY text fields and rewrites COPY as INSERT', () => {
    expect(decodeCopyField('\\N')).toBeNull();
    expect(decodeCopyField('a\\tb\\nc\\\\d\\101\\x42é')).toBe('a\tb\nc\\dABé');
    const [insert] = copyToInserts({ kind: 'copy', text: 'COPY public.t (a, b) FROM stdin;', rows: ["it's\t\\N"], line: 1 });
    expect(insert).toBe("INSERT INTO public.t (a, b) OVERRIDING SYSTEM VALUE VALUES\n('it''s', NULL)");
  });

  it('recognises complete dumps only', () => {
    expect(hasDumpEndMarker('x\n-- CCHC dump complete\n')).toBe(true);
    expect(hasDumpEndMarker('x\n-- PostgreSQL database dump complete\n--\n\n\\unrestrict abc\n')).toBe(true);
    expect(hasDumpEndMarker('INSERT INTO t VALUES (1),\n')).toBe(false);
  });
});

describe('backup and restore round trip', () => {
  let source: Database;
  let dump: string;
  let expected: Record<string, string[]>;
  const dir = mkdtempSync(join(tmpdir(), 'cchc-backup-test-'));

  beforeAll(async () => {
    source = await openTestDatabase('pglite');
    await fillWithTrickyData(source.db);
    expected = await tableSnapshot(source.db);
    dump = await dumpToString(source);
  });
  afterAll(async () => {
    await source.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a complete dump that records the migrations', () => {
    expect(hasDumpEndMarker(dump)).toBe(true);
    expect(dump).toContain('INSERT INTO public.kysely_migration (name, "timestamp") VALUES\n(\'2026112500_foundation\'');
    expect(expected.audit_log).toHaveLength(1_203);
  });

  it('restores into a fresh PGlite with identical rows, working sequences and triggers, and nothing pending', async () => {
    const target = await openPglite();
    try {
      await runSqlScript(target.db, dump);
      expect(await tableSnapshot(target.db)).toEqual(expected);
      expect((await migrationStatus(target)).pending).toEqual([]);
      // A dump of the restored copy is the same dump, apart from its header.
      expect(body(await dumpToString(target))).toBe(body(dump));
      const next = await target.db
        .insertInto('auditLog')
        .values({ action: 'x', entityType: 'x', entityId: 'x' })
        .returning('id')
        .executeTakeFirstOrThrow();
      expect(next.id).toBe(1_204);
      await expect(sql`UPDATE audit_log SET action = 'y'`.execute(target.db)).rejects.toThrow(/append-only/);
      await sql`CREATE SCHEMA extra`.execute(target.db);
      await sql`CREATE TABLE extra.t (a int)`.execute(target.db);
      await expect(dumpToString(target)).rejects.toThrow(/schema extra/);
    } finally {
      await target.close();
    }
  });

  it.runIf(ENGINES.includes('postgres'))(
    'restores into a fresh PostgreSQL database, through psql too, and back through pg_dump',
    async () => {
      const base = inject('postgresUrl');
      const names = [`cchc_restore_${process.pid}_${Date.now()}`, `cchc_restore_psql_${process.pid}_${Date.now()}`];
      const admin = new pg.Client({ connectionString: base });
      await admin.connect();
      for (const n of names) await admin.query(`CREATE DATABASE ${n}`);
      const urlOf = (n: string) => Object.assign(new URL(base), { pathname: `/${n}` }).toString();
      let target: Database | undefined;
      try {
        target = openPostgres(urlOf(names[0] as string), 1);
        await runSqlScript(target.db, dump);
        expect(await tableSnapshot(target.db)).toEqual(expected);
        expect((await migrationStatus(target)).pending).toEqual([]);

        const file = join(dir, 'dump.sql');
        writeFileSync(file, dump);
        const psql = spawnSync(
          'psql',
          ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction', '-d', urlOf(names[1] as string), '-f', file],
          { encoding: 'utf8' },
        );
        if (psql.error === undefined) {
          expect(psql.stderr).toBe('');
          expect(psql.status).toBe(0);
          const viaPsql = openPostgres(urlOf(names[1] as string), 1);
          expect(await tableSnapshot(viaPsql.db)).toEqual(expected);
          await viaPsql.close();
        }

        const pgDumpFile = join(dir, 'pg_dump.sql');
        const pgDump = spawnSync(
          'pg_dump',
          ['--no-owner', '--no-privileges', `--file=${pgDumpFile}`, `--dbname=${urlOf(names[0] as string)}`],
          { encoding: 'utf8' },
        );
        if (pgDump.error === undefined && pgDump.status === 0) {
          const back = await openPglite();
          try {
            await runSqlScript(back.db, readFileSync(pgDumpFile, 'utf8'));
            expect(await tableSnapshot(back.db)).toEqual(expected);
          } finally {
            await back.close();
          }
        }
      } finally {
        await target?.close();
        for (const n of names) await admin.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
        await admin.end();
      }
    },
  );
});
