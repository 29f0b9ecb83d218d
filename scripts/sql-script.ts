import { sql, type Kysely } from 'kysely';
import type { DB } from '@db/types';

// Runs a psql script (our dumps, or pg_dump's plain format) through an ordinary connection, so the same
// restore works on PGlite, which has no psql. COPY … FROM stdin blocks become multi-row INSERTs.

/** One statement of a script, or a COPY statement with its data lines. */
export type ScriptItem = { kind: 'sql'; text: string; line: number } | { kind: 'copy'; text: string; rows: string[]; line: number };

const IDENT_CHAR = /[A-Za-z0-9_$]/;
const COPY_FROM_STDIN = /^COPY\s+([\s\S]+?)\s+FROM\s+stdin\s*;?$/i;

/** Where the splitter stands: the cursor and its line, and where the current statement began. */
type SplitState = { i: number; line: number; start: number; startLine: number; onlyBlank: boolean };

/** Splits a psql script into statements, honouring quotes, dollar quotes and comments; skips psql meta-commands. */
export function splitSqlScript(script: string): ScriptItem[] {
  const items: ScriptItem[] = [];
  const s: SplitState = { i: 0, line: 1, start: 0, startLine: 1, onlyBlank: true };
  while (s.i < script.length) {
    const c = script[s.i] as string;
    if (s.onlyBlank && c === '\\') skipMetaCommand(script, s);
    else if (c === '-' && script[s.i + 1] === '-') advanceTo(script, s, lineEnd(script, s.i));
    else if (c === '/' && script[s.i + 1] === '*') advanceTo(script, s, blockCommentEnd(script, s.i));
    else if (/\s/.test(c)) skipBlank(s, c);
    else {
      s.onlyBlank = false;
      const end = quotedEnd(script, s.i, s.line);
      if (end !== null) advanceTo(script, s, end);
      else if (c === ';') {
        s.i++;
        emitStatement(script, s, s.i, items);
        beginStatement(s);
      } else s.i++;
    }
  }
  emitStatement(script, s, script.length, items);
  return items;
}

/** Moves the cursor to j, counting the lines it passes. */
function advanceTo(script: string, s: SplitState, j: number): void {
  for (let k = s.i; k < j && k < script.length; k++) if (script[k] === '\n') s.line++;
  s.i = j;
}

/** The next statement begins at the cursor. */
function beginStatement(s: SplitState): void {
  s.start = s.i;
  s.startLine = s.line;
  s.onlyBlank = true;
}

/** Index of the end of the line holding `from` (its newline, or the end of the script). */
function lineEnd(script: string, from: number): number {
  const e = script.indexOf('\n', from);
  return e === -1 ? script.length : e;
}

/** Skips one blank character; blanks before a statement are not part of it. */
function skipBlank(s: SplitState, c: string): void {
  if (c === '\n') s.line++;
  s.i++;
  if (s.onlyBlank) {
    s.start = s.i;
    s.startLine = s.line;
  }
}

/** Skips a psql meta-command (pg_dump writes \restrict and \unrestrict), which ends at the end of its line; refuses \connect. */
function skipMetaCommand(script: string, s: SplitState): void {
  const e = lineEnd(script, s.i);
  const meta = script.slice(s.i, e).trim();
  if (/^\\(c|connect)\b/.test(meta))
    throw new Error(`Bản sao lưu nhiều cơ sở dữ liệu không được hỗ trợ / multi-database dumps are not supported (${meta})`);
  advanceTo(script, s, e);
  s.start = s.i;
  s.startLine = s.line;
}

/** Index just after a block comment opening at i (block comments nest). */
function blockCommentEnd(script: string, i: number): number {
  let depth = 1;
  let j = i + 2;
  while (j < script.length && depth > 0) {
    const pair = script.slice(j, j + 2);
    if (pair === '/*' || pair === '*/') {
      depth += pair === '/*' ? 1 : -1;
      j += 2;
    } else j++;
  }
  return j;
}

/** Index just after a string, quoted identifier or dollar-quoted text opening at i, or null when none opens there. */
function quotedEnd(script: string, i: number, line: number): number | null {
  const c = script[i];
  if (c === "'") {
    const prev = script[i - 1] ?? '';
    const escapes = (prev === 'E' || prev === 'e') && !IDENT_CHAR.test(script[i - 2] ?? '');
    let j = i + 1;
    while (j < script.length) {
      if (escapes && script[j] === '\\') j += 2;
      else if (script[j] === "'" && script[j + 1] === "'") j += 2;
      else if (script[j] === "'") break;
      else j++;
    }
    return j + 1;
  }
  if (c === '"') {
    let j = i + 1;
    while (j < script.length && !(script[j] === '"' && script[j + 1] !== '"')) j += script[j] === '"' ? 2 : 1;
    return j + 1;
  }
  if (c === '$' && !IDENT_CHAR.test(script[i - 1] ?? '')) {
    const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(script.slice(i, i + 64));
    if (!tag) return null;
    const close = script.indexOf(tag[0], i + tag[0].length);
    if (close === -1) throw new Error(`Chuỗi $-quote không đóng từ dòng ${line} / unterminated dollar quote from line ${line}`);
    return close + tag[0].length;
  }
  return null;
}

