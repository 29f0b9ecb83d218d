import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { COUNTER_OUTCOME_KINDS, DOSSIER_ACTIONS } from '@core/dossier';
import { AUDIT_ACTION_LABELS, isAuditAction } from '@contracts/audit-labels';

// Issue #15 point 7: the audit page shows every action in words. AuditChange.action is typed by the words' table;
// this test also reads the code that writes the log, so a code slipped past the type (a cast, a string built at run
// time) is caught too.
function writtenCodes(): string[] {
  const files = execFileSync('git', ['ls-files', 'server/*.ts', 'scripts/*.ts'], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && !f.endsWith('.test.ts'));
  const codes = new Set<string>();
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    if (!/\b(recordAudit|auditValues)\(/.test(text)) continue;
    for (const line of text.split('\n')) {
      if (!/\baction\b\s*[:=]/.test(line)) continue;
      for (const m of line.matchAll(/'([a-z_]+(?:\.[a-zA-Z_]+)+)'/g)) if (m[1]) codes.add(m[1]);
      if (line.includes('`dossier.${')) for (const a of DOSSIER_ACTIONS) codes.add(`dossier.${a}`);
      if (line.includes('`counter_outcome.${')) for (const k of COUNTER_OUTCOME_KINDS) codes.add(`counter_outcome.${k}`);
    }
  }
  return [...codes].sort();
}

describe('audit action words', () => {
  it('has Vietnamese and English words for every action code the app writes', () => {
    const codes = writtenCodes();
    expect(codes.length).toBeGreaterThan(40);
    expect(codes).toEqual(expect.arrayContaining(['dossier.receive', 'dossier.return_result', 'counter_outcome.refused']));
    expect(codes.filter((c) => !isAuditAction(c))).toEqual([]);
  });

  it('has no empty words and no two actions with the same Vietnamese words', () => {
    const words = Object.values(AUDIT_ACTION_LABELS);
    for (const w of words) expect(w.vi.trim() && w.en.trim()).toBeTruthy();
    expect(new Set(words.map((w) => w.vi)).size).toBe(words.length);
  });
});
