// jsdom lacks these browser APIs that antd reads.
if (typeof window !== 'undefined') {
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
  const getComputedStyle = window.getComputedStyle.bind(window);
  window.getComputedStyle = (elt: Element) => getComputedStyle(elt);
}

import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// findBy*/waitFor give up after 1 s by default; antd pages under jsdom on 2 busy cores can take longer to render.
configure({ asyncUtilTimeout: 5_000 });

// vitest runs without globals, so testing-library cannot register its own cleanup. Then one macrotask turn: React's
// scheduler may still hold work queued by a response that arrived as the test ended, and it must run while jsdom's
// window exists (after the file's last test it would meet a torn-down window: "window is not defined").
afterEach(async () => {
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 0));
});