/** Adds the statement that ends at `end` unless it is only comments; a COPY … FROM stdin takes its data lines and moves the cursor past them. */
function emitStatement(script: string, s: SplitState, end: number, items: ScriptItem[]): void {
  const text = script.slice(s.start, end).trim();
  if (!text || /^(--[^\n]*\n?\s*)*$/.test(text)) return;
  if (!COPY_FROM_STDIN.exec(text.replace(/^(--[^\n]*\n\s*)*/, ''))) {
    items.push({ kind: 'sql', text, line: s.startLine });
    return;
  }
  const rows: string[] = [];
  let p = lineEnd(script, end) + 1;
  for (;;) {
    if (p >= script.length)
      throw new Error(`COPY ở dòng ${s.startLine} thiếu dòng kết thúc "\\." / COPY at line ${s.startLine} has no "\\." terminator`);
    const e = lineEnd(script, p);
    const row = script.slice(p, e).replace(/\r$/, '');
    p = e + 1;
    if (row === '\\.') break;
    rows.push(row);
  }
  items.push({ kind: 'copy', text, rows, line: s.startLine });
  advanceTo(script, s, p);
}

/** Decodes one field of COPY's text format; null for `\N`. */
export function decodeCopyField(field: string): string | null {
  if (field === '\\N') return null;
  if (!field.includes('\\')) return field;
  const src = Buffer.from(field, 'utf8');
  const out: number[] = [];
  const simple: Record<string, number> = { b: 8, f: 12, n: 10, r: 13, t: 9, v: 11 };
  for (let k = 0; k < src.length; k++) {
    const b = src[k] as number;
    if (b !== 0x5c || k + 1 >= src.length) {
      out.push(b);
      continue;
    }
    const next = String.fromCharCode(src[k + 1] as number);
    if (next in simple) {
      out.push(simple[next] as number);
      k++;
    } else if (/[0-7]/.test(next)) {
      const m = /^[0-7]{1,3}/.exec(src.subarray(k + 1, k + 4).toString('latin1'))?.[0] ?? '0';
      out.push(parseInt(m, 8) & 0xff);
      k += m.length;
    } else if (next === 'x' && /[0-9a-fA-F]/.test(String.fromCharCode(src[k + 2] ?? 0))) {
      const m = /^[0-9a-fA-F]{1,2}/.exec(src.subarray(k + 2, k + 4).toString('latin1'))?.[0] ?? '0';
      out.push(parseInt(m, 16));
      k += 1 + m.length;
    } else {
      out.push(src[k + 1] as number);
      k++;
    }
  }
  return Buffer.from(out).toString('utf8');
}

const literal = (v: string | null) => (v === null ? 'NULL' : `'${v.replace(/'/g, "''")}'`);

/** Rewrites a COPY block as INSERT statements of at most `perStatement` rows each. */
export function copyToInserts(item: Extract<ScriptItem, { kind: 'copy' }>, perStatement = 500): string[] {
  const m = COPY_FROM_STDIN.exec(item.text.replace(/^(--[^\n]*\n\s*)*/, ''));
  if (!m?.[1]) throw new Error(`COPY không đọc được ở dòng ${item.line} / unreadable COPY at line ${item.line}`);
  const target = m[1].trim();
  if (/\b(WITH|CSV|BINARY|DELIMITER)\b/i.test(target))
    throw new Error(`Chỉ hỗ trợ COPY dạng text mặc định / only default text COPY is supported (line ${item.line})`);
  const head = `INSERT INTO ${target} OVERRIDING SYSTEM VALUE VALUES\n`;
  const out: string[] = [];
  for (let k = 0; k < item.rows.length; k += perStatement) {
    const rows = item.rows.slice(k, k + perStatement).map(
      (r) =>
        `(${r
          .split('\t')
          .map((f) => literal(decodeCopyField(f)))
          .join(', ')})`,
    );
    out.push(`${head}${rows.join(',\n')}`);
  }
  return out;
}

/** Runs a whole script in one transaction on one connection; on error rolls back and names the line. */
export async function runSqlScript(db: Kysely<DB>, script: string): Promise<{ statements: number; copiedRows: number }> {
  const items = splitSqlScript(script);
  return db.connection().execute(async (conn) => {
    const exec = (text: string) => sql.raw(text).execute(conn);
    let statements = 0;
    let copiedRows = 0;
    await exec('BEGIN');
    try {
      for (const item of items) {
        const texts = item.kind === 'copy' ? copyToInserts(item) : [item.text];
        for (const text of texts) {
          try {
            await exec(text);
          } catch (e) {
            const reason = e instanceof Error ? e.message : String(e);
            throw new Error(
              `Lỗi ở dòng ${item.line} / error at line ${item.line}: ${reason}\n  ${text.slice(0, 200).replace(/\n/g, '\n  ')}`,
              { cause: e },
            );
          }
          statements++;
        }
        if (item.kind === 'copy') copiedRows += item.rows.length;
      }
      await exec('COMMIT');
    } catch (e) {
      await exec('ROLLBACK');
      throw e;
    } finally {
      // The script changed session settings (search_path…); the pooled connection must not keep them.
      await exec('RESET ALL');
    }
    return { statements, copiedRows };
  });
}

const END_MARKERS = ['-- CCHC dump complete', '-- PostgreSQL database dump complete'];

/** Whether the end of a dump carries our or pg_dump's completion line (psql meta-commands after it are ignored). */
export function hasDumpEndMarker(tail: string): boolean {
  const lines = tail.split('\n').map((l) => l.trim());
  const isTrailer = (l: string | undefined) => l !== undefined && (l === '' || l === '--' || l.startsWith('\\'));
  while (isTrailer(lines.at(-1))) lines.pop();
  return END_MARKERS.includes(lines.at(-1) ?? '');
}
