import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../package.json';

// Probes of the rules `npm run check` enforces: each writes code that breaks one rule and expects the repo's own
// configuration to refuse it (and the same code, fixed, to pass). The error-code rule is a compile-time one: its
// probe is the `@ts-expect-error` line in server/http/errors.test.ts and web/components/error-alert.test.tsx, which
// tsc (in `npm run check`) reports as unused the day a code outside contracts/errors.ts compiles.

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
// Files the cycle probe needs on disk: under .cache/, which git, tsc, Prettier and `eslint .` leave alone (this
// instance lints it because it turns the configured ignores off).
const PROBE_DIR = join(ROOT, '.cache', 'lint-probe', String(process.pid));

let eslint: ESLint;
beforeAll(() => {
  mkdirSync(PROBE_DIR, { recursive: true });
  // The repo's configuration, without type information (it would take the whole program to build and proves nothing here).
  eslint = new ESLint({
    cwd: ROOT,
    ignore: false,
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false, project: null } },
      rules: {
        '@typescript-eslint/no-floating-promises': 'off',
        '@typescript-eslint/no-misused-promises': 'off',
        '@typescript-eslint/switch-exhaustiveness-check': 'off',
      },
    },
  });
});
afterAll(() => rmSync(PROBE_DIR, { recursive: true, force: true }));

/** The rules that refused a piece of code placed at `filePath` (relative to the repo root). */
async function refusedBy(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint', () => {
  it('fails on an import cycle', async () => {
    const a = join(PROBE_DIR, 'a.ts');
    writeFileSync(a, "import { b } from './b';\nexport const a = (): number => b() + 1;\n");
    writeFileSync(join(PROBE_DIR, 'b.ts'), "import { a } from './a';\nexport const b = (): number => a() - 1;\n");
    writeFileSync(join(PROBE_DIR, 'c.ts'), "import { b } from './b';\nexport const c = (): number => b();\n");
    const [cycle, noCycle] = await eslint.lintFiles([a, join(PROBE_DIR, 'c.ts')]);
    expect(cycle?.messages.map((m) => m.ruleId ?? m.message)).toContain('import-x/no-cycle');
    expect(noCycle?.messages.map((m) => m.ruleId)).not.toContain('import-x/no-cycle');
  });

  it.each(['web/features/probe/long.tsx', 'db/seeds/long.ts', 'server/modules/probe/probe.service.ts', 'scripts/long.ts'])(
    'fails on a file over 400 lines in %s',
    async (path) => {
      const lines = (n: number) => Array.from({ length: n }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n';
      expect(await refusedBy(lines(401), path)).toContain('max-lines');
      expect(await refusedBy(lines(400), path)).not.toContain('max-lines');
    },
  );

  it.each([
    ['server/modules/probe/probe.service.ts', 80],
    ['core/probe/probe.ts', 80],
    ['web/features/probe/probe-page.tsx', 120],
  ])('fails on a function over the limit in %s (%i lines)', async (path, max) => {
    const fn = (n: number) => `export function f(): number {\n  let x = 0;\n${'  x += 1;\n'.repeat(n - 4)}  return x;\n}\n`;
    expect(await refusedBy(fn(max + 1), path)).toContain('max-lines-per-function');
    expect(await refusedBy(fn(max), path)).not.toContain('max-lines-per-function');
  });

  it('lets a test file be longer', async () => {
    const body = Array.from({ length: 450 }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n';
    expect(await refusedBy(body, 'server/modules/probe/probe.test.ts')).not.toContain('max-lines');
  });

  it('fails on SQL outside a repository', async () => {
    const code = [
      "import { sql } from 'kysely';",
      "import type { Executor } from '../../infra/database';",
      "export const ids = (db: Executor) => db.selectFrom('units').select('id').execute();",
      'export const one = sql`SELECT 1`;',
      '',
    ].join('\n');
    const refused = await refusedBy(code, 'server/modules/probe/probe.service.ts');
    expect(refused).toEqual(expect.arrayContaining(['no-restricted-imports', 'no-restricted-syntax']));
    expect(await refusedBy(code, 'server/modules/probe/probe.repo.ts')).toEqual([]);
  });

  it('fails when a module reaches into another module past its service', async () => {
    const through = (file: string) =>
      `import { ${file === 'units.repo' ? 'loadSubtrees' : 'unitsUnder'} as f } from '../units/${file}';\nexport const g = f;\n`;
    expect(await refusedBy(through('units.repo'), 'server/modules/probe/probe.service.ts')).toContain('boundaries/element-types');
    expect(await refusedBy(through('units.service'), 'server/modules/probe/probe.service.ts')).toEqual([]);
  });

  it('fails when core reads the clock', async () => {
    expect(await refusedBy('export const now = () => Date.now();\n', 'core/probe/probe.ts')).toContain('no-restricted-properties');
  });
});

describe('format', () => {
  it('is checked by npm run check', () => {
    expect(packageJson.scripts.check).toContain('prettier --check .');
  });

  it('refuses unformatted code and accepts it formatted', async () => {
    const file = join(ROOT, 'server/modules/probe/probe.service.ts');
    const options = { ...(await prettier.resolveConfig(file)), filepath: file };
    const messy = 'export const f=(a:number,b:number)=>{return a+b}\n';
    expect(await prettier.check(messy, options)).toBe(false);
    expect(await prettier.check(await prettier.format(messy, options), options)).toBe(true);
  });
});
