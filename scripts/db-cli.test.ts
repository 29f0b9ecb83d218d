import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError, failureText } from './db-cli';

// Issue #16 point 9: a command that refuses prints one line, not a stack trace.
describe('command-line refusals', () => {
  it.each([
    ['a refusal', new CliError('Tệp đã tồn tại / file exists'), 'Tệp đã tồn tại / file exists'],
    ['an unexpected error', new TypeError('Unknown option --x\n    at parseArgs (node:internal)'), 'Lỗi / error: Unknown option --x'],
    ['a thrown string', 'boom', 'Lỗi / error: boom'],
  ])('prints %s as one line', (_n, e, line) => expect(failureText(e, false)).toBe(line));

  it('keeps the stack for CCHC_DEBUG=1', () => expect(failureText(new Error('x'), true)).toMatch(/^Error: x\n\s+at /));

  // A data folder whose lock names a live process (this test's): the running app holds it.
  const heldFolder = (dir: string) => {
    mkdirSync(join(dir, 'pgdata'), { recursive: true });
    writeFileSync(join(dir, 'cchc.lock'), String(process.pid));
    return dir;
  };

  it.each([
    ['an unknown option', ['scripts/db-backup.ts', '--no-such-option'], /Unknown option/, (dir: string) => join(dir, 'none')],
    ['a missing database', ['scripts/db-backup.ts'], /PGlite/, (dir: string) => join(dir, 'none')],
    ['a folder the running app holds', ['scripts/db-backup.ts'], /GET \/api\/admin\/backup/, heldFolder],
  ])('db:backup refuses %s in one line with exit code 1', (_n, args, message, dataDir) => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-cli-'));
    try {
      const r = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
        encoding: 'utf8',
        env: { ...process.env, CCHC_DATA_DIR: dataDir(dir), DATABASE_URL: '', CCHC_DEBUG: '' },
        cwd: process.cwd(),
      });
      expect(r.status).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
