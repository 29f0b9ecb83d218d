// ESLint flat config: type-aware promise and switch checks, file size limits, no import cycles, and the dependency
// rule of docs/ARCHITECTURE.md enforced with eslint-plugin-boundaries. Formatting is Prettier's (npm run format:check).
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';
import importX from 'eslint-plugin-import-x';
import { createRequire } from 'node:module';

const resolver = fileURLToPath(new URL('./scripts/eslint-resolver.cjs', import.meta.url));
const aliasResolver = createRequire(import.meta.url)(resolver);
const TS = ['**/*.ts', '**/*.tsx'];
const SOURCES = ['**/*.{ts,tsx,js,cjs,mjs}'];
const TESTS = ['**/*.test.ts', '**/*.test.tsx', '**/*.testing.ts', '**/*.testing.tsx'];
const ALL_LAYERS = ['core', 'contracts', 'server', 'server-module', 'web', 'web-feature', 'web-app', 'db', 'tests', 'scripts', 'bench'];

export default defineConfig(
  globalIgnores(['dist/', 'data/', 'node_modules/', 'bench/results/', 'coverage/', '.cache/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: TS,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        require: 'readonly',
        module: 'writable',
        exports: 'writable',
        __dirname: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Files past ~400 lines get split by operation, in every folder; tests may be longer.
  {
    files: SOURCES,
    ignores: TESTS,
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }] },
  },
  // Functions past 80 lines get split by concern; tests and their helpers are exempt, and so are migrations (a migration
  // is a list of statements).
  {
    files: ['**/*.{ts,js,cjs,mjs}'],
    ignores: [...TESTS, 'tests/**', 'db/migrations/**'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  // A React component also holds its markup: 120 lines, then it is split into data hooks, named sections and helpers.
  {
    files: ['**/*.tsx'],
    ignores: TESTS,
    rules: { 'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }] },
  },
  // No import cycles anywhere (type-only imports do not count: they vanish at run time).
  {
    files: SOURCES,
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.cjs', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        { interfaceVersion: 3, name: 'cchc-aliases', resolve: (source, file) => aliasResolver.resolve(source, file) },
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  // The core is pure: no clock, no randomness, no network, no process (docs/ARCHITECTURE.md, `core/`).
  {
    files: ['core/**/*.{ts,tsx}'],
    ignores: TESTS,
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'core/ does no I/O' },
        { name: 'process', message: 'core/ reads no environment' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'core/ takes today as an argument' },
        { object: 'Math', property: 'random', message: 'core/ takes ids and randomness as arguments' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'core/ takes today as an argument' },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx,js,cjs,mjs}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { [resolver]: {}, node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] } },
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      'boundaries/include': ['core/**', 'contracts/**', 'server/**', 'web/**', 'db/**', 'tests/**', 'scripts/**', 'bench/**'],
      // First match wins: test files and helpers sit next to the code but may use the test harness.
      'boundaries/elements': [
        { type: 'tests', pattern: TESTS, mode: 'full' },
        { type: 'tests', pattern: ['tests/**', 'web/testing/**'], mode: 'full' },
        { type: 'core', pattern: 'core/**', mode: 'full' },
        { type: 'contracts', pattern: 'contracts/**', mode: 'full' },
        { type: 'server-module', pattern: 'server/modules/*/**', mode: 'full', capture: ['module', 'path'] },
        { type: 'server', pattern: 'server/**', mode: 'full' },
        { type: 'web-feature', pattern: 'web/features/*/**', mode: 'full', capture: ['feature'] },
        { type: 'web-app', pattern: 'web/app/**', mode: 'full' },
        { type: 'web', pattern: 'web/**', mode: 'full' },
        { type: 'db', pattern: 'db/**', mode: 'full' },
        { type: 'scripts', pattern: 'scripts/**', mode: 'full' },
        { type: 'bench', pattern: 'bench/**', mode: 'full' },
      ],
    },
    rules: {
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          message: '${file.type} must not import ${dependency.type} (dependency rule, docs/ARCHITECTURE.md)',
          rules: [
            { from: ['core'], allow: ['core'] },
            { from: ['contracts'], allow: ['core', 'contracts'] },
            { from: ['server', 'server-module'], allow: ['core', 'contracts', 'server', 'server-module', 'db'] },
            // Another module is used only through its service (`<module>.service.ts`), never its repository or internals.
            {
              from: [['server-module', { module: '*' }]],
              disallow: [['server-module', { module: '!${from.module}', path: '!*.service.ts' }]],
            },
            { from: ['web', 'web-app'], allow: ['core', 'contracts', 'web', 'web-app', 'web-feature'] },
            // Features meet only in web/app: a feature imports its own folder and shared web code, never another feature.
            {
              from: [['web-feature', { feature: '*' }]],
              allow: ['core', 'contracts', 'web', ['web-feature', { feature: '${from.feature}' }]],
            },
            { from: ['db'], allow: ['core', 'contracts', 'server', 'server-module', 'db', 'tests'] },
            { from: ['tests', 'scripts', 'bench'], allow: ALL_LAYERS },
          ],
        },
      ],
      'boundaries/external': [
        'error',
        {
          default: 'allow',
          rules: [
            // The core is pure TypeScript: no packages, no node: built-ins. Contracts may use zod only.
            { from: ['core'], disallow: ['*'] },
            { from: ['contracts'], disallow: ['*'] },
            { from: ['contracts'], allow: ['zod'] },
          ],
        },
      ],
    },
  },
  // SQL lives in repositories: in a module, only `*.repo.ts` files build or run queries (services, policies and routes
  // call repository functions; a transaction is opened by the service and passed down as `trx`).
  {
    files: ['server/modules/**/*.ts'],
    ignores: [...TESTS, 'server/modules/**/*.repo.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'kysely', importNames: ['sql'], message: 'SQL belongs in a repository (*.repo.ts).' }],
          patterns: [{ group: ['**/infra/database'], importNames: ['preparedQuery'], message: 'SQL belongs in a repository (*.repo.ts).' }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|mergeInto|replaceInto|selectNoFrom|with)$/]',
          message: 'Queries belong in a repository (*.repo.ts).',
        },
      ],
    },
  },
);
