// `npm run bench:first-visit`: the citizen's first visit of the public lookup page on a slow mobile connection.
// Builds the web app, starts the real app on a fresh embedded database, and opens `/tra-cuu` in Debian's Chromium with
// the network throttled to 4 Mbit/s down, 1.5 Mbit/s up and 150 ms round trip (a slow 4G profile), the cache empty.
// Records the time until the search box can be used, the bytes that crossed the network (compressed), the requests,
// and whether the page asked who is signed in; then a second visit with the cache warm. Writes
// bench/results/first-visit.json (the table in bench/README.md picks it up: `npm run bench -- --readme-only`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchBrowser, startApp } from '../tests/e2e/harness';

const RESULTS = fileURLToPath(new URL('./results', import.meta.url));
const PROFILE = { latency: 150, downloadThroughput: (4_000_000 / 8) * 0.9, uploadThroughput: (1_500_000 / 8) * 0.9 };

type Visit = { readyMs: number; loadMs: number; bytes: number; requests: number; askedWhoIsSignedIn: boolean; biggest: string[] };

/** Counts what crosses the network for one page load (compressed sizes, as the throttled link carries them). */
async function watchNetwork(cdp: CDPSession): Promise<() => { bytes: number; requests: number; urls: Map<string, number> }> {
  const urls = new Map<string, number>();
  const byId = new Map<string, string>();
  let bytes = 0;
  cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => byId.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
    urls.set(byId.get(e.requestId) ?? e.requestId, e.encodedDataLength);
  });
  return () => ({ bytes, requests: byId.size, urls });
}

/** One visit of `/tra-cuu`: the time until the code box is on screen and the load event, on the throttled link. */
async function visit(page: Page, cdp: CDPSession, baseUrl: string): Promise<Visit> {
  const seen = await watchNetwork(cdp);
  const started = Date.now();
  await page.goto(`${baseUrl}/tra-cuu`, { waitUntil: 'load' });
  const loadMs = Date.now() - started;
  await page.getByRole('textbox').first().waitFor({ state: 'visible' });
  const readyMs = Date.now() - started;
  await page.waitForLoadState('networkidle');
  const { bytes, requests, urls } = seen();
  const biggest = [...urls.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([u, n]) => `${new URL(u).pathname} ${Math.round(n / 1024)} KiB`);
  return { readyMs, loadMs, bytes, requests, askedWhoIsSignedIn: [...urls.keys()].some((u) => u.includes('/api/auth/me')), biggest };
}

/** A fresh browser context on the slow profile; the cache empty unless `warm`. */
async function throttledPage(browser: Browser): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN', isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...PROFILE });
  return { page, cdp };
}

async function main(): Promise<void> {
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
      stdio: 'inherit',
    });
  }
  const load = Math.round((loadavg()[0] ?? 0) * 10) / 10;
  const app = await startApp(Number(process.env.BENCH_PORT ?? 3198));
  const browser = await launchBrowser();
  try {
    const { page, cdp } = await throttledPage(browser);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const first = await visit(page, cdp, app.baseUrl);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    await visit(page, cdp, app.baseUrl); // fills the cache as a real first visit would
    const again = await visit(page, cdp, app.baseUrl);
    const result = {
      name: 'first-visit',
      page: '/tra-cuu',
      profile: '4 Mbit/s down, 1.5 Mbit/s up, 150 ms RTT',
      firstVisitReadyMs: first.readyMs,
      firstVisitLoadMs: first.loadMs,
      firstVisitKiB: Math.round(first.bytes / 1024),
      firstVisitRequests: first.requests,
      asksWhoIsSignedIn: first.askedWhoIsSignedIn,
      repeatVisitReadyMs: again.readyMs,
      repeatVisitKiB: Math.round(again.bytes / 1024),
      largest: first.biggest.join('; '),
    };
    console.log(JSON.stringify(result, null, 2));
    mkdirSync(RESULTS, { recursive: true });
    const machine = {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? '?',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      loadAverageAtStart: load,
    };
    writeFileSync(join(RESULTS, 'first-visit.json'), `${JSON.stringify({ at: new Date().toISOString(), machine, result }, null, 2)}\n`);
    console.log('  → bench/results/first-visit.json');
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
