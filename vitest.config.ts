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
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['web/**/*.test.ts', 'web/**/*.test.tsx'],
          setupFiles: ['./web/testing/setup.ts'],
          // antd under jsdom on a 2-core machine can take several seconds per render when the suite runs in parallel.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
