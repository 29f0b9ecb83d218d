import { afterEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { installFastStyles } from './fast-styles';

// Runs before each test file. The web project runs its files without isolation (vitest.config.ts): the files of one
// worker share one jsdom window and the loaded modules (antd, React…), which saves a second or more of imports per file.
// What a test may leave behind in the shared window is reset after each test below. A module mocked with vi.mock stays
// mocked for the worker's later files: mock only what no other file renders for real (charts, say).

// jsdom lacks these browser APIs that antd reads.
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener: () => {},
  removeListener: () => {},
  addEventListener: () => {},
  removeEventListener: () => {},
  dispatchEvent: () => false,
})) as unknown as typeof window.matchMedia;
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

// Once per window (the files of a worker share it); web/testing/fast-styles.test.ts checks that it took.
const FAST_STYLES = Symbol.for('cchc.fastStyles');
const shared = window as unknown as Record<symbol, string | undefined>;
if (!shared[FAST_STYLES]) {
  const problem = installFastStyles();
  shared[FAST_STYLES] = problem ?? 'installed';
  if (problem) console.warn(`web/testing/fast-styles.ts not installed (${problem}); web tests run, slowly`);
}

// A bound on waiting, not a pace: findBy*/waitFor answer as soon as the page is there (well under a second on a quiet
// machine); the bound only turns a page that never comes into a failure rather than a hang. 5 s was exceeded once by
// the statistics page while CI shared the 2 cores with a running app (2026-12-08), so it sits under the 60 s test bound.
configure({ asyncUtilTimeout: 30_000 });

// vitest runs without globals, so testing-library cannot register its own cleanup. Then one macrotask turn: React's
// scheduler may still hold work queued by a response that arrived as the test ended, and it must run while jsdom's
// window exists (after the file's last test it would meet a torn-down window: "window is not defined").
afterEach(async () => {
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 0));
  // The next test, maybe of another file, starts from a clean window: no saved language, real timers, no stubs.
  localStorage.clear();
  sessionStorage.clear();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
