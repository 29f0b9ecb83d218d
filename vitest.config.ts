import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const alias = {
  '@core': r('./core'),
  '@contracts': r('./contracts'),
  '@server': r('./server'),
  '@web': r('./web'),
  '@db': r('./db'),
  '@tests': r('./tests'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default', './tests/harness/closing-line-reporter.ts'],
    projects: [
      { resolve: { alias }, test: { name: 'core', environment: 'node', include: ['core/**/*.test.ts', 'contracts/**/*.test.ts'] } },
      {
        resolve: { alias },
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          globalSetup: ['./tests/harness/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          // The files of a worker share its loaded modules: each no longer imports the server (about a second) and
          // compiles PGlite's WebAssembly (several seconds on a busy machine) again. Each file still opens its own
          // database and app; the server's caches are keyed by database (WeakMaps), so nothing crosses files.
          isolate: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['web/**/*.test.ts', 'web/**/*.test.tsx'],
          setupFiles: ['./web/testing/setup.ts'],
          // The files of a worker share one jsdom window and the loaded modules (antd, React…): a file no longer pays a
          // second or more of imports. web/testing/setup.ts resets what a test may leave in the window.
          isolate: false,
          // A bound that catches a hang, not a pace: a page test takes about a second on an idle machine
          // (web/testing/fast-styles.ts), but ten times that when the 2 cores are shared with other work.
          testTimeout: 60_000,
        },
      },
    ],
  },
});
