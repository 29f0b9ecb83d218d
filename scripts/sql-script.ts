import { sql, type Kysely } from 'kysely';
import type { DB } from '@db/types';

// Runs a psql script (our dumps, or pg_dump's plain format) through an ordinary connection, so the same
// restore works on PGlite, which has no psql. COPY … FROM stdin blocks become multi-row INSERTs.

/** One statement of a script, or a COPY statement with its data lines. */
export type ScriptItem = { kind: 'sql'; text: string; line: number } | { kind: 'copy'; text: string; rows: string[]; line: number };

const IDENT_CHAR = /[A-Za-z0-9_$]/;
const COPY_FROM_STDIN = /^COPY\s+([\s\S]+?)\s+FROM\s+stdin\s*;?$/i;

/** Splits a psql script into statements, honouring quotes, dollar quotes and comments; skips psql meta-commands. */
export function splitSqlScript(script: string): ScriptItem[] {
  const items: ScriptItem[] = [];
  let i = 0;
  let line = 1;
  let start = 0;
  let startLine = 1;
  let onlyBlank = true;
  const n = script.length;
  const advanceTo = (j: number) => {
    for (let k = i; k < j && k < n; k++) if (script[k] === '\n') line++;
    i = j;
  };
  const lineEnd = (from: number) => {
    const e = script.indexOf('\n', from);
    return e === -1 ? n : e;
  };
  const emit = (end: number) => {
    const text = script.slice(start, end).trim();
    if (text && !/^(--[^\n]*\n?\s*)*$/.test(text)) {
      const copy = COPY_FROM_STDIN.exec(text.replace(/^(--[^\n]*\n\s*)*/, ''));
      if (copy) {
        const rows: string[] = [];
        let p = lineEnd(end) + 1;
        for (;;) {
          if (p >= n)
            throw new Error(`COPY ở dòng ${startLine} thiếu dòng kết thúc "\\." / COPY at line ${startLine} has no "\\." terminator`);
          const e = lineEnd(p);
          const row = script.slice(p, e).replace(/\r$/, '');
          p = e + 1;
          if (row === '\\.') break;
          rows.push(row);
        }
        items.push({ kind: 'copy', text, rows, line: startLine });
        advanceTo(p);
        start = i;
        startLine = line;
        onlyBlank = true;
        return true;
      }
      items.push({ kind: 'sql', text, line: startLine });
    }
    return false;
  };
  while (i < n) {
    const c = script[i] as string;
    if (onlyBlank && c === '\\') {
      // psql meta-command (pg_dump writes \restrict and \unrestrict); it ends at the end of the line.
      const e = lineEnd(i);
      const meta = script.slice(i, e).trim();
      if (/^\\(c|connect)\b/.test(meta))
        throw new Error(`Bản sao lưu nhiều cơ sở dữ liệu không được hỗ trợ / multi-database dumps are not supported (${meta})`);
      advanceTo(e);
      start = i;
      startLine = line;
      continue;
    }
    if (c === '-' && script[i + 1] === '-') {
      advanceTo(lineEnd(i));
      continue;
    }
    if (c === '/' && script[i + 1] === '*') {
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        const pair = script.slice(j, j + 2);
        if (pair === '/*' || pair === '*/') {
          depth += pair === '/*' ? 1 : -1;
          j += 2;
        } else j++;
      }
      advanceTo(j);
      continue;
    }
    if (/\s/.test(c)) {
      if (c === '\n') line++;
      i++;
      if (onlyBlank) {
        start = i;
        startLine = line;
      }
      continue;
    }
    onlyBlank = false;
    if (c === "'") {
      const prev = script[i - 1] ?? '';
      const escapes = (prev === 'E' || prev === 'e') && !IDENT_CHAR.test(script[i - 2] ?? '');
      let j = i + 1;
      while (j < n) {
        if (escapes && script[j] === '\\') j += 2;
        else if (script[j] === "'" && script[j + 1] === "'") j += 2;
        else if (script[j] === "'") break;
        else j++;
      }
      advanceTo(j + 1);
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < n && !(script[j] === '"' && script[j + 1] !== '"')) j += script[j] === '"' ? 2 : 1;
      advanceTo(j + 1);
      continue;
    }
    if (c === '$' && !IDENT_CHAR.test(script[i - 1] ?? '')) {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(script.slice(i, i + 64));
      if (tag) {
        const close = script.indexOf(tag[0], i + tag[0].length);
        if (close === -1) throw new Error(`Chuỗi $-quote không đóng từ dòng ${line} / unterminated dollar quote from line ${line}`);
        advanceTo(close + tag[0].length);
        continue;
      }
    }
    if (c === ';') {
      i++;
      const wasCopy = emit(i);
      if (!wasCopy) {
        start = i;
        startLine = line;
        onlyBlank = true;
      }
      continue;
    }
    i++;
  }
  emit(n);
  return items;
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
