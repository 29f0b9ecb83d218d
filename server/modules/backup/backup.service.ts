import { PassThrough, type Readable } from 'node:stream';
import { ROLE_PERMISSIONS } from '@core/access/roles';
import { AppError, type Actor, type Deps } from '../../http';
import { dumpDatabase } from '../../infra/sql-dump';
import { recordAudit } from '../audit/audit.service';
import { rootUnitIds } from './backup.repo';

/** A backup ready to send: its file name and the dump as a stream of SQL text. */
export type BackupFile = { fileName: string; stream: Readable };

/** Whether the actor administers the whole database: `setting.manage` granted on every top-level unit. */
async function administersEverything(deps: Deps, actor: Actor): Promise<boolean> {
  const onRoot = new Set(
    actor.grants.filter((g) => (ROLE_PERMISSIONS[g.role] as readonly string[]).includes('setting.manage')).map((g) => g.unitId),
  );
  const roots = await rootUnitIds(deps.db);
  return roots.length > 0 && roots.every((id) => onRoot.has(id));
}

/** Writes a chunk, waiting while the client is behind; a download that stopped ends the dump (its snapshot and connection released). */
async function writeOrStop(out: PassThrough, chunk: string): Promise<void> {
  if (out.destroyed) throw new Error('backup download stopped');
  if (out.write(chunk)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
  if (out.destroyed) throw new Error('backup download stopped');
}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');

/**
 * An online backup of the running database in the format of `npm run db:backup` (plain SQL from one REPEATABLE READ
 * snapshot, closed by the end marker that `npm run db:restore` requires), audited before it starts.
 */
export async function startBackup(deps: Deps, actor: Actor, requestId: string): Promise<BackupFile> {
  if (!(await administersEverything(deps, actor)))
    throw new AppError(
      'FORBIDDEN',
      'Chỉ quản trị hệ thống của toàn bộ đơn vị cấp cao nhất được sao lưu / only the administrator of every top-level unit may back up',
    );
  const at = deps.now();
  await deps.db
    .transaction()
    .execute((trx) => recordAudit(trx, actor, { action: 'database.backup', entityType: 'database', entityId: deps.dbKind }, requestId));
  const out = new PassThrough();
  const fileName = `cchc-backup-${stamp(at)}.sql`;
  if (deps.dbKind === 'pglite') {
    // PGlite has one connection: the dump is collected in memory so that a slow download does not hold it.
    const chunks: string[] = [];
    await dumpDatabase(deps.db, 'PGlite', (chunk) => void chunks.push(chunk));
    out.end(chunks.join(''));
    return { fileName, stream: out };
  }
  // PostgreSQL: streamed from its own pooled connection at the pace the client reads; a failure cuts the file before
  // its end marker, so db:restore refuses it.
  void dumpDatabase(deps.db, 'PostgreSQL', (chunk) => writeOrStop(out, chunk)).then(
    () => out.end(),
    (e: unknown) => out.destroy(e instanceof Error ? e : new Error(String(e))),
  );
  return { fileName, stream: out };
}
