// `node --import tsx scripts/tone-marks-fix.ts`: rewrites every tracked source and document file (migrations aside)
// to the one tone-mark spelling of core/shared/tone-marks.ts; scripts/spelling.test.ts keeps it so.
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { traditionalToneMarks } from '../core/shared/tone-marks';

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
let changed = 0;
for (const f of files) {
  const before = readFileSync(f, 'utf8');
  const after = traditionalToneMarks(before);
  if (after !== before) {
    writeFileSync(f, after);
    changed += 1;
    console.log(f);
  }
}
console.log(`${changed} files rewritten`);
