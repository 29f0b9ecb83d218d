import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { traditionalToneMarks } from '../core/shared/tone-marks';

// Issue #15 point 7: one spelling of tone marks on every screen, form and message ("Hòa", "Xóa", "Ủy ban"). Every
// source and document file follows it; migrations are history (a later migration renames what a user may see).
describe('tone-mark convention', () => {
  it('holds in every tracked source and document file', () => {
    const files = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.md', '*.json'], { encoding: 'utf8' })
      .split('\n')
      .filter(
        (f) =>
          f &&
          !f.startsWith('core/shared/tone-marks') &&
          !/\.test\.tsx?$/.test(f) &&
          !f.startsWith('db/migrations/') &&
          !f.endsWith('package-lock.json') &&
          !f.startsWith('bench/results/'),
      );
    const offenders: string[] = [];
    for (const f of files) {
      const lines = readFileSync(f, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (traditionalToneMarks(line) !== line) offenders.push(`${f}:${i + 1}: ${line.trim().slice(0, 100)}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
